import { html, type TemplateResult } from 'lit';
import type { Correction } from '../../data/types.js';
import { baseStyles } from '../../internal/base-styles.js';
import { HeadedElement } from '../../internal/headed-element.js';
import { heading } from '../../render/heading.js';
import type { Problem } from '../../render/problem.js';
import type { RenderContext } from '../../render/context.js';
import { renderCitations } from '../../render/sources.js';
import { correctionLd, type JsonLd } from '../../structured-data/schema-org.js';
import { styles } from './case-corrections.styles.js';

/**
 * The fact-check as one widget: every correction (the reviewed report said
 * something false) and clarification (it was imprecise or dated) the
 * dataset makes, each with what the report said, what is verified and the
 * sources, under a heading that names the report. The other widgets show a
 * correction beside the fact it concerns only with their `corrections`
 * attribute; this one is the place for all of them.
 *
 * @summary The dataset's corrections and clarifications to the report it reviews.
 * @tagname case-corrections
 * @csspart heading - The heading, naming the reviewed report.
 * @csspart list - The list of corrections and clarifications.
 * @csspart entry - One correction or clarification (also `correction` or `clarification`).
 * @csspart kind - "Correction" or "Clarification".
 * @csspart said - What the report said (always in view: each entry opens to the rest).
 * @csspart verified - What is verified instead.
 * @csspart empty - The sentence shown when the dataset corrects nothing.
 */
export class CaseCorrections extends HeadedElement {
  static override styles = [baseStyles, styles];

  protected override jsonLd(ctx: RenderContext): JsonLd[] {
    return ctx.index.story.corrections.map((correction) => correctionLd(ctx, correction));
  }

  protected override renderContent(ctx: RenderContext): TemplateResult | Problem {
    const { corrections } = ctx.index.story;
    return html`
      ${heading(this.level, ctx.strings.factCheckOf(ctx.reportName()), 'heading')}
      ${corrections.length === 0
        ? html`<p part="empty" class="empty">${ctx.strings.noCorrections}</p>`
        : html`<ol part="list" class="list">
            ${corrections.map((correction) => this.renderEntry(ctx, correction))}
          </ol>`}
    `;
  }

  /**
   * One entry as a disclosure: what the report said is always in view, what is
   * verified and the sources a keypress away, so ten entries stay a short list.
   */
  private renderEntry(ctx: RenderContext, correction: Correction): TemplateResult {
    const kind = correction.kind ?? 'correction';
    const report = ctx.reportName();
    return html`<li part="entry ${kind}" class="entry">
      <details>
        <summary>
          <span part="kind" class="kind">${kind === 'clarification' ? ctx.strings.clarification : ctx.strings.correction}</span>
          <span part="said" class="said">${ctx.strings.reportSaid(html`<q lang=${report.lang}>${correction.articleSaid}</q>`)}</span>
        </summary>
        <p part="verified" class="verified">${ctx.text(correction.verified)}</p>
        ${renderCitations(ctx, correction.sources)}
      </details>
    </li>`;
  }
}
