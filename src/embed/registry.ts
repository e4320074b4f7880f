/**
 * How to load each tag's code on demand. Nothing here imports Lit: the loader
 * and the embed page stay tiny, and each element's code (with the chunks it
 * shares) arrives only when its tag is used. The map must name every tag of
 * src/tags.ts, which the type checks.
 */
import type { CasefileTag } from '../tags.js';

export { TAGS, WIDGET_TAGS, isWidgetTag, type CasefileTag, type WidgetTag } from '../tags.js';

export const ELEMENT_LOADERS = {
  'case-data': () => import('../elements/case-data/define.js'),
  'case-corrections': () => import('../elements/case-corrections/define.js'),
  'case-sides': () => import('../elements/case-sides/define.js'),
  'case-sources': () => import('../elements/case-sources/define.js'),
  'case-summary': () => import('../elements/case-summary/define.js'),
  'case-timeline': () => import('../elements/case-timeline/define.js'),
  'person-card': () => import('../elements/person-card/define.js'),
  'quote-block': () => import('../elements/quote-block/define.js'),
} as const satisfies Record<CasefileTag, () => Promise<unknown>>;
