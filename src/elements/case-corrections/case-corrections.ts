import { html, type TemplateResult } from 'lit';
import { WIDGET_PARTS } from '../../data/story-split.js';
import type { Correction } from '../../data/types.js';
import { baseStyles } from '../../internal/base-styles.js';
import { HeadedElement } from '../../internal/headed-element.js';
import { heading } from '../../render/heading.js';
import type { RenderContext } from '../../render/context.js';
import { renderReport } from '../../render/report.js';
import { renderCitations } from '../../render/sources.js';
import type { JsonLd } from '../../structured-data/schema-org.js';
import type { SchemaOrg } from '../../internal/schema-org-loader.js';
import { styles } from './case-corrections.styles.js';

/**
 * A quotation that will sit inside quotation marks: its own double quotes
 * become single ones, as nested quotations take, and a quote it opens but
 * does not close (the report's wording is quoted as it stands) is closed.
 */
function nestedQuotes(text: string): string {
  const nested = text
    .replace(/“/g, '‘')
    .replace(/”/g, '’')
    .replace(/"([^"]*)"/g, '‘$1’');
  const opened = (nested.match(/‘/g) ?? []).length;
  const closed = (nested.match(/’(?![a-z])/gi) ?? []).length;
  return opened > closed ? `${nested}’` : nested;
}

/** What the fact-check shows: every correction and clarification of the story. */
interface CaseCorrectionsModel {
  corrections: readonly Correction[];
  /** The report's date, when the day described comes before it: there is nothing to check yet. */
  notYet?: string | undefined;
}

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
 * @csspart report - The report checked: headline, publisher (or that it is not known), date, translation.
 * @csspart said - What the report said.
 * @csspart verified - What is verified instead.
 * @csspart empty - The sentence shown when the dataset corrects nothing.
 */
export class CaseCorrections extends HeadedElement<CaseCorrectionsModel> {
  static override styles = [baseStyles, styles];

  static override readonly shows = WIDGET_PARTS['case-corrections'];

  protected override resolve(ctx: RenderContext): CaseCorrectionsModel {
    const { corrections, report, cases } = ctx.index.story;
    const published = report?.date ?? cases[0]?.articleDate;
    // A fact-check of a report that did not exist yet on the day described would speak of the future.
    if (ctx.hasAsOf && published !== undefined && !ctx.known(published)) return { corrections: [], notYet: published };
    return { corrections };
  }

  protected override jsonLd({ corrections }: CaseCorrectionsModel, ctx: RenderContext, schema: SchemaOrg): JsonLd[] {
    return corrections.map((correction) => schema.correctionLd(ctx, correction));
  }

  protected override renderModel({ corrections, notYet }: CaseCorrectionsModel, ctx: RenderContext): TemplateResult {
    if (notYet !== undefined) {
      return html`${heading(this.level, ctx.strings.factCheckOf(ctx.reportName()), 'heading')}
        <p part="empty" class="empty">${ctx.strings.reportNotYet(ctx.date(notYet))}</p>`;
    }
    return html`
      ${heading(this.level, ctx.strings.factCheckOf(ctx.reportName()), 'heading')} ${renderReport(ctx)}
      ${
        corrections.length === 0
          ? html`<p part="empty" class="empty">${ctx.strings.noCorrections}</p>`
          : html`<ol part="list" class="list">
              ${corrections.map((correction) => this.renderEntry(ctx, correction))}
            </ol>`
      }
    `;
  }

  /**
   * One entry: the verified fact first, as the reader should keep it, then
   * what the report said, quoted, and the sources.
   */
  private renderEntry(ctx: RenderContext, correction: Correction): TemplateResult {
    const kind = correction.kind ?? 'correction';
    const report = ctx.reportName();
    return html`<li part="entry ${kind}" class="entry">
      <p part="verified" class="verified">
        <span part="kind" class="kind"
          >${kind === 'clarification' ? ctx.strings.clarification : ctx.strings.correction}</span
        >
        ${ctx.text(correction.verified)}
      </p>
      <p part="said" class="said">
        ${ctx.strings.reportSaid(html`<q lang=${report.lang}>${nestedQuotes(correction.articleSaid)}</q>`)}
      </p>
      ${renderCitations(ctx, correction.sources)}
    </li>`;
  }
}
