import { html, nothing, type TemplateResult } from 'lit';
import { WIDGET_PARTS } from '../../data/story-split.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property } from 'lit/decorators.js';
import { hasDetails, type Source, type SourceRef } from '../../data/types.js';
import { baseStyles } from '../../internal/base-styles.js';
import { HeadedElement } from '../../internal/headed-element.js';
import { heading } from '../../render/heading.js';
import { nearestIds } from '../../data/nearest.js';
import type { Problem } from '../../render/problem.js';
import type { RenderContext } from '../../render/context.js';
import { sourcePublisher, sourceTitle } from '../../render/sources.js';
import { safeHttpUrl } from '../../data/safe-url.js';
import type { JsonLd } from '../../structured-data/schema-org.js';
import type { SchemaOrg } from '../../internal/schema-org-loader.js';
import { styles } from './case-sources.styles.js';
import { keepsDefault } from '../../internal/keeps-default.js';

/** What the list shows: the sources, all or one entity's, and that entity's id. */
interface CaseSourcesModel {
  sources: readonly Source[];
  subject?: string;
}

/**
 * The story's numbered source list: publisher (marked when it is state
 * media), title (marked when it describes the page rather than quoting its
 * headline), date and link. The
 * numbers are the ones every other widget cites, so "12" is the same page
 * everywhere; with `for`, only one entity's sources, still with their numbers.
 *
 * @summary Numbered list of the sources the widgets cite.
 * @tagname case-sources
 * @csspart heading - The list's heading.
 * @csspart list - The numbered list (`<ol>`).
 * @csspart source - One source.
 */
export class CaseSources extends HeadedElement<CaseSourcesModel> {
  static override styles = [baseStyles, styles];

  static override readonly shows = WIDGET_PARTS['case-sources'];

  /** An entity id (person, quote, event, organization, position, case): only its sources. */
  @property({ reflect: true, attribute: 'for' })
  @keepsDefault
  for = '';

  /** The sources listed: all, or the entity's, less those that report what came after the day described. */
  protected override resolve(ctx: RenderContext): CaseSourcesModel | Problem {
    const id = this.for.trim();
    // This list shows every source's details, which the widget loads before it renders.
    const listed = (sources: readonly SourceRef[]) =>
      sources.filter((source) => ctx.citable(source)).filter(hasDetails);
    if (id === '') return { sources: listed(ctx.index.sourceList) };
    const ids = ctx.index.sourcesOf(id);
    if (!ids)
      return { kind: 'unknown', attribute: 'for', value: this.for, valid: nearestIds(id, ctx.index.entityIds()) };
    return { sources: listed(ctx.index.sourcesFor(ids)), subject: id };
  }

  protected override jsonLd({ sources }: CaseSourcesModel, ctx: RenderContext, schema: SchemaOrg): JsonLd[] {
    return sources.map((source) => schema.sourceLd(ctx, source));
  }

  protected override renderModel({ sources, subject }: CaseSourcesModel, ctx: RenderContext): TemplateResult {
    const named = subject === undefined ? undefined : this.nameOf(ctx, subject);
    return html`
      ${heading(this.level, named ? ctx.strings.about(ctx.strings.sources, named) : ctx.strings.sources, 'heading')}
      <ol part="list" class="list">
        ${sources.map((source) => this.renderSource(ctx, source))}
      </ol>
    `;
  }

  private renderSource(ctx: RenderContext, source: Source): TemplateResult {
    const url = safeHttpUrl(source.url);
    const host = url ? new URL(url).hostname.replace(/^www\./, '') : undefined;
    return html`<li part="source" value=${ifDefined(ctx.index.sourceNumbers.get(source.id))}>
      ${ctx.strings.about(
        html`<span class="publisher">${sourcePublisher(ctx, source)}</span>`,
        url ? html`<a href=${url} hreflang=${source.lang}>${sourceTitle(ctx, source)}</a>` : sourceTitle(ctx, source),
      )}${
        source.published ? html`${ctx.strings.comma}${ctx.date(source.published)}` : nothing
      }${host ? html` <span class="host">(${host})</span>` : nothing}
    </li>`;
  }

  /** What the list is for, in a reader's words: a name, a quote's speaker and date, a headline. */
  private nameOf(ctx: RenderContext, id: string): TemplateResult | string | undefined {
    const key = id.toLowerCase();
    const named = ctx.index.person(key) ?? ctx.index.organizations.get(key);
    if (named) return ctx.text(named.name);
    const event = ctx.index.events.get(key);
    if (event) return ctx.text(event.title);
    const quote = ctx.index.quote(key);
    if (quote) {
      const speaker = ctx.index.speakerOf(quote);
      return html`${speaker ? ctx.text(speaker.name) : nothing}${ctx.strings.comma}${ctx.date(quote.date)}`;
    }
    const position = ctx.index.positions.get(key);
    const party = position && ctx.index.organizations.get(position.party);
    if (party) return ctx.text(party.name);
    const theCase = ctx.index.case(key);
    return theCase ? ctx.text(ctx.version(theCase.headline)) : undefined;
  }
}
