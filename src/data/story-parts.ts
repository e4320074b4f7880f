/**
 * Imports one part of the bundled story in one language (`story-split.ts`).
 * The build replaces this module with one `import()` per language and part,
 * each of a module holding that part written out, so that a page downloads
 * only the parts and the language its widgets show, from URLs relative to
 * this module's own (a CDN on another origin included). This source form
 * slices the full story.
 */
import type { StoryPart, StoryPartData } from './story-split.js';
import type { Language } from './types.js';

export async function importPart(lang: Language, part: StoryPart): Promise<StoryPartData> {
  const [{ story }, { partIn }] = await Promise.all([import('./story.js'), import('./story-split.js')]);
  return partIn(story, part, lang);
}
