/**
 * The bundled story as the page has it: its outline, and the parts
 * (`STORY_PARTS`) its widgets have loaded so far, in each language they
 * speak. A widget asks for the parts it shows before it renders; a page
 * that shows one quote downloads the people and the quotes, and nothing of
 * the timeline's events.
 */
import { LOAD_TIMEOUT_MS, withDeadline } from './deadline.js';
import { importPart } from './story-parts.js';
import { outline } from './story-outline.js';
import { assemble, type StoryPart, type StoryPartData } from './story-split.js';
import type { Language, PartialStory } from './types.js';

const loaded = new Map<Language, Partial<Record<StoryPart, StoryPartData>>>();
const loading = new Map<string, Promise<boolean>>();
const warned = new Set<string>();
/** Parts given up on (`LOAD_TIMEOUT_MS`), by language and part, until they arrive. */
const late = new Set<string>();
/** The story assembled from what is loaded in each language, until another part arrives. */
const assembled = new Map<Language, PartialStory>();

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
  late.delete(`${lang} ${part}`);
  assembled.delete(lang);
}

/**
 * Loads the parts of the bundled story not yet loaded in a language, all at
 * once. Resolves to false when one cannot be loaded, or has not arrived
 * within `LOAD_TIMEOUT_MS` (it may still arrive, for a later update), with
 * a warning the first time for each part; a later call tries again.
 */
export function loadParts(lang: Language, parts: readonly StoryPart[]): Promise<boolean> {
  const missing = parts.filter((part) => partsIn(lang)[part] === undefined);
  if (missing.length === 0) return Promise.resolve(true);
  // Given up on once and still on their way: no second wait (they still serve a later update).
  if (missing.some((part) => late.has(`${lang} ${part}`))) return Promise.resolve(false);
  const all = Promise.all(missing.map((part) => loadPart(lang, part))).then((loaded) => loaded.every(Boolean));
  return withDeadline(all, () => {
    const overdue = missing.filter((part) => partsIn(lang)[part] === undefined && !late.has(`${lang} ${part}`));
    for (const part of overdue) late.add(`${lang} ${part}`);
    if (overdue.length > 0) {
      console.warn(
        `casefile: the story's ${overdue.join(', ')} in "${lang}" did not arrive in ${LOAD_TIMEOUT_MS / 1000} s`,
      );
    }
    return false;
  });
}

/** Loads one part, once at a time; resolves to false, with a warning the first time, when it cannot. */
function loadPart(lang: Language, part: StoryPart): Promise<boolean> {
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
        // A reader reaching for a list again tries again, quietly.
        warnOnce(
          key,
          `could not load the story's ${part} in "${lang}": ${error instanceof Error ? error.message : String(error)}`,
        );
        return false;
      },
    );
    loading.set(key, pending);
  }
  return pending;
}

function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`casefile: ${message}`);
}

/**
 * The bundled story as a widget speaking `lang` reads it: what is loaded in
 * that language. The same object until another part arrives, so widgets
 * share one index of it.
 */
export function bundledStoryIn(lang: Language): PartialStory {
  let story = assembled.get(lang);
  if (!story) {
    story = assemble(outline, partsIn(lang));
    assembled.set(lang, story);
  }
  return story;
}
