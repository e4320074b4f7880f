import { createContext } from '@lit/context';

/** What a provider such as `<case-data>` sets for every widget inside it. */
export interface StorySettings {
  /** The day the widgets describe, unless a widget sets its own `as-of`. */
  asOf?: string;
  /** True while the provider's story is on its way: widgets wait rather than show another story. */
  loading?: boolean;
  /** Whether the widgets inside show corrections and clarifications, unless a widget says otherwise. */
  corrections?: boolean;
  /** True when the provider's story could not be used: widgets show only their fallback HTML, never another story. */
  failed?: boolean;
}

/** A string key, like the story's, so two copies of Casefile still match. */
export const settingsContext = createContext<StorySettings | undefined>('casefile/settings');
