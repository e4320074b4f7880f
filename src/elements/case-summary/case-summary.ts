import { html, nothing, type TemplateResult } from 'lit';
import { WIDGET_PARTS } from '../../data/story-split.js';
import { property } from 'lit/decorators.js';
import { compareDates, parsePartialDate } from '../../data/partial-date.js';
import { caseStatusOn, rolesOn } from '../../data/status.js';
import type { Case, CaseEvent, TextVersion } from '../../data/types.js';
import { baseStyles } from '../../internal/base-styles.js';
import { checkChoice } from '../../internal/case-element.js';
import { HeadedElement } from '../../internal/headed-element.js';
import { heading } from '../../render/heading.js';
import { nearestIds } from '../../data/nearest.js';
import type { Problem } from '../../render/problem.js';
import type { RenderContext } from '../../render/context.js';
import { renderRole } from '../../render/role.js';
import { renderReport } from '../../render/report.js';
import { renderSources } from '../../render/sources.js';
import { renderStatus } from '../../render/status.js';
import type { JsonLd } from '../../structured-data/schema-org.js';
import type { SchemaOrg } from '../../internal/schema-org-loader.js';
import { styles } from './case-summary.styles.js';
import { keepsDefault } from '../../internal/keeps-default.js';

export const CASE_SUMMARY_VARIANTS = ['full', 'brief'] as const;
export type CaseSummaryVariant = (typeof CASE_SUMMARY_VARIANTS)[number];

/** What a summary shows: one case, in full or brief. */
interface CaseSummaryModel {
  theCase: Case;
  brief: boolean;
}

/**
 * The case at a glance: headline, a one-paragraph summary, the key people and
 * where each stood on the day described, each side's position in a line, the
 * key dates and the sources.
 *
 * @summary One-box explainer of the whole case.
 * @tagname case-summary
 * @csspart as-of - The date the summary describes, and the number of corrections and clarifications.
 * @csspart report - The report the dataset reviews: headline, publisher, date, translation.
 * @csspart headline - The headline (a heading).
 * @csspart summary - The summary paragraph.
 * @csspart people - The key people, with their status.
 * @csspart dates - The key dates.
 */
export class CaseSummary extends HeadedElement<CaseSummaryModel> {
  static override styles = [baseStyles, styles];

  static override readonly shows = WIDGET_PARTS['case-summary'];

  /** Case id; defaults to the story's first case (`meng-wanzhou-two-michaels`). */
  @property({ reflect: true, attribute: 'case' })
  @keepsDefault
  caseId = '';

  /** `full` (default) or `brief` (headline, summary and date only). */
  @property({ reflect: true })
  @keepsDefault
  variant: CaseSummaryVariant = 'full';

  protected override resolve(ctx: RenderContext): CaseSummaryModel | Problem {
    const badVariant = checkChoice('variant', this.variant, CASE_SUMMARY_VARIANTS);
    if (badVariant) return badVariant;
    const caseIds = [...ctx.index.cases.keys()];
    const theCase = this.caseId.trim() === '' ? ctx.index.story.cases[0] : ctx.index.case(this.caseId);
    if (!theCase) {
      return { kind: 'unknown', attribute: 'case', value: this.caseId, valid: nearestIds(this.caseId, caseIds) };
    }
    // The headline and summary tell the story as published: there is nothing to
    // summarize as of a day before it.
    if (ctx.hasAsOf && !ctx.known(theCase.articleDate)) {
      return { kind: 'not-yet', attribute: 'case', value: theCase.id, date: theCase.articleDate, asOf: this.asOf };
    }
    return { theCase, brief: this.variant === 'brief' };
  }

  protected override renderModel({ theCase, brief }: CaseSummaryModel, ctx: RenderContext): TemplateResult {
    const sub = this.level + 1;
    return html`
      <p part="as-of" class="small as-of">
        ${ctx.strings.asOf(ctx.date(this.describedDay(ctx)))}${ctx.corrections ? this.renderCorrectionCount(ctx) : nothing}
      </p>
      ${ctx.corrections ? renderReport(ctx) : nothing}
      ${heading(this.level, ctx.text(ctx.version(theCase.headline)), 'headline')}
      <p part="summary" class="summary">${ctx.text(ctx.version(theCase.summary))}</p>
      ${
        brief
          ? nothing
          : // The two sides are in the summary in a sentence each and in <case-sides> at length:
            // a third telling here would make the widget long and say nothing new.
            html`<div class="columns">
              <section>
                ${heading(sub, ctx.strings.keyPeople, 'people-heading')} ${this.renderPeople(ctx, theCase)}
              </section>
              <section>
                ${heading(sub, ctx.strings.keyDates, 'dates-heading')} ${this.renderDates(ctx, theCase)}
              </section>
            </div>`
      }
      ${brief ? nothing : renderSources(ctx, theCase.sources)}
    `;
  }

  /** How many corrections and clarifications the dataset makes to the reviewed report. */
  private renderCorrectionCount(ctx: RenderContext): TemplateResult | typeof nothing {
    const { corrections } = ctx.index.story;
    if (corrections.length === 0) return nothing;
    const clarifications = corrections.filter((correction) => correction.kind === 'clarification').length;
    return html` · ${ctx.strings.corrections(corrections.length - clarifications, clarifications, ctx.reportName())}`;
  }

  /** The `as-of` day, or the latest day the story itself records (an event, or a version of a text). */
  private describedDay(ctx: RenderContext): string {
    if (ctx.hasAsOf) return this.asOf.trim();
    const { events, cases, positions } = ctx.index.story;
    const versions = [...cases.flatMap((c) => [c.headline, c.summary]), ...positions.map((p) => p.stance)].flatMap(
      (text) => (Array.isArray(text) ? (text as readonly TextVersion[]).map((version) => version.from) : []),
    );
    const dates = [...events.map((event) => event.date), ...versions];
    return dates.reduce((latest, date) => {
      const a = parsePartialDate(date);
      const b = parsePartialDate(latest);
      return a && b && compareDates(a, b) > 0 ? date : latest;
    });
  }

  /** Each key person with where they stood that day, or, without a legal status, their role. */
  private renderPeople(ctx: RenderContext, theCase: Case): TemplateResult {
    const people = theCase.keyPeople.map((id) => ctx.index.people.get(id)).filter((p) => p !== undefined);
    const statuses = new Map(caseStatusOn(people, ctx.day).map(({ person, status }) => [person.id, status]));
    return html`<ul part="people" class="people">
      ${people.map((person) => {
        const status = statuses.get(person.id);
        const { roles, current } = rolesOn(person, ctx.day);
        const role = roles.at(-1);
        const about = status ? renderStatus(ctx, person, status) : role ? renderRole(ctx, role, current) : nothing;
        const name = html`<strong>${ctx.text(person.name)}</strong>`;
        return html`<li>${about === nothing ? name : ctx.strings.about(name, about)}</li>`;
      })}
    </ul>`;
  }

  /** The key events that had happened by the day described. */
  private keyEvents(ctx: RenderContext, theCase: Case): CaseEvent[] {
    return theCase.keyDates
      .map((id) => ctx.index.events.get(id))
      .filter((event): event is CaseEvent => event !== undefined && ctx.known(event.date));
  }

  protected override jsonLd({ theCase, brief }: CaseSummaryModel, ctx: RenderContext, schema: SchemaOrg): JsonLd[] {
    if (brief) return [];
    return this.keyEvents(ctx, theCase).map((event) => schema.eventLd(ctx, event));
  }

  private renderDates(ctx: RenderContext, theCase: Case): TemplateResult {
    const events = this.keyEvents(ctx, theCase);
    return html`<ol part="dates" class="dates">
      ${events.map((event) => html`<li>${ctx.strings.about(ctx.date(event.date), ctx.text(event.title))}</li>`)}
    </ol>`;
  }
}
