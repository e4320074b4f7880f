import type { DatePrecision } from '../data/types.js';

/**
 * A sentence put together from words and values a widget renders (a date in
 * its <time>, a name in its own script): the pieces in reading order. Catalogs
 * are plain data; the render layer turns a Phrase into markup.
 */
export type Phrase = string | readonly unknown[];

/**
 * How a widget names the report the dataset reviews: by its publisher and
 * date, or, with no publisher, as "the reviewed report" of its date. Never
 * "the article": on a newsroom's page that would read as its own.
 */
export interface ReportName {
  publisher?: string;
  /** The report's date as a `<time>`, at its precision; absent when the story gives none. */
  date?: unknown;
  precision?: DatePrecision;
  /** The language of the report's wording, for the words a correction quotes. */
  lang: string;
}

/** What `<case-summary>` says about the reviewed report. */
export interface ReportFacts {
  name: ReportName;
  /** The headline, marked with its language. */
  title: unknown;
  /** The language it was machine-translated from, as a name in the widget's language; '' when not known. */
  translatedFrom?: string;
  machineTranslated: boolean;
}

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
  aside: (content: unknown) => Phrase;
  sources: string;
  /** The label of a widget's closed source list, with how many it holds: "Sources (4)". */
  sourcesCount: (count: string) => string;
  /** In an opened source list whose details could not be loaded (the network failed). */
  sourcesUnavailable: string;
  /** After the publisher of an outlet a state controls. */
  stateMedia: string;
  nationality: string;
  status: string;
  keyPeople: string;
  sides: string;
  keyDates: string;
  timeline: string;
  asOf: (date: unknown) => Phrase;
  /** After a role the sources confirm only up to a date: "as of November 2020". */
  roleAsOf: (date: unknown) => Phrase;
  since: (date: unknown) => Phrase;
  dateRange: (from: unknown, to: unknown) => Phrase;
  /** Joins a label and what it is about: "Timeline: Michael Kovrig", "10 November 2020: …". */
  about: (label: unknown, subject: unknown) => Phrase;
  days: (count: number) => string;
  inCustodyFor: (days: string) => string;
  afterInCustody: (days: string) => string;
  /** Timeline labels: an event the reviewed report reports, one it touches on loosely, one it does not, one after it. */
  inReport: (report: ReportName) => Phrase;
  alludedInReport: (report: ReportName) => Phrase;
  notInReport: (report: ReportName) => Phrase;
  afterReport: (report: ReportName) => Phrase;
  /** The reviewed report: headline, publisher (or that it is not known), date, translation. */
  reviewedReport: (report: ReportFacts) => Phrase;
  noEvents: string;
  /** The button under a long timeline: how many events it shows of how many. */
  showMoreEvents: (shown: string, total: string) => string;
  /** Above a timeline that shows only some events: "Key events · 7 of 26", "First 3 of 26 events". */
  keyEventsShown: (shown: string, total: string) => string;
  firstEventsShown: (shown: string, total: string) => string;
  /** The button that takes a fully shown timeline back to its key events. */
  showKeyEvents: string;
  /** The button under the key events: "Show all 29 events". */
  showAllEvents: (total: string) => string;
  /** Marks a quote shown in translation. */
  translated: string;
  originalWording: string;
  translationNote: string;
  /** The summary of a correction (the report said something false) and of a clarification (imprecise or dated). */
  correctionOf: (report: ReportName, said: unknown) => Phrase;
  /** A clarification's name, for structured data, and the label of one in <case-corrections>. */
  clarification: string;
  /** The label of a correction in <case-corrections>. */
  correction: string;
  /** <case-corrections>' heading: "Fact-check of the reviewed report of November 2020". */
  factCheckOf: (report: ReportName) => Phrase;
  /** Before the report's wording in <case-corrections>: "It said". */
  reportSaid: (said: unknown) => Phrase;
  /** Said when the dataset corrects nothing. */
  noCorrections: string;
  /** Said by the fact-check as of a day before the report it checks was published. */
  reportNotYet: (date: unknown) => Phrase;
  clarificationOf: (report: ReportName, said: unknown) => Phrase;
  /** How many corrections and clarifications the dataset makes to the report. */
  corrections: (corrections: number, clarifications: number, report: ReportName) => Phrase;
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
  /** Suggests the valid ids, each quoted and the list joined as the language punctuates it. */
  noticeDidYouMean: (ids: readonly string[]) => string;
  noticeUnexpected: string;
  /** `<case-data>`'s notice when its dataset cannot be used. */
  datasetUnusable: string;
  moreErrors: (count: number) => string;
}
