import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Source } from '../../data/types.js';
import { baseStyles } from '../../internal/base-styles.js';
import { CaseElement } from '../../internal/case-element.js';
import { heading } from '../../internal/heading.js';
import { nearestIds } from '../../internal/nearest.js';
import type { Problem } from '../../internal/problem.js';
import type { RenderContext } from '../../internal/render-context.js';
import { safeHttpUrl } from '../../internal/safe-url.js';
import { styles } from './case-sources.styles.js';

/**
 * The story's numbered source list: publisher, title, date and link. The
 * numbers are the ones every other widget cites, so "12" is the same page
 * everywhere; with `for`, only one entity's sources, still with their numbers.
 *
 * @summary Numbered list of the sources the widgets cite.
 * @tagname case-sources
 * @csspart heading - The list's heading.
 * @csspart list - The numbered list (`<ol>`).
 * @csspart source - One source.
 */
export class CaseSources extends CaseElement {
  static override styles = [baseStyles, styles];

  /** An entity id (person, quote, event, organization, position, case): only its sources. */
  @property({ reflect: true, attribute: 'for' }) for = '';

  protected override renderContent(ctx: RenderContext): TemplateResult | Problem {
    const id = this.for.trim();
    let sources: readonly Source[] = ctx.index.story.sources;
    let subject: TemplateResult | string | undefined;
    if (id !== '') {
      const ids = ctx.index.sourcesOf(id);
      if (!ids) return { kind: 'unknown', attribute: 'for', value: this.for, valid: nearestIds(id, ctx.index.entityIds()) };
      sources = ctx.index.sourcesFor(ids);
      subject = this.nameOf(ctx, id);
    }
    return html`
      ${heading(this.level, subject ? ctx.strings.about(ctx.strings.sources, subject) : ctx.strings.sources, 'heading')}
      <ol part="list" class="list">
        ${sources.filter((source) => ctx.citable(source)).map((source) => this.renderSource(ctx, source))}
      </ol>
    `;
  }

  private renderSource(ctx: RenderContext, source: Source): TemplateResult {
    const url = safeHttpUrl(source.url);
    const host = url ? new URL(url).hostname.replace(/^www\./, '') : undefined;
    return html`<li part="source" value=${ctx.index.sourceNumbers.get(source.id)!}>
      <span class="publisher">${source.publisher}</span>:
      ${url ? html`<a href=${url} hreflang=${source.lang}>${ctx.text(source.title)}</a>` : ctx.text(source.title)}${source.published
        ? html`, ${ctx.date(source.published)}`
        : nothing}${host ? html` <span class="host">(${host})</span>` : nothing}
    </li>`;
  }

  private nameOf(ctx: RenderContext, id: string): TemplateResult | string | undefined {
    const named = ctx.index.person(id) ?? ctx.index.organizations.get(id) ?? ctx.index.events.get(id);
    if (!named) return undefined;
    return ctx.text('name' in named ? named.name : named.title);
  }
}
