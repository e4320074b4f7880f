import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { WIDGET_PARTS, type StoryPart } from '../../data/story-split.js';
import { property, state } from 'lit/decorators.js';
import { compareDates, dayRange, parseDay, parsePartialDate } from '../../data/partial-date.js';
import type { CaseEvent, PartialDate, Person } from '../../data/types.js';
import { baseStyles } from '../../internal/base-styles.js';
import { HeadedElement } from '../../internal/headed-element.js';
import { heading } from '../../render/heading.js';
import { nearestPeople } from '../../data/nearest.js';
import { isProblem, type Problem } from '../../render/problem.js';
import type { RenderContext } from '../../render/context.js';
import { renderCorrections } from '../../render/corrections.js';
import { renderCitations } from '../../render/sources.js';
import { styles } from './case-timeline.styles.js';
import { formatNumber } from '../../i18n/format.js';
import type { JsonLd } from '../../structured-data/schema-org.js';
import type { SchemaOrg } from '../../internal/schema-org-loader.js';
import { keepsDefault } from '../../internal/keeps-default.js';

/** How an event stands to the reviewed report: reported in it, touched on loosely, left out of it, or after it. */
export type EventStanding = 'in-article' | 'alluded' | 'not-in-article' | 'later';

/** Events grouped by the year they happened in, in order. */
function byYear(events: CaseEvent[]): [string, CaseEvent[]][] {
  const years = new Map<string, CaseEvent[]>();
  for (const event of events) {
    const year = event.date.slice(0, 4);
    const list = years.get(year);
    if (list) list.push(event);
    else years.set(year, [event]);
  }
  return [...years];
}

/**
 * How many events a timeline adds at a time: a story of thousands of events
 * renders a page of them, and the reader asks for the next.
 */
export const TIMELINE_PAGE_SIZE = 100;

/** The day window a timeline keeps, both ends inclusive; an open end is unbounded. */
interface DayWindow {
  from?: Required<PartialDate>;
  to?: Required<PartialDate>;
}

/** What the timeline shows: the events that match its attributes, and those on screen. */
interface CaseTimelineModel {
  person?: Person | undefined;
  /** Every event that matches, in date order. */
  events: CaseEvent[];
  /** The events on screen: the key ones, the first `limit`, or a page of all. */
  visible: CaseEvent[];
  shown: 'key' | 'first' | 'all';
  hasKeyEvents: boolean;
}

/**
 * The story's events in date order, each with its date at the precision that
 * is known, whether the reviewed report reported it, its sources and any
 * correction or clarification to the report. Filters by person, by a date window and by
 * `as-of`.
 *
 * @summary Vertical timeline of the case's dated events.
 * @tagname case-timeline
 * @csspart heading - The timeline's heading.
 * @csspart events - The ordered list of events (`<ol>`).
 * @csspart event - One event (`<li>`).
 * @csspart date - The event's date.
 * @csspart label - Whether the reviewed report reports the event, or it came later.
 * @csspart title - What happened.
 * @csspart empty - The sentence shown when no event is left to show.
 * @csspart shown - Which events are shown, while not all are: "Key events · 7 of 26".
 * @csspart show-more - The button that shows every event, then the next page of a long timeline.
 * @csspart show-fewer - The button that goes back to the key events.
 * @csspart year - The events of one year, under their year.
 * @csspart year-heading - The year.
 */
export class CaseTimeline extends HeadedElement<CaseTimelineModel> {
  static override styles = [baseStyles, styles];

  static override readonly shows = WIDGET_PARTS['case-timeline'];

  /** The people too when it follows one of them, or names them in its structured data. */
  override storyParts(): StoryPart[] {
    const parts = super.storyParts();
    return this.person.trim() === '' && !this.structuredData ? parts : [...parts, 'people'];
  }

  /** Only events involving this person: dataset id or alias, e.g. `michael-kovrig` or `kang-mingkai`. */
  @property({ reflect: true })
  @keepsDefault
  person = '';

  /** Only events on or after this day (`YYYY-MM-DD`). */
  @property({ reflect: true })
  @keepsDefault
  from = '';

  /** Only events on or before this day (`YYYY-MM-DD`). */
  @property({ reflect: true })
  @keepsDefault
  to = '';

  /**
   * How many events to show before "Show all". Without it, the story's key
   * events (or, with `person`, `from` or `to`, every event that matches).
   */
  @property({ type: Number })
  @keepsDefault
  limit?: number = undefined;

  /** Whether the reader asked for every event rather than the key ones. */
  @state() private showAll = false;

  /** How many events are on screen once all are asked for; "Show more" adds a page. */
  @state() private shown = TIMELINE_PAGE_SIZE;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another selection starts again, collapsed, from its first page (before the model is made).
    if ((['person', 'from', 'to', 'asOf', 'limit'] as const).some((name) => changed.has(name))) {
      this.showAll = false;
      this.shown = TIMELINE_PAGE_SIZE;
    }
    super.willUpdate(changed);
  }

  /** Whether any attribute narrows the events, in which case all that match are shown. */
  private get filtered(): boolean {
    return this.person.trim() !== '' || this.from.trim() !== '' || this.to.trim() !== '';
  }

  /** The events on screen, and what they are: the key ones, the first `limit`, or all (a page at a time). */
  private selectionOnScreen(
    events: CaseEvent[],
    keyEvents: CaseEvent[] | undefined,
  ): { events: CaseEvent[]; shown: 'key' | 'first' | 'all' } {
    if (!this.showAll) {
      const limit = this.limit;
      if (limit !== undefined) return { events: events.slice(0, limit), shown: 'first' };
      if (keyEvents) return { events: keyEvents, shown: 'key' };
    }
    return { events: events.slice(0, this.shown), shown: 'all' };
  }

  /** The key events among these, when the timeline is unfiltered and the story marks some. */
  private keyEvents(ctx: RenderContext, events: CaseEvent[]): CaseEvent[] | undefined {
    if (this.filtered) return undefined;
    const key = new Set(ctx.index.story.cases[0]?.keyDates ?? []);
    const keyEvents = events.filter((event) => key.has(event.id));
    return keyEvents.length > 0 ? keyEvents : undefined;
  }

  /** The person the timeline follows (if any), the events that match, and those on screen; or what is wrong with the attributes. */
  protected override resolve(ctx: RenderContext): CaseTimelineModel | Problem {
    let person: Person | undefined;
    if (this.person.trim() !== '') {
      person = ctx.index.person(this.person);
      if (!person) {
        return {
          kind: 'unknown',
          attribute: 'person',
          value: this.person,
          valid: nearestPeople(ctx.index, this.person),
        };
      }
    }
    const dayWindow = this.dayWindow();
    if (isProblem(dayWindow)) return dayWindow;
    const { limit } = this;
    if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1)) {
      // Name the limit as the editor wrote it: "abc", not NaN.
      const value = this.getAttribute('limit') ?? String(limit);
      return { kind: 'bad-value', attribute: 'limit', value, valid: ['a whole number of 1 or more'] };
    }
    const events = this.eventsToShow(ctx, person, dayWindow);
    const keyEvents = this.keyEvents(ctx, events);
    const onScreen = this.selectionOnScreen(events, keyEvents);
    return { person, events, visible: onScreen.events, shown: onScreen.shown, hasKeyEvents: keyEvents !== undefined };
  }

  protected override jsonLd({ visible }: CaseTimelineModel, ctx: RenderContext, schema: SchemaOrg): JsonLd[] {
    return visible.flatMap((event) => [schema.eventLd(ctx, event), ...schema.correctionsLd(ctx, event.id)]);
  }

  protected override renderModel(model: CaseTimelineModel, ctx: RenderContext): TemplateResult {
    const { person, events, visible, shown } = model;
    const title = person ? ctx.strings.about(ctx.strings.timeline, ctx.text(person.name)) : ctx.strings.timeline;
    const counts = [formatNumber(visible.length, ctx.lang), formatNumber(events.length, ctx.lang)] as const;
    return html`
      ${heading(this.level, title, 'heading')}
      ${
        shown !== 'all' && visible.length < events.length
          ? html`<p part="shown" class="shown">
              ${shown === 'key' ? ctx.strings.keyEventsShown(...counts) : ctx.strings.firstEventsShown(...counts)}
            </p>`
          : nothing
      }
      ${
        events.length === 0
          ? html`<p part="empty" class="empty">${ctx.strings.noEvents}</p>`
          : html`${byYear(visible).map(
              ([year, yearEvents]) =>
                html`<section class="year" part="year">
                  ${heading(this.level + 1, year, 'year-heading')}
                  <ol part="events" class="events">
                    ${yearEvents.map((event) => this.renderEvent(ctx, event))}
                  </ol>
                </section>`,
            )}
            ${this.renderMore(ctx, visible.length, events.length)} ${this.renderFewer(ctx, model)}`
      }
    `;
  }

  /** Once every event shows, the way back to the key ones. */
  private renderFewer(ctx: RenderContext, { hasKeyEvents }: CaseTimelineModel): TemplateResult | typeof nothing {
    if (!this.showAll || this.limit !== undefined || !hasKeyEvents) return nothing;
    return html`<button part="show-fewer" class="show-more" type="button" @click=${this.showFewer}>
      ${ctx.strings.showKeyEvents}
    </button>`;
  }

  private showFewer(): void {
    this.showAll = false;
    this.shown = TIMELINE_PAGE_SIZE;
    // The list shrinks above the button: keep the reader at the timeline's heading.
    void this.updateComplete.then(() => {
      const heading = this.renderRoot.querySelector<HTMLElement>('[part~="heading"]');
      heading?.setAttribute('tabindex', '-1');
      heading?.focus();
    });
  }

  /** "Show all 29 events" while the key events are shown; "Show more" while a long list is paged. */
  private renderMore(ctx: RenderContext, visible: number, total: number): TemplateResult | typeof nothing {
    if (visible >= total) return nothing;
    const label = this.showAll
      ? ctx.strings.showMoreEvents(formatNumber(visible, ctx.lang), formatNumber(total, ctx.lang))
      : ctx.strings.showAllEvents(formatNumber(total, ctx.lang));
    return html`<button part="show-more" class="show-more" type="button" @click=${() => this.showMore(visible)}>
      ${label}
    </button>`;
  }

  private showMore(visible: number): void {
    if (this.showAll) this.shown += TIMELINE_PAGE_SIZE;
    else this.showAll = true;
    // Keyboard and screen-reader users continue from the first event that was not on screen,
    // or, once every event shows, from the first event of the list.
    void this.updateComplete.then(() => {
      const events = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="event"]')];
      const target = this.showAll && events.length > visible ? this.firstNew(events, visible) : events[0];
      target?.setAttribute('tabindex', '-1');
      target?.focus();
    });
  }

  /** After "Show all", the key events are spread among the rest: focus the first event that was hidden. */
  private firstNew(events: HTMLElement[], visible: number): HTMLElement | undefined {
    return this.shown > TIMELINE_PAGE_SIZE ? events[visible] : events.find((event) => !event.classList.contains('key'));
  }

  /** Parses `from` and `to`, or says which one is wrong. */
  private dayWindow(): DayWindow | Problem {
    const dayWindow: DayWindow = {};
    for (const attribute of ['from', 'to'] as const) {
      const value = this[attribute].trim();
      if (value === '') continue;
      const day = parseDay(value);
      if (!day) return { kind: 'bad-date', attribute, value: this[attribute] };
      dayWindow[attribute] = day;
    }
    if (dayWindow.from && dayWindow.to && compareDates(dayWindow.from, dayWindow.to) > 0) {
      return { kind: 'order', attribute: 'to', value: this.to, other: 'from', otherValue: this.from };
    }
    return dayWindow;
  }

  /** The events the attributes keep, by date; events of the same date keep the dataset's order. */
  private eventsToShow(ctx: RenderContext, person: Person | undefined, dayWindow: DayWindow): CaseEvent[] {
    const from = dayWindow.from ? dayRange(dayWindow.from).first : -Infinity;
    const to = dayWindow.to ? dayRange(dayWindow.to).first : Infinity;
    const dated = ctx.index.story.events.flatMap((event) => {
      const date = parsePartialDate(event.date);
      // An event without a readable date cannot be placed on a timeline.
      if (!date) return [];
      if (person && !event.people.includes(person.id)) return [];
      if (ctx.hasAsOf && !ctx.known(event.date)) return [];
      // A partial date is kept when any day it can mean falls in the window:
      // "November 2020" belongs to a window that starts on 15 November.
      const { first, last } = dayRange(date);
      if (last < from || first > to) return [];
      return [{ event, first, last }];
    });
    // By first possible day, then the more precise first (as compareDates), with each
    // range worked out once rather than at every comparison. The sort is stable, so
    // ties keep the dataset's order.
    dated.sort((a, b) => a.first - b.first || a.last - b.last);
    return dated.map(({ event }) => event);
  }

  /** Whether the reviewed report reported the event, and if not, whether it came after the report. */
  private standing(ctx: RenderContext, event: CaseEvent): EventStanding {
    if (event.inArticle) return 'in-article';
    // The report touched on it only in general terms, and a correction says what it got wrong.
    if (ctx.index.correctionsFor(event.id).length > 0) return 'alluded';
    const articleDate = parsePartialDate(ctx.index.story.report?.date ?? ctx.index.story.cases[0]?.articleDate ?? '');
    const date = parsePartialDate(event.date);
    // Only an event that certainly began after the report's last possible day is "later".
    if (articleDate && date && dayRange(date).first > dayRange(articleDate).last) return 'later';
    return 'not-in-article';
  }

  private renderEvent(ctx: RenderContext, event: CaseEvent): TemplateResult {
    const key = ctx.index.story.cases[0]?.keyDates.includes(event.id) ?? false;
    // Where the event stands to the reviewed report is part of the fact-check, shown with it.
    const standing = ctx.corrections ? this.standing(ctx, event) : 'plain';
    const label =
      standing === 'plain'
        ? nothing
        : html`<p part="label" class="label">
            ${{
              'in-article': ctx.strings.inReport,
              alluded: ctx.strings.alludedInReport,
              'not-in-article': ctx.strings.notInReport,
              later: ctx.strings.afterReport,
            }[standing](ctx.reportName())}
          </p>`;
    return html`<li part="event" class="event ${standing}${key ? ' key' : ''}">
      <p part="date" class="date">${ctx.date(event.date)}</p>
      <div class="body">
        ${label}
        <p part="title" class="title">${ctx.text(event.title)}</p>
        ${renderCitations(ctx, event.sources)} ${renderCorrections(ctx, event.id)}
      </div>
    </li>`;
  }
}
