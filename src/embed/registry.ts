/**
 * Every Casefile tag and how to load its code on demand. Nothing here imports
 * Lit: the loader and the embed page stay tiny, and each element's code (with
 * the chunks it shares) arrives only when its tag is used.
 */
export const ELEMENT_LOADERS = {
  'case-data': () => import('../elements/case-data/define.js'),
  'case-sides': () => import('../elements/case-sides/define.js'),
  'case-sources': () => import('../elements/case-sources/define.js'),
  'case-summary': () => import('../elements/case-summary/define.js'),
  'case-timeline': () => import('../elements/case-timeline/define.js'),
  'person-card': () => import('../elements/person-card/define.js'),
  'quote-block': () => import('../elements/quote-block/define.js'),
} as const;

export type CasefileTag = keyof typeof ELEMENT_LOADERS;

export const TAGS = Object.keys(ELEMENT_LOADERS) as CasefileTag[];

/** The tags that show something: every tag but the `<case-data>` provider. */
export const WIDGET_TAGS = TAGS.filter((tag) => tag !== 'case-data');

export function isWidgetTag(value: string): value is CasefileTag {
  return (WIDGET_TAGS as string[]).includes(value);
}
