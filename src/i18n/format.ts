import { parsePartialDate, precisionOf } from '../data/partial-date.js';
import type { DatePrecision, Language, PartialDate } from '../data/types.js';

// Intl formatters are costly to build and immutable: one per language and shape.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const languageNames = new Map<string, Intl.DisplayNames>();

const DATE_OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

/**
 * The locale whose conventions dates follow. English dates are written day
 * first ("10 November 2020"), as the story's own text writes them.
 */
const DATE_LOCALES: Record<Language, string> = { en: 'en-GB', fr: 'fr-CA', 'zh-Hans': 'zh-Hans' };

function dateFormat(language: Language, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${language}|${precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(DATE_LOCALES[language], DATE_OPTIONS[precision]);
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * A date as a reader expects it, never more precise than it is known:
 * `2018-12` is "December 2018", not "1 December 2018". Calendar dates are
 * formatted in UTC so no timezone can move them to the day before.
 */
export function formatPartialDate(date: PartialDate | string, language: Language): string {
  const parsed = typeof date === 'string' ? parsePartialDate(date) : date;
  if (!parsed) return String(date);
  const instant = new Date(Date.UTC(parsed.year, (parsed.month ?? 1) - 1, parsed.day ?? 1));
  // Years before 100 would be read as 19xx by Date.UTC.
  instant.setUTCFullYear(parsed.year);
  const text = dateFormat(language, precisionOf(parsed)).format(instant);
  // French writes the first of the month as an ordinal: « 1er décembre 2022 ».
  return language === 'fr' && parsed.day === 1 ? text.replace(/^1(?=\s)/, '1er') : text;
}

export function formatNumber(value: number, language: Language): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language);
    numberFormats.set(language, format);
  }
  return format.format(value);
}

/** A language's name in another language ("Chinese", « chinois », 中文), or the tag itself. */
export function formatLanguageName(tag: string, language: Language): string {
  try {
    let names = languageNames.get(language);
    if (!names) {
      names = new Intl.DisplayNames([language], { type: 'language' });
      languageNames.set(language, names);
    }
    return names.of(tag) ?? tag;
  } catch {
    // A tag that is not well formed.
    return tag;
  }
}
