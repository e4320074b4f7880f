/** What the editor hands a newsroom: the story file, an inline `<case-data>` block, and widget snippets. */
import { inlineCaseData } from '../data/script-safe-json.js';
import type { Story } from '../data/types.js';
import { VERSION } from '../internal/version.js';

export function storyJson(story: Story): string {
  return `${JSON.stringify(story, null, 2)}\n`;
}

/** A file name for the story: its first case's id. */
export function storyFileName(story: Story): string {
  return `${story.cases[0]?.id || 'story'}.json`;
}

/** The `<case-data>` block, ready to paste, with `widgets` inside after the script. */
export function inlineBlock(story: Story, widgets: readonly string[] = []): string {
  return inlineCaseData(JSON.stringify(story), widgets.map((widget) => `  ${widget}\n`).join(''));
}

export interface Snippet {
  label: string;
  markup: string;
}

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** One snippet per widget the story can fill: the whole-story widgets, then one per person and quote. */
export function widgetSnippets(story: Story, limit = 50): Snippet[] {
  const snippets: Snippet[] = [
    { label: 'Summary', markup: '<case-summary></case-summary>' },
    { label: 'Timeline', markup: '<case-timeline></case-timeline>' },
    { label: 'Sources', markup: '<case-sources></case-sources>' },
  ];
  if (story.positions.length > 0) snippets.push({ label: 'The sides', markup: '<case-sides></case-sides>' });
  if (story.corrections.length > 0)
    snippets.push({ label: 'Corrections', markup: '<case-corrections corrections></case-corrections>' });
  for (const person of story.people.slice(0, limit)) {
    snippets.push({
      label: `Person card: ${person.name.en || person.id}`,
      markup: `<person-card person="${attr(person.id)}"></person-card>`,
    });
    snippets.push({
      label: `Timeline of ${person.name.en || person.id}`,
      markup: `<case-timeline person="${attr(person.id)}"></case-timeline>`,
    });
  }
  for (const quote of story.quotes.slice(0, limit))
    snippets.push({ label: `Quote: ${quote.id}`, markup: `<quote-block quote="${attr(quote.id)}"></quote-block>` });
  return snippets;
}

/** A snippet inside a `<case-data>` that loads the story file from the newsroom's server. */
export function embedSnippet(story: Story, widget: string, src = storyFileName(story)): string {
  return `<script type="module" src="https://cdn.jsdelivr.net/npm/casefile@${VERSION}/dist/cdn/casefile.js"></script>\n<case-data src="${attr(src)}">\n  ${widget}\n</case-data>`;
}
