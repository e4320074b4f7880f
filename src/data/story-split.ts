/**
 * The bundled story split by language and by part, so that a page downloads
 * the language it shows and the parts of the story its widgets show:
 *
 * - the outline, which every page loads: each source by id and date, and the
 *   first day a fact of the whole story cites it, so that sources are counted
 *   and numbered alike whatever parts a page has;
 * - per language, each part (`STORY_PARTS`): its entities with every text in
 *   that language, or in English where the translation is missing (and then
 *   said to be English, so the widget marks it `lang="en"`).
 *
 * The build writes each out from the story (`rollup.config.mjs`), as its own
 * module; the source form (`story-parts.ts`) slices the full story at run
 * time with the same functions, so the two cannot differ.
 */
import { firstCitations } from './story-index.js';
import {
  emptyStory,
  LANGUAGES,
  type Language,
  type Localized,
  type SourceRef,
  type Story,
  type PartialStory,
} from './types.js';

/**
 * The parts of the bundled story, each loaded when a widget first needs it:
 * people (with organizations), quotes, events, positions, cases (with the
 * reviewed report), corrections, and the sources' details (publisher, title,
 * address), which a closed source list loads only when a reader is about to
 * open it.
 */
export const STORY_PARTS = ['people', 'quotes', 'events', 'positions', 'cases', 'corrections', 'sources'] as const;
export type StoryPart = (typeof STORY_PARTS)[number];

/**
 * The parts each widget shows as it renders, by tag, before `corrections`
 * and `structured-data` add theirs (`CaseElement.storyParts`). A list that
 * misses one is caught by a test rendering each widget from these parts only.
 */
export const WIDGET_PARTS = {
  'case-corrections': STORY_PARTS,
  'case-sides': ['people', 'quotes', 'positions', 'cases'],
  'case-sources': STORY_PARTS,
  'case-summary': ['people', 'events', 'positions', 'cases'],
  // And people, to follow one (`person`) or name them in structured data.
  'case-timeline': ['events', 'cases', 'sources'],
  'person-card': ['people'],
  'quote-block': ['people', 'quotes'],
} as const satisfies Record<string, readonly StoryPart[]>;

/** What of the story each part holds. */
const HOLDS = {
  people: ['people', 'organizations'],
  quotes: ['quotes'],
  events: ['events'],
  positions: ['positions'],
  cases: ['cases', 'report'],
  corrections: ['corrections'],
  sources: ['sources'],
} as const satisfies Record<StoryPart, readonly (keyof Story)[]>;

/** One part of the story in one language. */
export type StoryPartData = Partial<Story>;

/** What every page loads of the bundled story. */
export interface Outline {
  sources: readonly SourceRef[];
  /** Source id to the first day a fact cites it (`null`: an undated fact, so any day). */
  firstCited: Readonly<Record<string, number | null>>;
}

type Json = unknown;

function isLocalized(value: Json): value is Localized {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { en?: unknown }).en === 'string' &&
    Object.keys(value).every((key) => (LANGUAGES as readonly string[]).includes(key))
  );
}

/**
 * Whether a text is read in the page's language. Not a source's title that
 * quotes the publisher's headline as published: it is the same words in
 * every language, read as `title.en`.
 */
function isTranslatable(key: string, parent: Json): boolean {
  const owner = parent as { url?: unknown; titleIsDescription?: unknown };
  return !(key === 'title' && typeof owner.url === 'string' && owner.titleIsDescription !== true);
}

/** A text as a widget speaking `lang` reads it: in that language, or in English, said to be English. */
function textIn(value: Localized, lang: Language): Localized {
  const text = value[lang];
  if (text === undefined || text === '') return { en: value.en };
  // An English widget reads `en`; any other reads its own language, which is there. (`en` is
  // required by the type but never read by a widget speaking `lang`: `localize` reads `lang`
  // first, and a missing translation has already become English above.)
  return lang === 'en' ? { en: text } : ({ en: '', [lang]: text } as Localized);
}

/** A value with every translatable text in `lang` only. */
function inLanguage(value: Json, lang: Language, key = '', parent: Json = undefined): Json {
  if (isLocalized(value) && isTranslatable(key, parent)) return textIn(value, lang);
  if (Array.isArray(value)) return value.map((item, i) => inLanguage(item, lang, String(i), value));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inLanguage(v, lang, k, value)]));
  }
  return value;
}

/** One part of a story, in one language. */
export function partIn(story: Story, part: StoryPart, lang: Language): StoryPartData {
  const data: Record<string, Json> = {};
  for (const key of HOLDS[part]) if (story[key] !== undefined) data[key] = inLanguage(story[key], lang);
  return data as StoryPartData;
}

/** The outline of a story: what every page loads. */
export function outlineOf(story: Story): Outline {
  const first = firstCitations(story);
  return {
    sources: story.sources.map(({ id, published }) => (published === undefined ? { id } : { id, published })),
    firstCited: Object.fromEntries(
      story.sources.map(({ id }) => {
        const day = first.get(id) ?? -Infinity;
        return [id, Number.isFinite(day) ? day : null];
      }),
    ),
  };
}

/**
 * The bundled story from its outline and the parts loaded so far: what a
 * part not yet loaded holds is empty, and its sources are known by
 * reference until their details are loaded.
 */
export function assemble(outline: Outline, parts: Partial<Record<StoryPart, StoryPartData>>): PartialStory {
  const loaded = Object.assign({}, ...Object.values(parts)) as StoryPartData;
  return {
    ...emptyStory(),
    ...loaded,
    sources: loaded.sources ?? outline.sources,
    firstCited: outline.firstCited,
  };
}
