/**
 * dist/cdn/loader.js: registers Casefile elements only when their tags appear
 * in the page, now or later (content added by a CMS, an infinite scroll, a
 * single-page app). A page with one <quote-block> downloads <quote-block>'s
 * code and the chunks it shares, and nothing else.
 */
import { ELEMENT_LOADERS, TAGS, type CasefileTag } from './registry.js';

const requested = new Set<CasefileTag>();
const selector = TAGS.join(',');

function load(tag: CasefileTag): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  ELEMENT_LOADERS[tag]().catch((error: unknown) => {
    requested.delete(tag);
    console.warn(`casefile: could not load <${tag}>: ${error instanceof Error ? error.message : String(error)}`);
  });
}

function scan(root: Element | Document): void {
  if (root instanceof Element && TAGS.includes(root.localName as CasefileTag)) load(root.localName as CasefileTag);
  for (const el of root.querySelectorAll(selector)) load(el.localName as CasefileTag);
}

scan(document);

const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  }
  // Once every element is registered there is nothing left to watch for.
  if (requested.size === TAGS.length) observer.disconnect();
});
observer.observe(document.documentElement, { childList: true, subtree: true });
