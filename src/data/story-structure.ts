/**
 * The bundled story's structure, its translatable texts taken from a
 * language's table (`story-split.ts`). The build replaces this module with
 * the structure written out, so a page carries no text of any language here.
 */
import { story } from './story.js';
import { structureOf } from './story-split.js';

export const structure = structureOf(story);
