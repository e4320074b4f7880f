/**
 * Casefile's fallback-HTML generator (Node only): the static HTML an editor
 * pastes inside a widget's tag, for readers without JavaScript.
 */
export {
  FALLBACK_TAGS,
  FallbackError,
  renderFallback,
  type FallbackAttributes,
  type FallbackOptions,
  type FallbackTag,
} from './render-fallback.js';
