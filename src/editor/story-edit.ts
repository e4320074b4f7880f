/**
 * The story as the editor changes it: never in place. Each edit copies the
 * objects on the path to the changed value and shares everything else, so
 * an edit of a 2,000-event story costs a few small copies, and every earlier
 * state stays intact for undo.
 */
import { child } from '../data/validate/report.js';
import { emptyStory, type Story } from '../data/types.js';
import { idFromName, uniqueId } from './ids.js';

export type PathPart = string | number;

/** The collections a newsroom edits entry by entry, in the editor's order. */
export const COLLECTIONS = [
  'people',
  'organizations',
  'events',
  'quotes',
  'positions',
  'sources',
  'corrections',
] as const;
export type Collection = (typeof COLLECTIONS)[number];

export type Entry = Record<string, unknown>;

/** A collection's entries, read as plain JSON objects. */
export function entriesOf(story: Story, collection: Collection | 'cases'): readonly Entry[] {
  return story[collection] as unknown as readonly Entry[];
}

/** `events[3].title["zh-Hans"]` → `['events', 3, 'title', 'zh-Hans']`: the validator's paths, read back. */
export function parsePath(path: string): PathPart[] {
  const parts: PathPart[] = [];
  for (const [, name, index, quoted] of path.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)) {
    if (name !== undefined) parts.push(name);
    else if (index !== undefined) parts.push(Number(index));
    else if (quoted !== undefined) parts.push(JSON.parse(quoted) as string);
  }
  return parts;
}

/** The validator's way of writing a path, so a field's path and an error's path compare as strings. */
export function pathOf(parts: readonly PathPart[]): string {
  return parts.reduce<string>((path, part) => child(path, part), '');
}

export function getIn(value: unknown, parts: readonly PathPart[]): unknown {
  let node = value;
  for (const part of parts) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PathPart, unknown>)[part];
  }
  return node;
}

/** A copy of `root` with the value at `parts` replaced; `undefined` removes a property (and an empty optional object above it is kept). */
export function setIn<T>(root: T, parts: readonly PathPart[], value: unknown): T {
  if (parts.length === 0) return value as T;
  const [head, ...rest] = parts as [PathPart, ...PathPart[]];
  const node = (root ?? (typeof head === 'number' ? [] : {})) as Record<PathPart, unknown> | unknown[];
  const next = setIn((node as Record<PathPart, unknown>)[head], rest, value);
  if (Array.isArray(node)) {
    const copy = [...node];
    copy[head as number] = next;
    return copy as T;
  }
  // Keys keep their order, so the exported JSON reads as it was written.
  const entries = Object.entries(node);
  const replaced = entries.some(([key]) => key === String(head))
    ? entries.map(([key, old]): [string, unknown] => [key, key === String(head) ? next : old])
    : [...entries, [String(head), next] as [string, unknown]];
  return Object.fromEntries(replaced.filter(([, item]) => item !== undefined)) as T;
}

export function blankStory(): Story {
  return {
    ...emptyStory(),
    cases: [
      {
        id: 'story',
        headline: { en: '' },
        summary: { en: '' },
        keyPeople: [],
        keyDates: [],
        positions: [],
        articleDate: '' as Story['cases'][number]['articleDate'],
        sources: [],
      },
    ],
  };
}

/** A new, empty entry of a collection, with a placeholder id the editor replaces once it is named. */
export function newEntry(story: Story, collection: Collection): Entry {
  const id = uniqueId(SINGULAR[collection], idsOf(story, collection));
  switch (collection) {
    case 'people':
      return { id, aliases: [], name: { en: '' }, roles: [], nationality: { en: '' }, bio: { en: '' }, sources: [] };
    case 'organizations':
      return { id, name: { en: '' }, description: { en: '' }, sources: [] };
    case 'events':
      return { id, date: '', title: { en: '' }, people: [], inArticle: false, sources: [] };
    case 'quotes':
      return {
        id,
        speaker: { person: story.people[0]?.id ?? '' },
        date: '',
        setting: { en: '' },
        text: { en: '' },
        sources: [],
      };
    case 'positions':
      return { id, party: story.organizations[0]?.id ?? '', stance: { en: '' }, quotes: [], sources: [] };
    case 'sources':
      // No kind yet: the editor asks for one (a source without a kind is a warning and an error).
      return { id, publisher: '', title: { en: '' }, url: '', lang: 'en' };
    case 'corrections':
      return { id, kind: 'correction', subject: '', articleSaid: '', verified: { en: '' }, sources: [] };
  }
}

export const SINGULAR: Record<Collection | 'cases', string> = {
  people: 'person',
  organizations: 'organization',
  events: 'event',
  quotes: 'quote',
  positions: 'position',
  sources: 'source',
  corrections: 'correction',
  cases: 'case',
};

/** Ids in the namespace of a collection; a person's aliases share the people's. */
export function idsOf(story: Story, collection: Collection | 'cases'): Set<string> {
  const entries = entriesOf(story, collection);
  const ids = new Set(entries.map((entry) => String(entry.id)));
  if (collection === 'people') for (const person of story.people) for (const alias of person.aliases) ids.add(alias);
  return ids;
}

/** The id an entry's name gives it (before it is made unique), or '' while it has no name. */
export function idFromEntry(collection: Collection | 'cases', entry: Entry): string {
  const text = (key: string) => ((entry[key] as { en?: string } | undefined)?.en ?? '').trim();
  switch (collection) {
    case 'people':
    case 'organizations':
      return idFromName(text('name'));
    case 'events':
      return idFromName(text('title'));
    case 'cases':
      return idFromName(Array.isArray(entry.headline) ? '' : text('headline'));
    case 'quotes': {
      const speaker = entry.speaker as { person?: string; organization?: string } | undefined;
      const who = speaker?.person ?? speaker?.organization ?? '';
      return idFromName(`${who} ${String(entry.date ?? '')}`);
    }
    case 'positions':
      return entry.party ? `${idFromName(String(entry.party))}-position` : '';
    case 'sources':
      return idFromName(`${String(entry.publisher ?? '')} ${text('title')}`.split(/\s+/).slice(0, 6).join(' '));
    case 'corrections':
      return entry.subject ? `${String(entry.kind ?? 'correction')}-${String(entry.subject)}` : '';
  }
}

/** Keys whose string values, or lists of strings, name other entries by id. */
const REFERENCE_KEYS = new Set([
  'people',
  'sources',
  'quotes',
  'keyPeople',
  'keyDates',
  'positions',
  'alsoOn',
  'person',
  'organization',
  'subject',
  'party',
  'leadQuote',
]);

/**
 * Rewrites every reference to `from` as `to` (or, with `to` undefined, drops
 * it from lists; a single reference such as a quote's speaker is left for the
 * validator to report). Entries themselves (the top-level collections) are
 * not references.
 */
export function replaceReferences(story: Story, from: string, to: string | undefined): Story {
  const walk = (node: unknown, key: string | undefined, depth: number): unknown => {
    if (Array.isArray(node)) {
      if (depth > 1 && key && REFERENCE_KEYS.has(key) && node.every((item) => typeof item === 'string')) {
        if (!node.includes(from)) return node;
        return to === undefined
          ? node.filter((item) => item !== from)
          : node.map((item) => (item === from ? to : item));
      }
      let changed = false;
      const next = node.map((item) => {
        const value = walk(item, key, depth + 1);
        if (value !== item) changed = true;
        return value;
      });
      return changed ? next : node;
    }
    if (node && typeof node === 'object') {
      let changed = false;
      const next: Entry = {};
      for (const [k, value] of Object.entries(node)) {
        let updated = walk(value, k, depth + 1);
        if (depth > 1 && REFERENCE_KEYS.has(k) && value === from && to !== undefined) updated = to;
        if (updated !== value) changed = true;
        next[k] = updated;
      }
      return changed ? next : node;
    }
    return node;
  };
  return walk(story, undefined, 0) as Story;
}

/** The story without one entry, and without the references to it in lists. */
export function removeEntry(story: Story, collection: Collection, index: number): Story {
  const entries = entriesOf(story, collection);
  const id = String(entries[index]?.id ?? '');
  const without = { ...story, [collection]: entries.filter((_, i) => i !== index) } as Story;
  return id ? replaceReferences(without, id, undefined) : without;
}

/** Gives a provisional entry the id its name says, made unique, and moves the references to it. */
export function renameFromName(story: Story, collection: Collection | 'cases', index: number): Story {
  const entries = entriesOf(story, collection);
  const entry = entries[index];
  if (!entry) return story;
  const old = String(entry.id);
  const base = idFromEntry(collection, entry) || SINGULAR[collection];
  const taken = idsOf(story, collection);
  taken.delete(old);
  const id = uniqueId(base, taken);
  if (id === old) return story;
  const renamed = setIn(story, [collection, index, 'id'], id);
  return replaceReferences(renamed, old, id);
}
