import { ContextRoot } from '@lit/context';

// One context root per document, however many copies of Casefile the page loads.
const rootKey = Symbol.for('casefile.context-root');

/**
 * A provider (`<case-data>`) may be defined after the widgets inside it have
 * asked for their story, e.g. when the loader fetches it later: a context
 * root on the document holds their requests until it arrives. A widget calls
 * this before its context consumers connect (a controller would connect after
 * them, too late for the first request).
 */
export function attachContextRoot(doc: Document): void {
  const holder = doc as Document & { [rootKey]?: true };
  if (holder[rootKey]) return;
  holder[rootKey] = true;
  new ContextRoot().attach(doc.documentElement);
}
