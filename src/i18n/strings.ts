import type { TemplateResult } from 'lit';
import type { Language } from '../data/types.js';
import { en } from './catalogs/en.js';
import { fr } from './catalogs/fr.js';
import { zhHans } from './catalogs/zh-hans.js';

/**
 * Every label, sentence and notice a widget writes around the data, in one
 * language. A function takes what it places in the sentence (a `<time>`, a
 * number already formatted), so each language can put it where its grammar
 * wants it.
 */
export interface UiStrings {
  /** Separates the parts of a phrase: "Zhao Lijian, 20 November 2020". */
  comma: string;
  /** Separates items that hold commas themselves: two roles. */
  semicolon: string;
  /** An aside in brackets: " (as of November 2020)". */
  aside: (content: unknown) => TemplateResult;
  sources: string;
  /** The label of a widget's closed source list, with how many it holds: "Sources (4)". */
  sourcesCount: (count: string) => string;
  /** After the publisher of an outlet a state controls. */
  stateMedia: string;
  /** After a source title that describes the page rather than quoting its headline, brackets included. */
  describedTitle: string;
  nationality: string;
  status: string;
  keyPeople: string;
  sides: string;
  keyDates: string;
  timeline: string;
  asOf: (date: unknown) => TemplateResult;
  /** After a role the sources confirm only up to a date: "as of November 2020". */
  roleAsOf: (date: unknown) => TemplateResult;
  since: (date: unknown) => TemplateResult;
  dateRange: (from: unknown, to: unknown) => TemplateResult;
  /** Joins a label and what it is about: "Timeline: Michael Kovrig", "10 November 2020: …". */
  about: (label: unknown, subject: unknown) => TemplateResult;
  days: (count: number) => string;
  inCustodyFor: (days: string) => string;
  afterInCustody: (days: string) => string;
  /** Timeline labels: an event the source article reports, one it does not, one after it. */
  inArticle: string;
  alludedInArticle: string;
  notInArticle: string;
  laterDevelopment: string;
  noEvents: string;
  /** The button under a long timeline: how many events it shows of how many. */
  showMoreEvents: (shown: string, total: string) => string;
  /** The button under the key events: "Show all 29 events". */
  showAllEvents: (total: string) => string;
  /** Marks a quote shown in translation. */
  translated: string;
  originalWording: string;
  translationNote: string;
  correctionOf: (articleSaid: string) => TemplateResult;
  corrections: (count: number) => string;
  /** Visible notice when a widget cannot render what it was asked. */
  notice: (problem: string) => string;
  /** What a reader sees of that notice: one plain sentence, no attribute syntax. */
  noticeForReaders: string;
  /** Labels the disclosure holding the notice's details, for editors. */
  noticeDetails: string;
  noticeAttributeMissing: (attribute: string, alternative?: string) => string;
  noticeUnknownId: (attribute: string, value: string) => string;
  noticeBadValue: (attribute: string, value: string, allowed: string) => string;
  noticeBadDate: (attribute: string, value: string) => string;
  noticeNotYet: (attribute: string, value: string, asOf: string) => string;
  noticeOrder: (attribute: string, value: string, other: string, otherValue: string) => string;
  noticeDidYouMean: (ids: string) => string;
  noticeUnexpected: string;
  /** `<case-data>`'s notice when its dataset cannot be used. */
  datasetUnusable: string;
  moreErrors: (count: number) => string;
}

const catalogs: Record<Language, UiStrings> = { en, fr, 'zh-Hans': zhHans };

/** The strings for a language. */
export function stringsFor(language: Language): { strings: UiStrings; lang: Language } {
  return { strings: catalogs[language], lang: language };
}
