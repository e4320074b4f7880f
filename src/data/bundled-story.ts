/**
 * The bundled story as the page has it: its outline, and the parts
 * (`STORY_PARTS`) its widgets have loaded so far, in each language they
 * speak. A widget asks for the parts it shows before it renders; a page
 * that shows one quote downloads the people and the quotes, and nothing of
 * the timeline's events.
 */
import { importPart } from './story-parts.js';
import { outline } from './story-outline.js';
import { assemble, type StoryPart, type StoryPartData } from './story-split.js';
import type { Language, StoryOutline } from './types.js';

const loaded = new Map<Language, Partial<Record<StoryPart, StoryPartData>>>();
const loading = new Map<string, Promise<boolean>>();
const warned = new Set<string>();
/** The story assembled from what is loaded in each language, until another part arrives. */
const assembled = new Map<Language, StoryOutline>();

function partsIn(lang: Language): Partial<Record<StoryPart, StoryPartData>> {
  let parts = loaded.get(lang);
  if (!parts) {
    parts = {};
    loaded.set(lang, parts);
  }
  return parts;
}

/** Whether these parts of the bundled story are loaded in a language. */
export function hasParts(lang: Language, parts: readonly StoryPart[]): boolean {
  const have = loaded.get(lang);
  return parts.every((part) => have?.[part] !== undefined);
}

/** Makes a part available without loading it: for the Node renderer, which renders synchronously. */
export function registerPart(lang: Language, part: StoryPart, data: StoryPartData): void {
  partsIn(lang)[part] = data;
  assembled.delete(lang);
}

/**
 * Loads the parts of the bundled story not yet loaded in a language, all at
 * once. Resolves to false when one cannot be loaded, with a warning the
 * first time; a later call tries it again.
 */
export async function loadParts(lang: Language, parts: readonly StoryPart[]): Promise<boolean> {
  const results = await Promise.all(
    parts.map((part): Promise<boolean> => {
      if (partsIn(lang)[part]) return Promise.resolve(true);
      const key = `${lang} ${part}`;
      let pending = loading.get(key);
      if (!pending) {
        pending = importPart(lang, part).then(
          (data) => {
            registerPart(lang, part, data);
            loading.delete(key);
            return true;
          },
          (error: unknown) => {
            loading.delete(key);
            // Once per part and language: a reader reaching for a list again tries again, quietly.
            if (warned.has(key)) return false;
            warned.add(key);
            console.warn(
              `casefile: could not load the story's ${part} in "${lang}": ${error instanceof Error ? error.message : String(error)}`,
            );
            return false;
          },
        );
        loading.set(key, pending);
      }
      return pending;
    }),
  );
  return results.every(Boolean);
}

/**
 * The bundled story as a widget speaking `lang` reads it: what is loaded in
 * that language. The same object until another part arrives, so widgets
 * share one index of it.
 */
export function bundledStoryIn(lang: Language): StoryOutline {
  let story = assembled.get(lang);
  if (!story) {
    story = assemble(outline, partsIn(lang));
    assembled.set(lang, story);
  }
  return story;
}
