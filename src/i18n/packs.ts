/**
 * Language packs: a language's UI strings and the bundled story's texts in
 * that language, each pack a module of its own, imported when a widget first
 * speaks that language. A page in English downloads no French or Chinese,
 * and the other way round.
 */
import { storyIn, withSourceDetails, type PackText } from '../data/story-split.js';
import { structure } from '../data/story-structure.js';
import type { Language, Source, StoryOutline } from '../data/types.js';
import type { UiStrings } from './strings.js';

export interface LanguagePack {
  strings: UiStrings;
  /** The bundled story's texts in this language, English where a translation is missing. */
  texts: readonly PackText[];
}

// One literal import per language, so a bundler makes each pack its own chunk,
// found by a URL relative to this module's own (a CDN on another origin included).
const importers: Record<Language, () => Promise<{ pack: LanguagePack }>> = {
  en: () => import('./packs/en.js'),
  fr: () => import('./packs/fr.js'),
  'zh-Hans': () => import('./packs/zh-hans.js'),
};

const packs = new Map<Language, LanguagePack>();
const loading = new Map<Language, Promise<LanguagePack>>();
const outlines = new Map<Language, StoryOutline>();

/** A language's pack, once loaded; undefined until then. */
export function languagePack(lang: Language): LanguagePack | undefined {
  return packs.get(lang);
}

/** Makes a pack available without loading it: for the Node renderer, which renders synchronously. */
export function registerLanguagePack(lang: Language, pack: LanguagePack): void {
  packs.set(lang, pack);
}

/** Loads a language's pack, once; a failed load may be tried again. */
export function loadLanguagePack(lang: Language): Promise<LanguagePack> {
  const loaded = packs.get(lang);
  if (loaded) return Promise.resolve(loaded);
  let pending = loading.get(lang);
  if (!pending) {
    pending = importers[lang]().then(
      ({ pack }) => {
        packs.set(lang, pack);
        loading.delete(lang);
        return pack;
      },
      (error: unknown) => {
        loading.delete(lang);
        throw error;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}

const warned = new Set<Language>();

/**
 * Waits until the pack of the language `current` names is loaded, following
 * that language if it changes meanwhile. Resolves to false (with one warning
 * per language) when a pack cannot be loaded.
 */
export async function untilLanguagePack(current: () => Language): Promise<boolean> {
  for (let lang = current(); !packs.has(lang); lang = current()) {
    try {
      await loadLanguagePack(lang);
    } catch (error) {
      if (!warned.has(lang)) {
        warned.add(lang);
        console.warn(
          `casefile: could not load the "${lang}" texts: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      return false;
    }
  }
  return true;
}

/** The strings for a language, once its pack is loaded. */
export function stringsFor(lang: Language): { strings: UiStrings; lang: Language } | undefined {
  const pack = packs.get(lang);
  return pack && { strings: pack.strings, lang };
}

/**
 * The bundled story as a widget speaking `lang` reads it, once its pack is
 * loaded: its sources known by reference until their details are loaded too.
 */
export function bundledStoryIn(lang: Language): StoryOutline | undefined {
  let outline = outlines.get(lang);
  if (!outline) {
    const pack = packs.get(lang);
    if (!pack) return undefined;
    outline = storyIn(structure, pack.texts, lang);
    outlines.set(lang, outline);
  }
  let story = detailed.get(outline);
  const sources = sourceDetails.get(lang);
  if (!story && sources) {
    story = withSourceDetails(outline, sources);
    detailed.set(outline, story);
  }
  return story ?? outline;
}

// The sources' details in each language: their own chunks, loaded once a
// widget shows a source list, a link to a source or its structured data.
const sourceImporters: Record<Language, () => Promise<{ sources: readonly Source[] }>> = {
  en: () => import('../data/story-sources/en.js'),
  fr: () => import('../data/story-sources/fr.js'),
  'zh-Hans': () => import('../data/story-sources/zh-hans.js'),
};

const sourceDetails = new Map<Language, readonly Source[]>();
const loadingSources = new Map<Language, Promise<boolean>>();
const detailed = new WeakMap<StoryOutline, StoryOutline>();

/** Whether the bundled story's source details in a language are loaded. */
export function hasSourceDetails(lang: Language): boolean {
  return sourceDetails.has(lang);
}

/** Makes a language's source details available without loading them: for the Node renderer. */
export function registerSourceDetails(lang: Language, sources: readonly Source[]): void {
  sourceDetails.set(lang, sources);
}

/**
 * Loads the bundled story's source details in a language, once. Resolves to
 * false, with one warning, when they cannot be loaded (a later call tries again).
 */
export function loadSourceDetails(lang: Language): Promise<boolean> {
  if (sourceDetails.has(lang)) return Promise.resolve(true);
  let pending = loadingSources.get(lang);
  if (!pending) {
    pending = sourceImporters[lang]().then(
      ({ sources }) => {
        sourceDetails.set(lang, sources);
        loadingSources.delete(lang);
        return true;
      },
      (error: unknown) => {
        loadingSources.delete(lang);
        console.warn(
          `casefile: could not load the "${lang}" source list: ${error instanceof Error ? error.message : String(error)}`,
        );
        return false;
      },
    );
    loadingSources.set(lang, pending);
  }
  return pending;
}
