/**
 * The bundled story's outline, which every page loads (`story-split.ts`):
 * each source by id and date, and the first day a fact cites it. The build
 * replaces this module with the outline written out.
 */
import { story } from './story.js';
import { outlineOf } from './story-split.js';

export const outline = outlineOf(story);
