/**
 * The bundled story split by language and by need: its outline's structure
 * (ids, dates, references, native names, quoted wording), which every page
 * needs; one table of the outline's texts per language, which a page needs
 * only for the languages it shows; and, per language, the sources' details
 * (publisher, title, address), which a page needs only once a widget shows a
 * source list or a link to a source.
 *
 * Walking the story in one fixed order numbers its translatable texts; the
 * structure holds each one's number, and a language's table holds, at that
 * number, the text in that language, or the English one where the
 * translation is missing (as `[english]`, so the widget still marks it
 * `lang="en"`). The build writes both out from the story, as plain modules
 * (`rollup.config.mjs`); the source form below slices the full story at run
 * time, with the same functions, so the two cannot differ.
 */
import {
  LANGUAGES,
  type Language,
  type Localized,
  type Source,
  type SourceRef,
  type Story,
  type StoryOutline,
} from './types.js';

/** One entry of a language's text table: the text in that language, or `[english]`. */
export type PackText = string | readonly [english: string];

/** The story with each translatable text taken from a table, by its number. */
export type StoryStructure = (text: (index: number) => Localized) => StoryOutline;

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
 * Whether a text goes to the language tables. Not English-only texts (every
 * language shows them, so they cost nothing more in the structure), nor a
 * source's title that quotes the publisher's headline as published: it is the
 * same words in every language, read as `title.en`.
 */
function isTranslatable(value: Localized, key: string, parent: Json): boolean {
  if (Object.keys(value).every((lang) => lang === 'en')) return false;
  const owner = parent as { url?: unknown; titleIsDescription?: unknown };
  return !(key === 'title' && typeof owner.url === 'string' && owner.titleIsDescription !== true);
}

/** Visits every translatable text, in one fixed order, and rebuilds the story around what `replace` gives. */
function mapTexts(value: Json, replace: (text: Localized) => Json, key = '', parent: Json = undefined): Json {
  if (isLocalized(value) && isTranslatable(value, key, parent)) return replace(value);
  if (Array.isArray(value)) return value.map((item, i) => mapTexts(item, replace, String(i), value));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapTexts(v, replace, k, value)]));
  }
  return value;
}

/** A language's text table: every translatable text of the story, in order. */
export function textsIn(story: StoryOutline, lang: Language): PackText[] {
  const texts: PackText[] = [];
  mapTexts(story, (value) => {
    const text = value[lang];
    texts.push(text !== undefined && text !== '' ? text : [value.en]);
    return value;
  });
  return texts;
}

/** The story with every translatable text replaced by `placeholder(its number)`. */
export function withPlaceholders(story: StoryOutline, placeholder: (index: number) => Json): Json {
  let next = 0;
  return mapTexts(story, () => placeholder(next++));
}

/** The structure of a story, as a function of its texts. */
export function structureOf(story: StoryOutline): StoryStructure {
  const template = withPlaceholders(story, (index) => ({ [PLACEHOLDER]: index }));
  const fill = (value: Json, text: (index: number) => Localized): Json => {
    if (Array.isArray(value)) return value.map((item) => fill(item, text));
    if (typeof value === 'object' && value !== null) {
      const index = (value as Record<string, unknown>)[PLACEHOLDER];
      if (typeof index === 'number') return text(index);
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, text)]));
    }
    return value;
  };
  return (text) => fill(template, text) as StoryOutline;
}

const PLACEHOLDER = '\u0000text';

/**
 * The story in one language, from its structure and that language's table:
 * each text in the language, or in English (and said to be English) where
 * the translation is missing. Only that language and English fallbacks are
 * there, so it is meant for widgets speaking that language.
 */
export function storyIn(structure: StoryStructure, texts: readonly PackText[], lang: Language): StoryOutline {
  return structure((index) => textIn(texts[index] ?? [''], lang));
}

/** A table's entry as the story holds it for a widget speaking `lang`. */
function textIn(text: PackText, lang: Language): Localized {
  if (typeof text !== 'string') return { en: text[0] };
  // An English widget reads `en`; any other reads its own language, which is there.
  return lang === 'en' ? { en: text } : ({ en: '', [lang]: text } as Localized);
}

/** The story with each source known by reference only: what every page loads. */
export function outlineOf(story: Story): StoryOutline {
  return {
    ...story,
    sources: story.sources.map(({ id, published }): SourceRef =>
      published === undefined ? { id } : { id, published },
    ),
  };
}

/**
 * The sources' details as a widget speaking `lang` reads them, in the story's
 * order: a described title in that language (or English, said to be English),
 * a headline as published.
 */
export function sourcesIn(story: Story, lang: Language): Source[] {
  return story.sources.map((source) => {
    if (!source.titleIsDescription) return source;
    const text = source.title[lang];
    return { ...source, title: textIn(text !== undefined && text !== '' ? text : [source.title.en], lang) };
  });
}

/** The bundled story with its sources' details, once they are loaded. */
export function withSourceDetails(outline: StoryOutline, sources: readonly Source[]): StoryOutline {
  return { ...outline, sources };
}
