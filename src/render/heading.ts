import { html, type TemplateResult } from 'lit';

export const HEADING_LEVELS = ['2', '3', '4', '5', '6'] as const;
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * A real heading element at the level the page asks for, so a widget's
 * headings take their place in the article's outline (levels past 6 stay 6).
 */
export function heading(level: number, content: unknown, part: string): TemplateResult {
  // Five plain templates rather than lit's static html with the tag as a value:
  // they cost fewer bytes than the static-html module every page would load.
  switch (Math.min(Math.max(level, 2), 6) as HeadingLevel) {
    case 2:
      return html`<h2 part=${part} class=${part}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class=${part}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${part}>${content}</h5>`;
    default:
      return html`<h6 part=${part} class=${part}>${content}</h6>`;
  }
}
