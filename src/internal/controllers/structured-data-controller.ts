import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { jsonLdDocument, type JsonLd } from '../../structured-data/schema-org.js';
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
    /** The schema.org nodes to publish now; none when the host publishes nothing. */
    private readonly describe: () => JsonLd[],
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const host = this.host;
    const existing = host.querySelector(':scope > script[type="application/ld+json"][data-casefile]');
    let nodes: JsonLd[] = [];
    try {
      nodes = this.describe();
    } catch (error) {
      console.warn(`casefile: <${host.localName}> could not describe itself as JSON-LD: ${String(error)}`);
    }
    const text = nodes.length === 0 ? undefined : trustedScript(jsonLdDocument(nodes));
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
