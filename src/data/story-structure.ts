/**
 * The bundled story's outline, its translatable texts taken from a
 * language's table and its sources known by reference (`story-split.ts`).
 * The build replaces this module with the structure written out, so a page
 * carries no text of any language here.
 */
import { story } from './story.js';
import { outlineOf, structureOf } from './story-split.js';

export const structure = structureOf(outlineOf(story));
