import { createContext } from '@lit/context';
import type { Story } from '../data/types.js';

/**
 * The story the widgets render. A string key, not a symbol, so two copies of
 * Casefile on one page (CDN bundle and npm build) still find each other's
 * providers.
 */
export const storyContext = createContext<Story | undefined>('casefile/story');
