/**
 * The bundled story's sources in fr, with their details (`story-split.ts`):
 * loaded once a widget shows a source list or a link to a source. The build
 * replaces this module with the list written out, so it holds no other language.
 */
import { story } from '../story.js';
import { sourcesIn } from '../story-split.js';

export const sources = sourcesIn(story, 'fr');
