import { html, nothing, type TemplateResult } from 'lit';
import type { RenderContext } from './render-context.js';
import { renderSources } from './render-sources.js';

/**
 * Where the source article got this fact wrong: a discreet disclosure that
 * says what the article said and what is verified, with sources. Closed by
 * default, reachable by keyboard, announced as "Correction".
 */
export function renderCorrections(ctx: RenderContext, subject: string): TemplateResult | typeof nothing {
  const corrections = ctx.index.correctionsFor(subject);
  if (corrections.length === 0) return nothing;
  return html`${corrections.map(
    (correction) => html`<details class="correction" part="correction">
      <summary>${ctx.strings.correction}</summary>
      <p>${ctx.strings.articleSaid}: <q lang="en">${correction.articleSaid}</q></p>
      <p>${ctx.text(correction.verified)}</p>
      ${renderSources(ctx, correction.sources)}
    </details>`,
  )}`;
}
