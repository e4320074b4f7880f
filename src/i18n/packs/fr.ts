/** Everything a widget writes in fr: its strings and the bundled story's texts. A chunk of its own. */
import type { LanguagePack } from '../packs.js';
import { fr } from '../catalogs/fr.js';
import { texts } from '../../data/story-text/fr.js';

export const pack: LanguagePack = { strings: fr, texts };
