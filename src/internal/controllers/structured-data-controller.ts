import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { trustedScript } from '../trusted-script.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Keeps a `<script type="application/ld+json">` child of the host (light DOM,
 * where crawlers read it) in step with what the host shows, after each
 * update: written when `describe` gives nodes, removed when it gives none.
 * The text goes through the page's Trusted Types policy `casefile`.
 */
export class StructuredDataController implements ReactiveController {
  constructor(
    private readonly host: Host,
    /**
     * The JSON-LD document to publish now; undefined when the host publishes
     * nothing; null when it cannot tell yet, which leaves the document as it is.
     */
    private readonly describe: () => string | undefined | null,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const host = this.host;
    const existing = host.querySelector(':scope > script[type="application/ld+json"][data-casefile]');
    let document: string | undefined | null;
    try {
      document = this.describe();
    } catch (error) {
      console.warn(`casefile: <${host.localName}> could not describe itself as JSON-LD: ${String(error)}`);
    }
    // Nothing known yet (the widget waits, or could not load what it needs): what is there stays,
    // such as the JSON-LD the fallback HTML was written with.
    if (document === null) return;
    const text = document === undefined ? undefined : trustedScript(document);
    if (text === undefined) {
      existing?.remove();
      return;
    }
    const script = existing ?? host.ownerDocument.createElement('script');
    script.setAttribute('type', 'application/ld+json');
    script.setAttribute('data-casefile', '');
    script.textContent = text;
    if (!existing) host.append(script);
  }
}
