import { dayRange, parsePartialDate } from './partial-date.js';
import type {
  Case,
  CaseEvent,
  Correction,
  Organization,
  PartialStory,
  Person,
  Position,
  Quote,
  SourceRef,
} from './types.js';

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/**
 * Look-ups into one story by id, through maps built once per story object.
 * Widgets share the index, so a page of twenty widgets indexes the story once.
 */
export class StoryIndex {
  readonly people: ReadonlyMap<string, Person>;
  /** Aliases and ids alike, to the person's id. */
  readonly personIds: ReadonlyMap<string, string>;
  readonly organizations: ReadonlyMap<string, Organization>;
  readonly quotes: ReadonlyMap<string, Quote>;
  readonly events: ReadonlyMap<string, CaseEvent>;
  readonly positions: ReadonlyMap<string, Position>;
  readonly sources: ReadonlyMap<string, SourceRef>;
  readonly cases: ReadonlyMap<string, Case>;
  /**
   * The story's numbered source list: sources by the first day a reader can
   * see them (see `availableFrom`), ties in the story's order. On any day the
   * sources a widget may cite are therefore the first n of this list, and the
   * numbers a reader sees run 1 to n without gaps.
   */
  readonly sourceList: readonly SourceRef[];
  /** Source id to its number in `sourceList` (1-based), as every widget cites it. */
  readonly sourceNumbers: ReadonlyMap<string, number>;
  readonly correctionsBySubject: ReadonlyMap<string, readonly Correction[]>;
  /**
   * Source id to the first day it is needed: the earliest dated fact (event,
   * quote, status) that cites it, or -Infinity when an undated fact (a
   * biography, a position) cites it. A source needed only for what happened
   * later reports the future, and is not cited as of an earlier day.
   */
  readonly firstCited: ReadonlyMap<string, number>;

  constructor(readonly story: PartialStory) {
    this.people = byId(story.people);
    this.personIds = new Map(
      story.people.flatMap((person) => [
        [person.id, person.id] as const,
        ...person.aliases.map((alias) => [alias, person.id] as const),
      ]),
    );
    this.organizations = byId(story.organizations);
    this.quotes = byId(story.quotes);
    this.events = byId(story.events);
    this.positions = byId(story.positions);
    this.sources = byId(story.sources);
    this.cases = byId(story.cases);
    this.firstCited = story.firstCited
      ? new Map(Object.entries(story.firstCited).map(([id, day]) => [id, day ?? -Infinity]))
      : firstCitations(story);
    const from = new Map(story.sources.map((source) => [source.id, this.availableFrom(source)]));
    this.sourceList = story.sources
      .map((source, i) => ({ source, i }))
      .sort((a, b) => (from.get(a.source.id) ?? 0) - (from.get(b.source.id) ?? 0) || a.i - b.i)
      .map(({ source }) => source);
    this.sourceNumbers = new Map(this.sourceList.map((source, i) => [source.id, i + 1]));
    const corrections = new Map<string, Correction[]>();
    for (const correction of story.corrections) {
      for (const subject of new Set([correction.subject, ...(correction.alsoOn ?? [])])) {
        corrections.set(subject, [...(corrections.get(subject) ?? []), correction]);
      }
    }
    this.correctionsBySubject = corrections;
  }

  /**
   * The first day a widget may cite a source: once a fact needs it (see
   * `firstCited`) and once it is published (a month- or year-precision date
   * counts once it is over). -Infinity for a source every day may cite.
   */
  availableFrom(source: SourceRef): number {
    const parsed = source.published === undefined ? undefined : parsePartialDate(source.published);
    const published = parsed ? dayRange(parsed).last : -Infinity;
    return Math.max(this.firstCited.get(source.id) ?? -Infinity, published);
  }

  /** A person by id or alias (`kang-mingkai` finds Michael Kovrig). */
  person(idOrAlias: string): Person | undefined {
    const id = this.personIds.get(idOrAlias.trim().toLowerCase());
    return id === undefined ? undefined : this.people.get(id);
  }

  quote(id: string): Quote | undefined {
    return this.quotes.get(id.trim().toLowerCase());
  }

  case(id: string): Case | undefined {
    return this.cases.get(id.trim().toLowerCase());
  }

  /** The name of whoever said a quote, person or organization. */
  speakerOf(quote: Quote): Person | Organization | undefined {
    return 'person' in quote.speaker
      ? this.people.get(quote.speaker.person)
      : this.organizations.get(quote.speaker.organization);
  }

  /** The corrections and clarifications a widget about `subject` shows (its `subject` or one of its `alsoOn`). */
  correctionsFor(subject: string): readonly Correction[] {
    return this.correctionsBySubject.get(subject) ?? [];
  }

  /**
   * The source ids behind any entity: a person (and the steps of their
   * status), an organization, quote, event, position, correction or case.
   * Undefined when no entity has that id.
   */
  sourcesOf(id: string): readonly string[] | undefined {
    const key = id.trim().toLowerCase();
    const person = this.person(key);
    if (person) return [...person.sources, ...(person.status ?? []).flatMap((period) => period.sources)];
    const entity =
      this.organizations.get(key) ??
      this.quotes.get(key) ??
      this.events.get(key) ??
      this.positions.get(key) ??
      this.cases.get(key) ??
      this.story.corrections.find((correction) => correction.id === key);
    return entity?.sources;
  }

  /** Every id `sourcesOf` answers for, for suggestions. */
  entityIds(): string[] {
    return [
      ...this.personIds.keys(),
      ...this.organizations.keys(),
      ...this.quotes.keys(),
      ...this.events.keys(),
      ...this.positions.keys(),
      ...this.cases.keys(),
      ...this.story.corrections.map((correction) => correction.id),
    ];
  }

  /** Sources by id, in the order of the story's numbered list. */
  sourcesFor(ids: readonly string[]): SourceRef[] {
    return [...new Set(ids)]
      .map((id) => this.sources.get(id))
      .filter((source) => source !== undefined)
      .sort((a, b) => (this.sourceNumbers.get(a.id) ?? 0) - (this.sourceNumbers.get(b.id) ?? 0));
  }
}

/**
 * Source id to the first day a fact of the story cites it (-Infinity: an
 * undated fact), computed over every entity the story holds.
 */
export function firstCitations(story: PartialStory): Map<string, number> {
  const first = new Map<string, number>();
  const cite = (sources: readonly string[], date?: string) => {
    const parsed = date === undefined ? undefined : parsePartialDate(date);
    const day = parsed ? dayRange(parsed).first : -Infinity;
    for (const id of sources) first.set(id, Math.min(first.get(id) ?? Infinity, day));
  };
  for (const person of story.people) {
    cite(person.sources);
    for (const period of person.status ?? []) cite(period.sources, period.from);
  }
  for (const quote of story.quotes) cite(quote.sources, quote.date);
  for (const event of story.events) cite(event.sources, event.date);
  for (const undated of [...story.organizations, ...story.positions, ...story.corrections, ...story.cases])
    cite(undated.sources);
  return first;
}

const indexes = new WeakMap<PartialStory, StoryIndex>();

/** The index of a story, built on first use and kept while the story lives. */
export function indexStory(story: PartialStory): StoryIndex {
  let index = indexes.get(story);
  if (!index) {
    index = new StoryIndex(story);
    indexes.set(story, index);
  }
  return index;
}
