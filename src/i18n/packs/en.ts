/** Everything a widget writes in en: its strings and the bundled story's texts. A chunk of its own. */
import type { LanguagePack } from '../packs.js';
import { en } from '../catalogs/en.js';
import { texts } from '../../data/story-text/en.js';

export const pack: LanguagePack = { strings: en, texts };
