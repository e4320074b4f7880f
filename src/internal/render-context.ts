import { html, nothing, type TemplateResult } from 'lit';
import { dayRange, happenedBy, parsePartialDate, toIso } from '../data/partial-date.js';
import type { StoryIndex } from '../data/story-index.js';
import type { Language, Localized, NativeText, PartialDate, Quote, Source } from '../data/types.js';
import { formatPartialDate } from '../i18n/format.js';
import { localize } from '../i18n/language.js';
import type { UiStrings } from '../i18n/strings.js';

/**
 * Everything a widget's template needs to turn data into reader-facing text:
 * the story, the language the widget speaks, its strings, and the day it
 * describes.
 */
export class RenderContext {
  constructor(
    readonly index: StoryIndex,
    /** The language of the widget's own words (its root carries this `lang`). */
    readonly lang: Language,
    readonly strings: UiStrings,
    /** The day the widget describes: its `as-of`, or today. */
    readonly day: Required<PartialDate>,
    /** Whether `day` came from an `as-of` attribute. */
    readonly hasAsOf: boolean,
  ) {}

  /** A dataset string in the widget's language; a fallback is wrapped in its own `lang`. */
  text(value: Localized): TemplateResult | string {
    const { text, lang } = localize(value, this.lang);
    return lang === this.lang ? text : html`<span lang=${lang}>${text}</span>`;
  }

  /**
   * The original wording of a quote when the widget shows it in translation;
   * undefined when it shows the words as they were said.
   */
  originalOf(quote: Quote): NativeText | undefined {
    const shownIn = localize(quote.text, this.lang).lang;
    return quote.original && quote.original.lang !== shownIn ? quote.original : undefined;
  }

  /** Plain text of a dataset string, for attributes and sentences built around it. */
  plain(value: Localized): string {
    return localize(value, this.lang).text;
  }

  /** Text in its own script, always marked with its language. */
  native(value: NativeText | undefined, part: string): TemplateResult | typeof nothing {
    if (!value) return nothing;
    return html`<span part=${part} class=${part}
      ><span lang=${value.lang}>${value.text}</span>${value.romanized
        ? html` <span lang="${value.lang.split('-')[0]}-Latn">${value.romanized}</span>`
        : nothing}</span
    >`;
  }

  /** A `<time>` with the date at its true precision. */
  date(value: string): TemplateResult | string {
    const parsed = parsePartialDate(value);
    if (!parsed) return value;
    return html`<time datetime=${toIso(parsed)}>${formatPartialDate(parsed, this.lang)}</time>`;
  }

  /** Whether the day described is after every day a (partial) date can mean. */
  after(value: string): boolean {
    const parsed = parsePartialDate(value);
    return parsed !== undefined && dayRange(this.day).first > dayRange(parsed).last;
  }

  /**
   * A source can be cited on the day described unless it was published later,
   * or is needed only for facts that came later (it reports the future).
   */
  citable(source: Source): boolean {
    return this.index.availableFrom(source) <= dayRange(this.day).first;
  }

  /** Whether a dated fact had happened by the day the widget describes. */
  known(value: string): boolean {
    const parsed = parsePartialDate(value);
    return parsed !== undefined && happenedBy(parsed, this.day);
  }
}
