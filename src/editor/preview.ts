/**
 * The widgets, live, on the story being edited: a `<case-data>` whose inline
 * JSON the editor replaces on each change (it validates and shares the story
 * as on a newsroom's page), with the widgets the story can fill inside.
 */
import type { Story } from '../data/types.js';

export interface PreviewSettings {
  lang: string;
  asOf: string;
  theme: string;
  corrections: boolean;
}

export class Preview {
  private readonly provider: HTMLElement;
  private readonly script: HTMLScriptElement;
  private widgetsKey = '';

  constructor(private readonly host: HTMLElement) {
    const doc = host.ownerDocument;
    this.provider = doc.createElement('case-data');
    this.script = doc.createElement('script');
    this.script.type = 'application/json';
  }

  update(story: Story, settings: PreviewSettings): void {
    const provider = this.provider;
    // Into the page only with a story: an empty inline script would be a dataset error.
    if (!provider.isConnected) {
      this.script.textContent = JSON.stringify(story);
      this.host.append(provider);
    }
    provider.setAttribute('lang', settings.lang);
    if (settings.asOf) provider.setAttribute('as-of', settings.asOf);
    else provider.removeAttribute('as-of');
    provider.toggleAttribute('corrections', settings.corrections);
    const widgets = this.widgets(story, settings);
    const key = JSON.stringify(widgets);
    if (key !== this.widgetsKey) {
      this.widgetsKey = key;
      provider.replaceChildren(
        this.script,
        ...widgets.map(([tag, attributes]) => {
          const widget = provider.ownerDocument.createElement(tag);
          for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
          return widget;
        }),
      );
    }
    // Set as text, never parsed as HTML: no escaping is needed here.
    const json = JSON.stringify(story);
    if (this.script.textContent !== json) this.script.textContent = json;
  }

  /** The widgets shown: the whole story's, then the first person's card and the first quote. */
  private widgets(story: Story, settings: PreviewSettings): [string, Record<string, string>][] {
    const theme = { theme: settings.theme };
    const list: [string, Record<string, string>][] = [['case-summary', theme]];
    const person = story.people[0];
    if (person) list.push(['person-card', { ...theme, person: person.id }]);
    const quote = story.quotes[0];
    if (quote) list.push(['quote-block', { ...theme, quote: quote.id }]);
    list.push(['case-timeline', { ...theme, limit: '20' }]);
    if (story.positions.length > 0) list.push(['case-sides', theme]);
    if (settings.corrections && story.corrections.length > 0) list.push(['case-corrections', theme]);
    list.push(['case-sources', theme]);
    return list;
  }
}
