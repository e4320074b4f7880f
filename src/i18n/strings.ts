import { html, type TemplateResult } from 'lit';
import type { Language } from '../data/types.js';
import { formatNumber } from './format.js';

const pluralRules = new Map<Language, Intl.PluralRules>();

/** Chooses a plural form through Intl.PluralRules (cached per language). */
export function plural(language: Language, count: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  const form = forms[rules.select(count)] ?? forms.other;
  return form.replace('{n}', formatNumber(count, language));
}

/** Every label, sentence and notice a widget writes around the data. */
export interface UiStrings {
  sources: string;
  role: string;
  nationality: string;
  status: string;
  keyPeople: string;
  sides: string;
  keyDates: string;
  asOf: (date: unknown) => TemplateResult;
  since: (date: unknown) => TemplateResult;
  dateRange: (from: unknown, to: unknown) => TemplateResult;
  days: (count: number) => string;
  inCustodyFor: (days: string) => string;
  afterInCustody: (days: string) => string;
  /** Timeline labels: an event the source article reports, one it does not, one after it. */
  inArticle: string;
  notInArticle: string;
  laterDevelopment: string;
  noEvents: string;
  timeline: string;
  /** Marks a quote shown in translation. */
  translated: string;
  originalWording: string;
  translationNote: string;
  correction: string;
  correctionOf: (articleSaid: string) => TemplateResult;
  articleSaid: string;
  corrections: (count: number) => string;
  /** Visible notice when a widget cannot render what it was asked. */
  notice: (problem: string) => string;
  noticeAttributeMissing: (attribute: string, alternative?: string) => string;
  noticeUnknownId: (attribute: string, value: string) => string;
  noticeBadValue: (attribute: string, value: string, allowed: string) => string;
  noticeBadDate: (attribute: string, value: string) => string;
  noticeNotYet: (attribute: string, value: string, asOf: string) => string;
  noticeDidYouMean: (ids: string) => string;
  noticeUnexpected: string;
}

const en: UiStrings = {
  sources: 'Sources',
  role: 'Role',
  nationality: 'Nationality',
  status: 'Status',
  keyPeople: 'Key people',
  sides: 'The two sides',
  keyDates: 'Key dates',
  asOf: (date) => html`As of ${date}`,
  since: (date) => html`since ${date}`,
  dateRange: (from, to) => html`${from} – ${to}`,
  days: (count) => plural('en', count, { one: '{n} day', other: '{n} days' }),
  inCustodyFor: (days) => `in detention for ${days}`,
  afterInCustody: (days) => `after ${days} in detention`,
  inArticle: 'In the article',
  notInArticle: 'Not in the article',
  laterDevelopment: 'Later development',
  noEvents: 'No events in this period.',
  timeline: 'Timeline',
  translated: 'translated',
  originalWording: 'Original wording',
  translationNote: 'Translation note',
  correction: 'Correction',
  correctionOf: (said) => html`Correction: the article said <q lang="en">${said}</q>`,
  articleSaid: 'The source article said',
  corrections: (count) =>
    plural('en', count, { one: '{n} correction to the source article', other: '{n} corrections to the source article' }),
  notice: (problem) => `This story widget could not be shown: ${problem}`,
  noticeAttributeMissing: (attribute, alternative) =>
    alternative ? `it needs a “${attribute}” or “${alternative}” attribute.` : `the “${attribute}” attribute is missing.`,
  noticeUnknownId: (attribute, value) => `no entry matches ${attribute}="${value}".`,
  noticeBadValue: (attribute, value, allowed) => `${attribute}="${value}" is not one of ${allowed}.`,
  noticeBadDate: (attribute, value) => `${attribute}="${value}" is not a date written as YYYY-MM-DD.`,
  noticeNotYet: (attribute, value, asOf) => `${attribute}="${value}" is later than ${asOf}, the date this widget describes.`,
  noticeDidYouMean: (ids) => `Did you mean ${ids}?`,
  noticeUnexpected: 'its data could not be read.',
};

const catalogs: Partial<Record<Language, UiStrings>> = { en };

/**
 * The strings for a language, and the language they are really in: a language
 * without a catalog yet gets English, marked as English.
 */
export function stringsFor(language: Language): { strings: UiStrings; lang: Language } {
  const strings = catalogs[language];
  return strings ? { strings, lang: language } : { strings: en, lang: 'en' };
}
