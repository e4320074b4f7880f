/**
 * Re-renders widgets when a `lang` attribute changes anywhere above or on
 * them (a page's language switcher, a CMS preview): one MutationObserver per
 * document, shared by every widget in it, watching nothing but `lang`.
 */
interface Watched {
  observer: MutationObserver;
  widgets: Set<{ requestUpdate(): void }>;
}

const watched = new WeakMap<Document, Watched>();

export function watchLanguage(widget: Element & { requestUpdate(): void }): void {
  const doc = widget.ownerDocument;
  let entry = watched.get(doc);
  if (!entry) {
    const widgets = new Set<{ requestUpdate(): void }>();
    const observer = new MutationObserver(() => widgets.forEach((w) => w.requestUpdate()));
    observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    entry = { observer, widgets };
    watched.set(doc, entry);
  }
  entry.widgets.add(widget);
}

export function unwatchLanguage(widget: Element & { requestUpdate(): void }): void {
  const entry = watched.get(widget.ownerDocument);
  if (!entry) return;
  entry.widgets.delete(widget);
  if (entry.widgets.size === 0) {
    entry.observer.disconnect();
    watched.delete(widget.ownerDocument);
  }
}
