import { plainText } from '../data/marked-text.js';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { hasDetails, type Source, type SourceRef } from '../data/types.js';
import { formatNumber } from '../i18n/format.js';
import { safeHttpUrl } from '../data/safe-url.js';
import type { RenderContext } from './context.js';

/** The publisher, followed by "(state media)" for an outlet a state controls. */
export function sourcePublisher(ctx: RenderContext, source: Source): TemplateResult {
  return html`${source.publisher}${
    source.kind === 'state-media'
      ? html`<span class="kind">${ctx.strings.aside(ctx.strings.stateMedia)}</span>`
      : nothing
  }`;
}

/**
 * The title as the list shows it, the way a bibliography does: the
 * publisher's headline as published, in quotation marks (and in the page's
 * language, marked with its `lang`); or, where the headline is not known, the
 * dataset's description of the page, in the widget's language and without
 * quotation marks, so it is never taken for a headline.
 */
export function sourceTitle(ctx: RenderContext, source: Source): TemplateResult {
  if (source.titleIsDescription) return html`<span class="described">${ctx.text(source.title)}</span>`;
  return html`<q class="headline" lang=${source.lang}>${plainText(source.title.en)}</q>`;
}

/** The sources of these ids a widget may cite on the day it describes, in the story's numbering. */
function citableSources(ctx: RenderContext, ids: readonly string[]): SourceRef[] {
  return ctx.index.sourcesFor(ids).filter((source) => ctx.citable(source));
}

/**
 * The sources a widget cites, numbered as in the story's full source list
 * (`<case-sources>`), so "12" means the same page in every widget, behind one
 * disclosure, "Sources (4)", closed by default: the sources are there for
 * whoever wants them without lengthening the widget for everyone else. A
 * source whose address is not http(s) is named but never linked.
 *
 * The list fills only when a reader is about to open it (pointer over it,
 * focus on it, or opening it), and the bundled story's source details load
 * then: until then the list is empty and busy, so a widget whose lists stay
 * closed neither downloads nor renders them; if the details cannot be
 * loaded, one line says so, and the next reach for the list tries again. The
 * template stays the same, so an open list stays open.
 */
export function renderSources(ctx: RenderContext, ids: readonly string[]): TemplateResult | typeof nothing {
  const sources = citableSources(ctx, ids);
  if (sources.length === 0) return nothing;
  const { pending, failed, reached } = ctx.sourceDetails;
  const shown = reached && !pending;
  const detailed = shown ? sources.filter(hasDetails) : [];
  const reach = shown ? undefined : ctx.sourceDetails.reach;
  return html`<details class="sources" part="sources" @pointerenter=${reach} @focusin=${reach} @toggle=${reach}>
    <summary>${ctx.strings.sourcesCount(formatNumber(sources.length, ctx.lang))}</summary>
    ${
      // A live region from the start, so that the line is announced when it appears.
      pending
        ? html`<p class="small unavailable" role="status">${failed ? ctx.strings.sourcesUnavailable : ''}</p>`
        : nothing
    }
    <ol aria-busy=${ifDefined(shown || failed ? undefined : 'true')}>
      ${detailed.map((source) => {
        const url = safeHttpUrl(source.url);
        const label = ctx.strings.about(sourcePublisher(ctx, source), sourceTitle(ctx, source));
        return html`<li value=${ifDefined(ctx.index.sourceNumbers.get(source.id))}>
          ${url ? html`<a href=${url} hreflang=${source.lang}>${label}</a>` : label}${
            source.published ? html`${ctx.strings.comma}${ctx.date(source.published)}` : nothing
          }
        </li>`;
      })}
    </ol>
  </details>`;
}

/**
 * Sources as their numbers in the story's source list, each a link to the
 * page, with the publisher and title in its tooltip and description: for
 * places where a full list would bury the text it supports (a timeline's
 * events, a correction).
 */
export function renderCitations(ctx: RenderContext, ids: readonly string[]): TemplateResult | typeof nothing {
  // Widgets that cite sources this way load their details before they render.
  const sources = citableSources(ctx, ids).filter(hasDetails);
  if (sources.length === 0) return nothing;
  const numbers = sources.map((source, i) => {
    const number = ctx.index.sourceNumbers.get(source.id) ?? '';
    const url = safeHttpUrl(source.url);
    const publisher =
      source.kind === 'state-media' ? `${source.publisher} (${ctx.strings.stateMedia})` : source.publisher;
    const title = source.titleIsDescription ? ctx.plain(source.title) : `“${plainText(source.title.en)}”`;
    const description = `${publisher}: ${title}`;
    return html`${i > 0 ? ctx.strings.comma : ''}${
      url
        ? // The number is what is seen; a screen reader hears which page it is as well.
          html`<a
            class="cite"
            href=${url}
            hreflang=${source.lang}
            title=${description}
            aria-label=${`${number} ${description}`}
            >${number}</a
          >`
        : html`<span title=${description}>${number}</span>`
    }`;
  });
  return html`<p part="sources" class="cites">${ctx.strings.about(ctx.strings.sources, numbers)}</p>`;
}
