import { html, nothing, type TemplateResult } from 'lit';
import { WIDGET_PARTS } from '../../data/story-split.js';
import type { Quote } from '../../data/types.js';
import { baseStyles } from '../../internal/base-styles.js';
import { HeadedElement } from '../../internal/headed-element.js';
import { heading } from '../../render/heading.js';
import type { RenderContext } from '../../render/context.js';
import { renderSources } from '../../render/sources.js';
import { sidesInOrder } from '../../render/sides.js';
import type { JsonLd } from '../../structured-data/schema-org.js';
import type { SchemaOrg } from '../../internal/schema-org-loader.js';
import { styles } from './case-sides.styles.js';

/** One side as the widget shows it: the position, its party, and as many quotes as every side gets. */
type Side = ReturnType<typeof sidesInOrder>[number] & { quotes: Quote[] };

/** What the widget shows: every side, in the language's alphabetical order. */
interface CaseSidesModel {
  sides: Side[];
}

/**
 * Each party's position side by side, with equal weight: the same layout,
 * a stance in one sentence, and the same number of attributed, dated quotes
 * for each side. Sides are ordered alphabetically by the party's name in the
 * widget's language; narrow containers get one column.
 *
 * @summary The two sides of the case, symmetric.
 * @tagname case-sides
 * @csspart heading - The widget's heading.
 * @csspart side - One party's column.
 * @csspart party - The party's name (a heading).
 * @csspart stance - The party's position in a sentence.
 * @csspart quotes - The quotes that support it.
 */
export class CaseSides extends HeadedElement<CaseSidesModel> {
  static override styles = [baseStyles, styles];

  static override readonly shows = WIDGET_PARTS['case-sides'];

  /** Each side in order, with the quotes it shows: as many for each side as the side with the fewest has. */
  protected override resolve(ctx: RenderContext): CaseSidesModel {
    const theCase = ctx.index.story.cases[0];
    const positionIds = theCase ? theCase.positions : ctx.index.story.positions.map((position) => position.id);
    const sides = sidesInOrder(ctx, positionIds).map((side) => ({
      ...side,
      quotes: side.position.quotes
        .map((id) => ctx.index.quotes.get(id))
        .filter((quote): quote is Quote => quote !== undefined && ctx.known(quote.date)),
    }));
    const shown = Math.min(...sides.map((side) => side.quotes.length));
    return { sides: sides.map((side) => ({ ...side, quotes: side.quotes.slice(0, shown) })) };
  }

  protected override jsonLd({ sides }: CaseSidesModel, ctx: RenderContext, schema: SchemaOrg): JsonLd[] {
    return sides.flatMap((side) => side.quotes.map((quote) => schema.quotationLd(ctx, quote)));
  }

  protected override renderModel({ sides }: CaseSidesModel, ctx: RenderContext): TemplateResult {
    return html`
      ${heading(this.level, ctx.strings.sides, 'heading')}
      <div class="columns">
        ${sides.map(
          ({ position, party, quotes }) =>
            html`<div part="side" class="side">
              ${heading(this.level + 1, party ? ctx.text(party.name) : position.party, 'party')}
              <p part="stance" class="stance">${ctx.text(ctx.version(position.stance))}</p>
              ${
                quotes.length > 0
                  ? html`<ul part="quotes" class="quotes">
                      ${quotes.map((quote) => this.renderQuote(ctx, quote))}
                    </ul>`
                  : nothing
              }
              ${renderSources(ctx, [...position.sources, ...quotes.flatMap((quote) => quote.sources)])}
            </div>`,
        )}
      </div>
    `;
  }

  private renderQuote(ctx: RenderContext, quote: Quote): TemplateResult {
    const speaker = ctx.index.speakerOf(quote);
    return html`<li>
      <figure>
        <blockquote><p>${ctx.text(quote.text)}</p></blockquote>
        <figcaption class="small">
          ${speaker ? ctx.text(speaker.name) : nothing}${ctx.strings.comma}${ctx.date(quote.date)}${
            ctx.originalOf(quote) ? html` · ${ctx.strings.translated}` : nothing
          }
        </figcaption>
      </figure>
    </li>`;
  }
}
