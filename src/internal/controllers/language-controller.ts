import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Language } from '../../data/types.js';
import { resolveLanguage } from '../../i18n/language.js';
import { unwatchLanguage, watchLanguage } from './language-watcher.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The language an element speaks: its own `lang`, else the closest
 * ancestor's, else the page's. The host re-renders when any of those
 * changes at run time (a page's language switcher, a CMS preview).
 */
export class LanguageController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    watchLanguage(this.host);
    // Moved elsewhere in the page, the element may sit under another lang: render again.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    unwatchLanguage(this.host);
  }

  /** The language on this render. */
  get value(): Language {
    return resolveLanguage(this.host);
  }
}
