import { html, nothing, type TemplateResult } from 'lit';
import { safeHttpUrl } from './safe-url.js';
import type { RenderContext } from './render-context.js';

let listId = 0;

/**
 * The sources a widget cites, numbered as in the story's full source list
 * (`<case-sources>`), so "[12]" means the same page in every widget. A source
 * whose address is not http(s) is named but never linked.
 */
export function renderSources(ctx: RenderContext, ids: readonly string[]): TemplateResult | typeof nothing {
  const sources = ctx.index.sourcesFor(ids).filter((source) => ctx.citable(source));
  if (sources.length === 0) return nothing;
  const id = `casefile-sources-${++listId}`;
  return html`<div class="sources" part="sources">
    <p id=${id}>${ctx.strings.sources}</p>
    <ol aria-labelledby=${id}>
      ${sources.map((source) => {
        const url = safeHttpUrl(source.url);
        const label = ctx.strings.about(source.publisher, ctx.text(source.title));
        return html`<li value=${ctx.index.sourceNumbers.get(source.id)!}>
          ${url ? html`<a href=${url} hreflang=${source.lang}>${label}</a>` : label}${source.published
            ? html`${ctx.strings.comma}${ctx.date(source.published)}`
            : nothing}
        </li>`;
      })}
    </ol>
  </div>`;
}
