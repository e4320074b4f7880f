import { html, nothing, type TemplateResult } from 'lit';
import type { RenderContext } from './context.js';
import { renderCitations } from './sources.js';

/** The start of the article's wording, enough to tell one correction from another. */
function excerpt(text: string, length = 90): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), length / 2)).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * Where the reviewed report got this fact wrong (a correction) or left it
 * imprecise (a clarification): a discreet disclosure that names the report,
 * says what it said and what is verified, with sources. Closed by default,
 * reachable by keyboard, announced as "Correction" or "Clarification".
 * An entry shown for several subjects of one widget is shown once.
 */
export function renderCorrections(ctx: RenderContext, ...subjects: string[]): TemplateResult | typeof nothing {
  if (!ctx.corrections) return nothing;
  const corrections = [...new Set(subjects.flatMap((subject) => ctx.index.correctionsFor(subject)))];
  if (corrections.length === 0) return nothing;
  const report = ctx.reportName();
  return html`${corrections.map((correction) => {
    const short = excerpt(correction.articleSaid);
    const kind = correction.kind ?? 'correction';
    // The report's words keep their language inside the widget's sentence and quotation marks.
    const said = html`<span lang=${report.lang}>${short}</span>`;
    const label =
      kind === 'clarification' ? ctx.strings.clarificationOf(report, said) : ctx.strings.correctionOf(report, said);
    return html`<details class="correction ${kind}" part="correction ${kind}">
      <summary>${label}</summary>
      ${short === correction.articleSaid ? nothing : html`<p><q lang=${report.lang}>${correction.articleSaid}</q></p>`}
      <p>${ctx.text(correction.verified)}</p>
      ${renderCitations(ctx, correction.sources)}
    </details>`;
  })}`;
}
