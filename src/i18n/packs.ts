/**
 * Language packs: a language's UI strings, each pack a module of its own,
 * imported when a widget first speaks that language. A page in English
 * downloads no French or Chinese, and the other way round. (The bundled
 * story's texts come with its parts, per language: `data/bundled-story.ts`.)
 */
import { LOAD_TIMEOUT_MS, withDeadline } from '../data/deadline.js';
import type { Language } from '../data/types.js';
import type { UiStrings } from './strings.js';
import { withCompactPhrases } from './phrase.js';

export interface LanguagePack {
  strings: UiStrings;
}

// One literal import per language, so a bundler makes each catalog its own chunk,
// found by a URL relative to this module's own (a CDN on another origin included).
const importers: Record<Language, () => Promise<LanguagePack>> = {
  en: () => import('./catalogs/en.js').then(({ en }) => ({ strings: withCompactPhrases(en) })),
  fr: () => import('./catalogs/fr.js').then(({ fr }) => ({ strings: withCompactPhrases(fr) })),
  'zh-Hans': () => import('./catalogs/zh-hans.js').then(({ zhHans }) => ({ strings: withCompactPhrases(zhHans) })),
};

const packs = new Map<Language, LanguagePack>();
const loading = new Map<Language, Promise<LanguagePack>>();

/** A language's pack, once loaded; undefined until then. */
export function languagePack(lang: Language): LanguagePack | undefined {
  return packs.get(lang);
}

/** Makes a pack available without loading it: for the Node renderer, which renders synchronously. */
export function registerLanguagePack(lang: Language, pack: LanguagePack): void {
  packs.set(lang, { strings: withCompactPhrases(pack.strings) });
}

/** Loads a language's pack, once; a failed load may be tried again. */
export function loadLanguagePack(lang: Language): Promise<LanguagePack> {
  const loaded = packs.get(lang);
  if (loaded) return Promise.resolve(loaded);
  let pending = loading.get(lang);
  if (!pending) {
    pending = importers[lang]().then(
      (pack) => {
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
/** Packs given up on (`LOAD_TIMEOUT_MS`) while still on their way. */
const late = new Set<Language>();

/**
 * Waits until the pack of the language `current` names is loaded, following
 * that language if it changes meanwhile. Resolves to false (with one warning
 * per language) when a pack cannot be loaded.
 */
export async function untilLanguagePack(current: () => Language): Promise<boolean> {
  for (let lang = current(); !packs.has(lang); lang = current()) {
    // Given up on once and still on its way: no second wait (it still serves a later update).
    if (late.has(lang) && loading.has(lang)) return false;
    const problem = await withDeadline(
      loadLanguagePack(lang).then(
        () => undefined,
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      ),
      () => {
        late.add(lang);
        return `it did not arrive in ${LOAD_TIMEOUT_MS / 1000} s`;
      },
    );
    if (problem !== undefined) {
      if (!warned.has(lang)) {
        warned.add(lang);
        console.warn(`casefile: could not load the "${lang}" texts: ${problem}`);
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
