/**
 * The shape of a Casefile story. The bundled story satisfies these types at
 * compile time; a story from elsewhere is checked against the same rules at run
 * time.
 */

/** The languages every user-visible string can be written in. */
export const LANGUAGES = ['en', 'fr', 'zh-Hans'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * A user-visible string. English is required; French and Simplified Chinese are
 * added per string, so a language can be completed without changing a type.
 */
export type Localized = { en: string } & { [L in Exclude<Language, 'en'>]?: string };

/**
 * A text that changes over time: either one Localized, true on every day, or
 * versions in date order, each true from its `from` day until the next one's.
 * A widget shows the version valid on the day it describes, so a sentence
 * true in November 2020 ("the two men are detained") is not shown after it
 * stopped being true. Before the first version's day, the first version.
 */
export type DatedText = Localized | readonly TextVersion[];

export interface TextVersion {
  from: DateString;
  text: Localized;
}

/**
 * A date written with exactly the precision that is known: `2018` (year),
 * `2018-12` (month) or `2018-12-10` (day). Never padded with an invented day.
 */
export type DateString = `${number}` | `${number}-${number}` | `${number}-${number}-${number}`;

/** A parsed {@link DateString}: the fields present are the precision. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

export type DatePrecision = 'year' | 'month' | 'day';

/** A name or phrase written in its own script, with the BCP 47 tag of that script. */
export interface NativeText {
  text: string;
  lang: string;
  /** Romanization, e.g. pinyin with tone marks. */
  romanized?: string;
}

/**
 * What kind of publisher a source is, which decides what it may support:
 * `official` (a government, parliament, court, ministry transcript,
 * prosecutor or company filing) and `news` (a news organization with an
 * editorial process) may carry a fact on their own; `state-media` (an outlet
 * a state controls), `reference` (an encyclopedia) and `other` may only add to
 * a fact that an official or news source already carries.
 */
export const SOURCE_KINDS = ['official', 'news', 'state-media', 'reference', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Kinds that may carry a fact on their own. */
export const CARRYING_SOURCE_KINDS: readonly SourceKind[] = ['official', 'news'];

/**
 * What every page knows of a source before its details are needed: enough
 * to count it, number it and tell on which day it may be cited. The bundled
 * story loads the rest (`Source`) only where a list or a link shows it.
 */
export interface SourceRef {
  id: string;
  /** Publication date, only where it is known (e.g. from the page's address). */
  published?: DateString;
}

/** Every fact cites at least one of these, by id. */
export interface Source extends SourceRef {
  /** Who published the page, e.g. "Global News". */
  publisher: string;
  /** What kind of publisher it is; see {@link SOURCE_KINDS}. */
  kind: SourceKind;
  /**
   * How the list names the page: the publisher's headline, in the page's
   * language, where it is known; otherwise a short description of what the
   * page reports, in the dataset's words, with `titleIsDescription` set.
   */
  title: Localized;
  /** True when `title` describes the page rather than quoting its headline. */
  titleIsDescription?: boolean;
  /** http(s) only; anything else is never rendered as a link. */
  url: string;
  /** BCP 47 tag of the page's language. */
  lang: string;
}

/** A role someone held, from one date to another. Open ends mean "before" or "still". */
export interface Role {
  title: Localized;
  from?: DateString;
  to?: DateString;
  /**
   * For a role with no known end: the last date the sources confirm it. Past
   * that date a widget still shows the role, but says "as of" that date
   * rather than presenting it as current.
   */
  confirmed?: DateString;
}

/** The legal situations a person of the story can be in, in the order they usually follow. */
export const STATUS_KINDS = [
  'detained',
  'formally-arrested',
  'charged',
  'tried',
  'sentenced',
  'arrested',
  'on-bail',
  'released',
  'charges-dismissed',
] as const;
export type StatusKind = (typeof STATUS_KINDS)[number];

/** Kinds that mean the person is held by the authorities. */
export const CUSTODY_KINDS: readonly StatusKind[] = [
  'detained',
  'formally-arrested',
  'charged',
  'tried',
  'sentenced',
  'arrested',
];

/**
 * One step of a person's legal situation, true from `from` until the next
 * step's `from`.
 */
export interface StatusPeriod {
  kind: StatusKind;
  from: DateString;
  /** What the step was, in a phrase, e.g. "Sentenced to 11 years for espionage". */
  detail: Localized;
  /** Where the person was, e.g. "Beijing". */
  place?: Localized;
  sources: readonly string[];
}

export interface Person {
  id: string;
  /** Other ids that resolve to this person, e.g. a pinyin spelling. */
  aliases: readonly string[];
  name: Localized;
  /** The name in its own script, when the person is known by one. */
  nativeName?: NativeText;
  roles: readonly Role[];
  nationality: Localized;
  /** Two or three neutral sentences. */
  bio: Localized;
  /** Only for people whose legal situation is part of the story. */
  status?: readonly StatusPeriod[];
  /** The quote `<quote-block person="…">` shows. */
  leadQuote?: string;
  sources: readonly string[];
}

export interface Organization {
  id: string;
  name: Localized;
  nativeName?: NativeText;
  /** What it is, in a phrase. */
  description: Localized;
  sources: readonly string[];
}

/** Who said a quote: a person or an organization, by id. */
export type Speaker = { person: string } | { organization: string };

export interface Quote {
  id: string;
  speaker: Speaker;
  date: DateString;
  /** Where and how it was said, e.g. "Regular press conference, Beijing". */
  setting: Localized;
  /** The wording shown to readers, in the widget's language where available. */
  text: Localized;
  /** The wording as said, when the shown text is a translation of it. */
  original?: NativeText;
  /** Present when the shown wording is a translation: says from what, and how sure. */
  translationNote?: Localized;
  sources: readonly string[];
}

export interface CaseEvent {
  id: string;
  date: DateString;
  title: Localized;
  /** People the event involves, by id. */
  people: readonly string[];
  /** True when the source article reports the event; false for developments known from elsewhere or later. */
  inArticle: boolean;
  sources: readonly string[];
}

/** One party's stance, stated in a sentence and supported by quotes. */
export interface Position {
  id: string;
  /** The party, an organization id (a government). */
  party: string;
  /** The party's position in its own terms; versions where it changed. */
  stance: DatedText;
  quotes: readonly string[];
  sources: readonly string[];
}

/**
 * What an entry of `corrections` says about the reviewed report: `correction`,
 * that something it said is false; `clarification`, that something it said
 * is imprecise, dated or unconfirmed, and what is known instead.
 */
export const CORRECTION_KINDS = ['correction', 'clarification'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/** What the reviewed report got wrong or left imprecise, what is verified instead, and who says so. */
export interface Correction {
  id: string;
  /** `correction` or `clarification`; a dataset written before the distinction means `correction`. */
  kind?: CorrectionKind;
  /** The entity whose widget shows the correction (person, quote, event or organization id). */
  subject: string;
  /** Other entities whose widgets show it too, e.g. both events of one sentence about two visits. */
  alsoOn?: readonly string[];
  /** The report's wording, quoted. */
  articleSaid: string;
  verified: Localized;
  sources: readonly string[];
}

export interface Case {
  id: string;
  /** Versions where a later development made the earlier wording untrue. */
  headline: DatedText;
  summary: DatedText;
  /** People the summary names first, by id. */
  keyPeople: readonly string[];
  /** Event ids for the key dates. */
  keyDates: readonly string[];
  positions: readonly string[];
  /** When the source article was published (the story's "as of" date). */
  articleDate: DateString;
  sources: readonly string[];
}

/**
 * The report a dataset reviews: what its corrections and its "in the report"
 * labels refer to. Widgets name it by its publisher and date, or, when the
 * publisher is not known, as "the reviewed report" of its date; never as
 * "the article", which on a newsroom's page would read as its own.
 */
export interface ReviewedReport {
  /** Who published it, e.g. "Example Gazette"; absent when it is not known. */
  publisher?: string;
  /** Its headline, as published (in `lang`). */
  title: string;
  /** When it was published, at the precision that is known. */
  date: DateString;
  /** BCP 47 tag of the text reviewed. */
  lang: string;
  /** True when the text reviewed is a machine translation. */
  machineTranslated?: boolean;
  /** BCP 47 tag of the language the text was translated from, where known. */
  translatedFrom?: string;
  /** http(s) only; anything else is never rendered as a link. */
  url?: string;
}

/** A whole story: everything a set of widgets can show. */
export interface Story {
  /** The report the corrections correct; without it, widgets name "the reviewed report" by the case's `articleDate`. */
  report?: ReviewedReport;
  cases: readonly Case[];
  people: readonly Person[];
  organizations: readonly Organization[];
  quotes: readonly Quote[];
  events: readonly CaseEvent[];
  positions: readonly Position[];
  corrections: readonly Correction[];
  sources: readonly Source[];
}

/**
 * A story that may be partly loaded: the bundled story, whose parts load as
 * widgets need them (`story-split.ts`), its sources known by reference only
 * until a widget shows a source's publisher, title or address. Every `Story`
 * is one.
 */
export interface PartialStory extends Omit<Story, 'sources'> {
  sources: readonly SourceRef[];
  /**
   * For a story loaded in parts (the bundled one): source id to the first
   * day a fact of the whole story cites it (`null`: an undated fact), so that
   * sources are numbered alike whatever parts a page has loaded.
   */
  firstCited?: Readonly<Record<string, number | null>>;
}

/** A story with nothing in it: every list empty, in the order a story's JSON lists them. */
export function emptyStory(): Story {
  return {
    cases: [],
    people: [],
    organizations: [],
    quotes: [],
    events: [],
    positions: [],
    corrections: [],
    sources: [],
  };
}

/** Whether a source's details (publisher, title, address) are at hand. */
export function hasDetails(source: SourceRef): source is Source {
  return 'url' in source;
}
