import { html, literal, type StaticValue } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';

export const HEADING_LEVELS = ['2', '3', '4', '5', '6'] as const;
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

const TAGS: Record<HeadingLevel, StaticValue> = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/**
 * A real heading element at the level the page asks for, so a widget's
 * headings take their place in the article's outline (levels past 6 stay 6).
 */
export function heading(level: number, content: unknown, part: string): TemplateResult {
  const tag = TAGS[Math.min(Math.max(level, 2), 6) as HeadingLevel];
  // A static tag from the fixed table above, which lit's static html allows.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${tag} part=${part} class=${part}>${content}</${tag}>`;
}
