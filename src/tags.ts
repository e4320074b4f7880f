/**
 * Every Casefile tag, once. The registration (index.ts), the class exports,
 * the on-demand loader, the fallback renderer, the CDN build's entries, the
 * package's `exports` map and the command's help all follow this list: the
 * type system, the build or a test fails where one of them does not.
 */
export const TAGS = [
  'case-data',
  'case-corrections',
  'case-sides',
  'case-sources',
  'case-summary',
  'case-timeline',
  'person-card',
  'quote-block',
] as const;

export type CasefileTag = (typeof TAGS)[number];

/** The tags that show something: every tag but the `<case-data>` provider. */
export type WidgetTag = Exclude<CasefileTag, 'case-data'>;

export const WIDGET_TAGS = TAGS.filter((tag): tag is WidgetTag => tag !== 'case-data');

export function isWidgetTag(value: string): value is WidgetTag {
  return (WIDGET_TAGS as readonly string[]).includes(value);
}
