/**
 * The bundled story's texts in fr (`story-split.ts`). The build replaces
 * this module with the table written out, so it holds no other language.
 */
import { story } from '../story.js';
import { textsIn } from '../story-split.js';

export const texts = textsIn(story, 'fr');
