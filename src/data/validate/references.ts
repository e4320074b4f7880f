import { compareDates, parsePartialDate } from '../partial-date.js';
import { child, isEntry, show, type Entry, type Report } from './report.js';

/** One entry of a collection, or of a list inside an entry, with its path. */
interface Located {
  entry: Entry;
  path: string;
}

/** An id written where another entry is meant, with its path. */
interface Reference {
  id: string;
  path: string;
}

/**
 * The rules between entries, which JSON Schema cannot state: ids are unique,
 * references resolve, status periods are in date order. Reads only what has
 * the right shape, so it runs on a story the schema walk has found broken too,
 * and reports both kinds of error in one pass.
 */
export function checkReferences(story: Entry, report: Report): void {
  const steps = referenceChecks(story, report);
  while (!steps.next().done);
}

/**
 * The same checks as {@link checkReferences}, one entry per step, so a caller
 * can hand the main thread back between steps on a very large story.
 */
export function referenceChecks(story: Entry, report: Report): Iterator<void> {
  return new References(story, report).steps();
}

class References {
  /** A person's ids and aliases share one namespace, since either finds the person in a widget attribute. */
  private readonly personNames = new Map<string, string>();
  /** Person ids only: the story refers to a person by id, never by alias. */
  private readonly people = new Map<string, string>();
  /** Alias → the person's id, to suggest the id when a reference uses an alias. */
  private readonly aliases = new Map<string, string>();
  private readonly organizations = new Map<string, string>();
  private readonly quotes = new Map<string, string>();
  private readonly events = new Map<string, string>();
  private readonly positions = new Map<string, string>();
  private readonly corrections = new Map<string, string>();
  private readonly cases = new Map<string, string>();
  private readonly sources = new Map<string, string>();
  /** Collections that are not arrays: the schema walk reports them, and references into them go unchecked. */
  private readonly unreadable = new Set<Map<string, string>>();
  /** Quote id → the person who said it (null: an organization), for the lead-quote check. */
  private readonly speakers = new Map<string, string | null>();

  constructor(
    private readonly story: Entry,
    private readonly report: Report,
  ) {}

  *steps(): Generator<void> {
    this.declareIds();
    yield;
    for (const { entry, path } of this.collection('people')) {
      this.checkPerson(entry, path);
      yield;
    }
    for (const { entry, path } of this.collection('organizations')) {
      this.cite(entry, path);
      yield;
    }
    for (const { entry, path } of this.collection('quotes')) {
      this.checkQuote(entry, path);
      yield;
    }
    for (const { entry, path } of this.collection('events')) {
      for (const ref of refs(entry, 'people', path)) this.need(ref, this.people, 'person');
      this.cite(entry, path);
      yield;
    }
    for (const { entry, path } of this.collection('positions')) {
      this.checkVersions(entry, 'stance', path);
      const party = ref(entry, 'party', path);
      if (party) this.need(party, this.organizations, 'organization');
      for (const quote of refs(entry, 'quotes', path)) this.need(quote, this.quotes, 'quote');
      this.cite(entry, path);
      yield;
    }
    for (const { entry, path } of this.collection('corrections')) {
      this.checkCorrection(entry, path);
      yield;
    }
    for (const { entry, path } of this.collection('cases')) {
      this.checkVersions(entry, 'headline', path);
      this.checkVersions(entry, 'summary', path);
      for (const person of refs(entry, 'keyPeople', path)) this.need(person, this.people, 'person');
      for (const event of refs(entry, 'keyDates', path)) this.need(event, this.events, 'event');
      for (const position of refs(entry, 'positions', path)) this.need(position, this.positions, 'position');
      this.cite(entry, path);
      yield;
    }
  }

  private declareIds(): void {
    const plain = [
      ['organizations', this.organizations],
      ['quotes', this.quotes],
      ['events', this.events],
      ['positions', this.positions],
      ['corrections', this.corrections],
      ['cases', this.cases],
      ['sources', this.sources],
    ] as const;
    for (const [name, ids] of [...plain, ['people', this.people]] as const) {
      if (!Array.isArray(this.story[name])) this.unreadable.add(ids);
    }
    for (const { entry, path } of this.collection('people')) {
      const id = ref(entry, 'id', path);
      if (id && this.declare(id, this.personNames)) this.people.set(id.id, id.path);
      for (const alias of refs(entry, 'aliases', path)) {
        if (this.declare(alias, this.personNames) && id) this.aliases.set(alias.id, id.id);
      }
    }
    for (const [name, ids] of plain) {
      for (const { entry, path } of this.collection(name)) {
        const id = ref(entry, 'id', path);
        if (id) this.declare(id, ids);
      }
    }
    for (const { entry } of this.collection('quotes')) {
      const speaker = entry['speaker'];
      if (typeof entry['id'] !== 'string' || !isEntry(speaker)) continue;
      if (typeof speaker['person'] === 'string') this.speakers.set(entry['id'], speaker['person']);
      else if (typeof speaker['organization'] === 'string') this.speakers.set(entry['id'], null);
    }
  }

  /** Adds an id to its namespace; reports it and returns false when the namespace already has it. */
  private declare({ id, path }: Reference, ids: Map<string, string>): boolean {
    const first = ids.get(id);
    if (first === undefined) ids.set(id, path);
    else this.report.add(path, 'duplicate-id', `duplicate id ${show(id)} (also ${first})`);
    return first === undefined;
  }

  private checkPerson(person: Entry, path: string): void {
    const lead = ref(person, 'leadQuote', path);
    if (lead && this.need(lead, this.quotes, 'quote')) {
      const id = person['id'];
      const speaker = this.speakers.get(lead.id);
      // A quote with a malformed speaker has its own error already.
      if (typeof id === 'string' && speaker !== undefined && speaker !== id) {
        this.report.add(lead.path, 'lead-quote-speaker', `quote ${show(lead.id)} is not said by ${show(id)}`);
      }
    }
    const periods = list(person, 'status', path);
    let previous: { from: string; path: string } | undefined;
    for (const { entry, path: at } of periods) {
      this.checkOrder(previous, entry, at);
      if (typeof entry['from'] === 'string') previous = { from: entry['from'], path: at };
      this.cite(entry, at);
    }
    this.cite(person, path);
  }

  /** Status periods hold until the next one starts, so they must come in date order. */
  private checkOrder(previous: { from: string; path: string } | undefined, period: Entry, path: string): void {
    if (!previous || typeof period['from'] !== 'string') return;
    const before = parsePartialDate(previous.from);
    const after = parsePartialDate(period['from']);
    if (before && after && compareDates(before, after) > 0) {
      this.report.add(
        child(path, 'from'),
        'status-order',
        `${show(period['from'])} is before ${previous.path}.from (${show(previous.from)}): list status periods in date order`,
      );
    }
  }

  /** A text's versions each start on a later day than the one before. */
  private checkVersions(entry: Entry, key: string, path: string): void {
    let previous: { from: string; path: string } | undefined;
    for (const { entry: version, path: at } of list(entry, key, path)) {
      const from = version['from'];
      if (typeof from !== 'string') continue;
      const before = previous && parsePartialDate(previous.from);
      const after = parsePartialDate(from);
      if (previous && before && after && compareDates(before, after) >= 0) {
        this.report.add(
          child(at, 'from'),
          'version-order',
          `${show(from)} is not after ${previous.path}.from (${show(previous.from)}): list a text's versions in date order`,
        );
      }
      previous = { from, path: at };
    }
  }

  private checkQuote(quote: Entry, path: string): void {
    const speaker = quote['speaker'];
    if (isEntry(speaker)) {
      const at = child(path, 'speaker');
      const person = ref(speaker, 'person', at);
      const organization = ref(speaker, 'organization', at);
      if (person) this.need(person, this.people, 'person');
      if (organization) this.need(organization, this.organizations, 'organization');
    }
    this.cite(quote, path);
  }

  private checkCorrection(correction: Entry, path: string): void {
    const subject = ref(correction, 'subject', path);
    const entities = [this.people, this.organizations, this.quotes, this.events, this.positions, this.cases];
    for (const target of [...(subject ? [subject] : []), ...refs(correction, 'alsoOn', path)]) {
      if (!entities.some((ids) => ids.has(target.id) || this.unreadable.has(ids))) {
        this.unresolved(target, 'person, organization, quote, event, position or case');
      }
    }
    this.cite(correction, path);
  }

  /** Every `sources` entry names a source. */
  private cite(entry: Entry, path: string): void {
    for (const source of refs(entry, 'sources', path)) this.need(source, this.sources, 'source');
  }

  /** Whether the reference names an entry of `ids`; reports it when not. */
  private need(reference: Reference, ids: Map<string, string>, noun: string): boolean {
    if (ids.has(reference.id) || this.unreadable.has(ids)) return true;
    this.unresolved(reference, noun);
    return false;
  }

  private unresolved({ id, path }: Reference, noun: string): void {
    const person = this.aliases.get(id);
    const hint = person === undefined ? '' : ` (${show(id)} is an alias: use the id ${show(person)})`;
    this.report.add(path, 'unresolved-reference', `no ${noun} ${show(id)}${hint}`);
  }

  private collection(name: string): Located[] {
    return list(this.story, name, '');
  }
}

/** The objects in an array property, with their paths; anything else is the schema walk's to report. */
function list(entry: Entry, key: string, path: string): Located[] {
  const value = entry[key];
  if (!Object.hasOwn(entry, key) || !Array.isArray(value)) return [];
  const at = child(path, key);
  return value.flatMap((item, i) => (isEntry(item) ? [{ entry: item, path: child(at, i) }] : []));
}

/** The string items of an array property, as references. */
function refs(entry: Entry, key: string, path: string): Reference[] {
  const value = entry[key];
  if (!Object.hasOwn(entry, key) || !Array.isArray(value)) return [];
  const at = child(path, key);
  return value.flatMap((id, i) => (typeof id === 'string' ? [{ id, path: child(at, i) }] : []));
}

/** A string property, as a reference. */
function ref(entry: Entry, key: string, path: string): Reference | undefined {
  const id = Object.hasOwn(entry, key) ? entry[key] : undefined;
  return typeof id === 'string' ? { id, path: child(path, key) } : undefined;
}
