import { html, nothing, type TemplateResult } from 'lit';
import type { RenderContext } from './render-context.js';
import { renderCitations } from './render-sources.js';

/** The start of the article's wording, enough to tell one correction from another. */
function excerpt(text: string, length = 90): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), length / 2)).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * Where the source article got this fact wrong: a discreet disclosure that
 * says what the article said and what is verified, with sources. Closed by
 * default, reachable by keyboard, announced as "Correction".
 */
export function renderCorrections(ctx: RenderContext, ...subjects: string[]): TemplateResult | typeof nothing {
  const corrections = subjects.flatMap((subject) => ctx.index.correctionsFor(subject));
  if (corrections.length === 0) return nothing;
  return html`${corrections.map((correction) => {
    const short = excerpt(correction.articleSaid);
    return html`<details class="correction" part="correction">
      <summary>${ctx.strings.correctionOf(short)}</summary>
      ${short === correction.articleSaid ? nothing : html`<p><q lang="en">${correction.articleSaid}</q></p>`}
      <p>${ctx.text(correction.verified)}</p>
      ${renderCitations(ctx, correction.sources)}
    </details>`;
  })}`;
}
