/**
 * The texts of the bundled story's outline in en (`story-split.ts`). The build replaces
 * this module with the table written out, so it holds no other language.
 */
import { story } from '../story.js';
import { outlineOf, textsIn } from '../story-split.js';

export const texts = textsIn(outlineOf(story), 'en');
