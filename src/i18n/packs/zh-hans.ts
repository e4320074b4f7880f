/** Everything a widget writes in zh-Hans: its strings and the bundled story's texts. A chunk of its own. */
import type { LanguagePack } from '../packs.js';
import { zhHans } from '../catalogs/zh-hans.js';
import { texts } from '../../data/story-text/zh-hans.js';

export const pack: LanguagePack = { strings: zhHans, texts };
