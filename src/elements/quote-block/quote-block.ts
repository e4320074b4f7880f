import { html, nothing, type TemplateResult } from 'lit';
import { WIDGET_PARTS } from '../../data/story-split.js';
import { property } from 'lit/decorators.js';
import { parsePartialDate } from '../../data/partial-date.js';
import { rolesOn } from '../../data/status.js';
import { hasDetails, type Quote } from '../../data/types.js';

const speakerId = (quote: Quote) => ('person' in quote.speaker ? quote.speaker.person : quote.speaker.organization);
import { baseStyles } from '../../internal/base-styles.js';
import { CaseElement } from '../../internal/case-element.js';
import { nearestIds, nearestPeople } from '../../data/nearest.js';
import { isProblem, type Problem } from '../../render/problem.js';
import type { RenderContext } from '../../render/context.js';
import { renderCorrections } from '../../render/corrections.js';
import { renderSources } from '../../render/sources.js';
import { safeHttpUrl } from '../../data/safe-url.js';
import type { JsonLd } from '../../structured-data/schema-org.js';
import type { SchemaOrg } from '../../internal/schema-org-loader.js';
import { styles } from './quote-block.styles.js';
import { keepsDefault } from '../../internal/keeps-default.js';

/**
 * Whether a quote is too long for the large pull-quote type: about thirty
 * words (or, in a language written without spaces, ninety characters) set
 * large and bold become a wall of text on a phone.
 */
function isLong(text: string): boolean {
  return text.split(/\s+/).length > 30 || text.replace(/\s/g, '').length > 180;
}

/** What a quote block shows: one quote, said by the day described. */
interface QuoteBlockModel {
  quote: Quote;
}

/**
 * A quotation from the story as a `<figure>`: the words in a `<blockquote>`,
 * and in the caption who said them, when, where, whether they are a
 * translation, and the sources.
 *
 * @summary An attributed, dated and sourced quotation.
 * @tagname quote-block
 * @csspart figure - The `<figure>` around quotation and caption.
 * @csspart quote - The quotation (`<blockquote>`).
 * @csspart original - The original-language wording (with `show-original`).
 * @csspart caption - The caption: speaker, date, setting, translation note, sources.
 * @csspart speaker - The speaker's name.
 * @csspart translation-note - Says the wording is a translation, and of what.
 */
export class QuoteBlock extends CaseElement<QuoteBlockModel> {
  static override styles = [baseStyles, styles];

  static override readonly shows = WIDGET_PARTS['quote-block'];

  /** Quote id, e.g. `zhao-lijian-2020-11-20`. */
  @property({ reflect: true })
  @keepsDefault
  quote = '';

  /** Person id or alias: shows that person's lead quote when `quote` is not set. */
  @property({ reflect: true })
  @keepsDefault
  person = '';

  /** Also show the wording in its original language beside the translation. */
  @property({ type: Boolean, reflect: true, attribute: 'show-original' }) showOriginal = false;

  protected override resolve(ctx: RenderContext): QuoteBlockModel | Problem {
    const quote = this.findQuote(ctx);
    if (isProblem(quote)) return quote;
    // A quote said after the day described did not exist yet on that day.
    if (ctx.hasAsOf && !ctx.known(quote.date)) {
      const attribute = this.quote.trim() !== '' ? 'quote' : 'person';
      return { kind: 'not-yet', attribute, value: this[attribute], date: quote.date, asOf: this.asOf };
    }
    return { quote };
  }

  protected override renderModel({ quote }: QuoteBlockModel, ctx: RenderContext): TemplateResult {
    const speaker = ctx.index.speakerOf(quote);
    // The first source's address, once the source details are here (the fallback HTML has them).
    const cite = ctx.index
      .sourcesFor(quote.sources)
      .filter(hasDetails)
      .map((source) => safeHttpUrl(source.url))
      .find((url) => url !== undefined);
    const role = this.speakerRole(ctx, quote);
    const original = ctx.originalOf(quote);
    // Also on an attribute the fallback HTML keeps, so dist/fallback.css sizes it as the widget does.
    const length = isLong(ctx.plain(quote.text)) ? 'long' : 'short';
    return html`<figure part="figure">
      <blockquote part="quote" class=${length} data-length=${length} cite=${cite ?? nothing}>
        <p>${ctx.text(quote.text)}</p>
      </blockquote>
      ${
        this.showOriginal && original
          ? html`<div class="original" part="original">
              <p class="small">${ctx.strings.originalWording}</p>
              <blockquote lang=${original.lang}><p>${original.text}</p></blockquote>
            </div>`
          : nothing
      }
      <figcaption part="caption">
        <p class="attribution">
          <span part="speaker" class="speaker">${speaker ? ctx.text(speaker.name) : nothing}</span>${
            role ? html`${ctx.strings.comma}${role}` : nothing
          }
        </p>
        <p class="small">${ctx.date(quote.date)} · ${ctx.text(quote.setting)}</p>
        ${
          original && quote.translationNote
            ? html`<p part="translation-note" class="small translation-note">
                ${ctx.strings.about(html`<strong>${ctx.strings.translationNote}</strong>`, ctx.text(quote.translationNote))}
              </p>`
            : nothing
        }
        ${renderCorrections(ctx, quote.id, speakerId(quote))} ${renderSources(ctx, quote.sources)}
      </figcaption>
    </figure>`;
  }

  protected override jsonLd({ quote }: QuoteBlockModel, ctx: RenderContext, schema: SchemaOrg): JsonLd[] {
    return [schema.quotationLd(ctx, quote), ...schema.correctionsLd(ctx, quote.id, speakerId(quote))];
  }

  private findQuote(ctx: RenderContext): Quote | Problem {
    const quoteIds = [...ctx.index.quotes.keys()];
    if (this.quote.trim() !== '') {
      const quote = ctx.index.quote(this.quote);
      return (
        quote ?? { kind: 'unknown', attribute: 'quote', value: this.quote, valid: nearestIds(this.quote, quoteIds) }
      );
    }
    if (this.person.trim() === '') {
      return { kind: 'missing', attribute: 'quote', alternative: 'person', valid: quoteIds.slice(0, 3) };
    }
    const person = ctx.index.person(this.person);
    const quote = person?.leadQuote === undefined ? undefined : ctx.index.quote(person.leadQuote);
    if (quote) return quote;
    const quoted = ctx.index.story.people.filter((p) => p.leadQuote !== undefined).map((p) => p.id);
    return {
      kind: 'unknown',
      attribute: 'person',
      value: this.person,
      valid: nearestPeople(ctx.index, this.person, quoted),
    };
  }

  /** The speaker's most recent role on the day of the quote, e.g. "Spokesperson of …". */
  private speakerRole(ctx: RenderContext, quote: Quote): TemplateResult | string | undefined {
    if (!('person' in quote.speaker)) return undefined;
    const person = ctx.index.people.get(quote.speaker.person);
    const day = parsePartialDate(quote.date);
    if (!person || !day) return undefined;
    const { roles, current } = rolesOn(person, day);
    const latest = roles.at(-1);
    return current && latest ? ctx.text(latest.title) : undefined;
  }
}
