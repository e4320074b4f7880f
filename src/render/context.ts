import { html, nothing, type TemplateResult } from 'lit';
import { plainText, segments } from '../data/marked-text.js';
import { dayRange, happenedBy, parsePartialDate, precisionOf, toIso } from '../data/partial-date.js';
import type { StoryIndex } from '../data/story-index.js';
import type { DatedText, Language, Localized, NativeText, PartialDate, Quote, SourceRef } from '../data/types.js';
import { formatLanguageName, formatPartialDate } from '../i18n/format.js';
import { localize } from '../i18n/language.js';
import type { ReportName, UiStrings } from '../i18n/strings.js';

/** Where a widget's closed source lists stand (`RenderContext.sourceDetails`). */
export interface SourceDetailsState {
  /** The bundled story's source details are still to come (never for a story a page provides). */
  pending: boolean;
  /** The last try to load them failed. */
  failed: boolean;
  /** A reader has reached for one of the widget's lists, so they list their sources. */
  reached: boolean;
  /** What reaching for a list does: marks them reached, and loads the details if they are to come. */
  reach: () => void;
}

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
    /**
     * Whether the widget shows its corrections and clarifications to the
     * reviewed report, and says which events the report carried: only when
     * asked (`corrections`), since on a newsroom's page notes about another
     * outlet's report distract from its own story.
     */
    readonly corrections = false,
    /**
     * The widget's closed source lists, which fill only once a reader is
     * about to open one (and the bundled story's source details load then):
     * a page where no list is opened neither downloads nor renders them.
     */
    readonly sourceDetails: SourceDetailsState = {
      pending: false,
      failed: false,
      reached: true,
      reach: () => undefined,
    },
  ) {}

  /** A dataset string in the widget's language; a fallback is wrapped in its own `lang`. */
  text(value: Localized): TemplateResult | string {
    const { text, lang } = localize(value, this.lang);
    const pieces = segments(text);
    // Words marked as another language (`{{zh-Hans|马前卒}}`) get their own `lang`.
    const content =
      pieces.length === 1 && typeof pieces[0] === 'string'
        ? pieces[0]
        : html`${pieces.map((piece) => (typeof piece === 'string' ? piece : html`<span lang=${piece.lang}>${piece.text}</span>`))}`;
    return lang === this.lang ? content : html`<span lang=${lang}>${content}</span>`;
  }

  /** The version of a dated text valid on the day described: the last begun by then, else the first. */
  version(value: DatedText): Localized {
    if (!Array.isArray(value)) return value as Localized;
    const versions = value as DatedText & readonly { from: string; text: Localized }[];
    // The validator lets no list of versions be empty; an empty one reads as an empty text.
    let chosen = versions[0]?.text ?? { en: '' };
    for (const version of versions) if (this.known(version.from)) chosen = version.text;
    return chosen;
  }

  /**
   * The original wording of a quote when the widget shows it in translation;
   * undefined when it shows the words as they were said.
   */
  originalOf(quote: Quote): NativeText | undefined {
    const shownIn = localize(quote.text, this.lang).lang;
    return quote.original && quote.original.lang !== shownIn ? quote.original : undefined;
  }

  /**
   * How this widget names the report the dataset reviews: its publisher and
   * date, or its date alone (the story's `report`, else the first case's
   * `articleDate`).
   */
  reportName(): ReportName {
    const { report, cases } = this.index.story;
    const date = report?.date ?? cases[0]?.articleDate;
    const parsed = date === undefined ? undefined : parsePartialDate(date);
    return {
      publisher: report?.publisher,
      date: parsed && date !== undefined ? this.date(date) : undefined,
      precision: parsed && precisionOf(parsed),
      lang: report?.lang ?? 'en',
    };
  }

  /** A language's name in the widget's language ("Chinese", « chinois », 中文), or the tag itself. */
  languageName(tag: string): string {
    return formatLanguageName(tag, this.lang);
  }

  /** Plain text of a dataset string, for attributes and sentences built around it. */
  plain(value: Localized): string {
    return plainText(localize(value, this.lang).text);
  }

  /** Text in its own script, always marked with its language. */
  native(value: NativeText | undefined, part: string, shownAs?: Localized): TemplateResult | typeof nothing {
    if (!value) return nothing;
    // A Chinese widget already writes 孟晚舟 as the name: the name in its own script would say it twice.
    if (shownAs && localize(shownAs, this.lang).text === value.text) {
      return value.romanized
        ? html`<span part=${part} class=${part}
            ><span lang="${value.lang.split('-')[0]}-Latn">${value.romanized}</span></span
          >`
        : nothing;
    }
    return html`<span part=${part} class=${part}
      ><span lang=${value.lang}>${value.text}</span>${
        value.romanized ? html` <span lang="${value.lang.split('-')[0]}-Latn">${value.romanized}</span>` : nothing
      }</span
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
  citable(source: SourceRef): boolean {
    return this.index.availableFrom(source) <= dayRange(this.day).first;
  }

  /** Whether a dated fact had happened by the day the widget describes. */
  known(value: string): boolean {
    const parsed = parsePartialDate(value);
    return parsed !== undefined && happenedBy(parsed, this.day);
  }
}
