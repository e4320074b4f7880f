// Lit's server renderer needs a minimal DOM, and the widgets' base class looks
// up `Element` and `ShadowRoot` while it resolves the language: install the shim
// before the element classes load. It installs nothing where a DOM exists.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { CaseSides } from '../elements/case-sides/case-sides.js';
import { CaseSources } from '../elements/case-sources/case-sources.js';
import { CaseSummary } from '../elements/case-summary/case-summary.js';
import { CaseCorrections } from '../elements/case-corrections/case-corrections.js';
import { CaseTimeline } from '../elements/case-timeline/case-timeline.js';
import { PersonCard } from '../elements/person-card/person-card.js';
import { QuoteBlock } from '../elements/quote-block/quote-block.js';
import type { CaseElement } from '../internal/case-element.js';
import { registerLanguagePack } from '../i18n/packs.js';
import { en } from '../i18n/catalogs/en.js';
import { fr } from '../i18n/catalogs/fr.js';
import { zhHans } from '../i18n/catalogs/zh-hans.js';
import { registerPart } from '../data/bundled-story.js';
import { story } from '../data/story.js';
import { partIn, STORY_PARTS } from '../data/story-split.js';
import * as schemaOrg from '../structured-data/schema-org.js';
import { registerSchemaOrg } from '../internal/schema-org-loader.js';
import type { WidgetTag } from '../tags.js';

// The server renders in one pass, with no time to load anything: every language and every part
// of the story is here from the start, the sources' details too, so that a reader without
// scripts can open any source list, and the structured-data writer.
registerSchemaOrg(schemaOrg);
for (const [lang, strings] of [
  ['en', en],
  ['fr', fr],
  ['zh-Hans', zhHans],
] as const) {
  registerLanguagePack(lang, { strings });
  for (const part of STORY_PARTS) registerPart(lang, part, partIn(story, part, lang));
}

const WIDGETS = {
  'case-corrections': CaseCorrections,
  'case-sides': CaseSides,
  'case-sources': CaseSources,
  'case-summary': CaseSummary,
  'case-timeline': CaseTimeline,
  'person-card': PersonCard,
  'quote-block': QuoteBlock,
} as const satisfies Record<WidgetTag, { new (): CaseElement; readonly observedAttributes: string[] }>;

/** The tags `renderFallback` writes. */
export const FALLBACK_TAGS = Object.keys(WIDGETS) as readonly FallbackTag[];
export type FallbackTag = keyof typeof WIDGETS;

/**
 * Attributes written on the tag but not read by the widget: a page may need
 * them (an anchor, its own styling), and they change nothing inside.
 */
const PASS_THROUGH = ['id', 'class', 'style', 'title', 'dir'];

export interface FallbackOptions {
  /** The widget's language (`en`, `fr`, `zh-Hans`…), written as its `lang` attribute. */
  lang?: string;
  /**
   * Also write the widget's schema.org JSON-LD inside the tag, marked so the
   * widget replaces it (rather than adds a second) once it upgrades.
   */
  structuredData?: boolean;
}

/** Attribute values: a string, `true` for a boolean attribute, `false` or `undefined` to leave it out. */
export type FallbackAttributes = Readonly<Record<string, string | boolean | undefined>>;

/** Why no fallback could be written: an unknown tag or attribute, or input the widget would refuse. */
export class FallbackError extends Error {
  override name = 'FallbackError';
}

/**
 * The tag as an editor pastes it into an article, with the widget's content
 * inside as static, semantic HTML (headings, `figure`/`blockquote`, `time
 * datetime`, lists, links), rendered by the widget's own template from the
 * same data. Readers without JavaScript, feed readers and search engines read
 * it; once the element upgrades, its shadow root (which has no `<slot>`)
 * replaces it on screen and in the accessibility tree.
 *
 * Runs in Node. Throws a `FallbackError` where the widget would show a notice
 * instead of its content, so a mistake never ends up pasted into an article.
 *
 * @example renderFallback('person-card', { person: 'michael-kovrig' }, { lang: 'fr' })
 */
export function renderFallback(
  tag: string,
  attributes: FallbackAttributes = {},
  options: FallbackOptions = {},
): string {
  const Widget = widgetFor(tag);
  const observed = Widget.observedAttributes;
  const given = new Map<string, string>();
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (
      !observed.includes(name) &&
      name !== 'lang' &&
      !PASS_THROUGH.includes(name) &&
      !/^data-[a-z0-9-]+$/.test(name)
    ) {
      throw new FallbackError(`<${tag}> has no attribute "${name}"; it takes ${[...observed, 'lang'].join(', ')}.`);
    }
    given.set(name, value === true ? '' : String(value));
  }
  if (options.lang !== undefined) given.set('lang', options.lang);
  // The widget keeps (and updates) the JSON-LD only while it has the attribute.
  if (options.structuredData) given.set('structured-data', '');

  const element = new Widget();
  // The server DOM learns a tag's name only from a registry; naming the
  // instance keeps the widget's warnings right without registering anything.
  Object.defineProperty(element, 'localName', { value: tag });
  for (const [name, value] of given) {
    element.setAttribute(name, value);
    // The path a browser takes: Lit maps `as-of` to `asOf` and converts booleans.
    if (observed.includes(name)) element.attributeChangedCallback(name, null, value);
  }

  const { html, warnings } = renderQuietly(element);
  const content = cleanServerMarkup(html);
  if (!/^<div\b[^>]*\bpart="base"/.test(content)) {
    throw new FallbackError(warnings.at(-1) ?? `casefile: <${tag}> rendered no content.`);
  }
  warnings.forEach((warning) => console.warn(warning));
  const jsonLd = options.structuredData ? element.structuredDataDocument() : undefined;
  const data = jsonLd ? `\n<script type="application/ld+json" data-casefile>${jsonLd}</script>` : '';
  const opening = [tag, ...[...given].map(([name, value]) => attribute(name, value))].join(' ');
  return `<${opening}>\n${dropStylingHooks(dropButtons(content))}${data}\n</${tag}>`;
}

function widgetFor(tag: string): (typeof WIDGETS)[FallbackTag] {
  if (!Object.hasOwn(WIDGETS, tag)) {
    throw new FallbackError(`"${tag}" is not a Casefile widget; the widgets are ${FALLBACK_TAGS.join(', ')}.`);
  }
  return WIDGETS[tag as FallbackTag];
}

/** Renders the widget's template, holding back its warnings to tell a notice from content. */
function renderQuietly(element: CaseElement): { html: string; warnings: string[] } {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    return { html: collectResultSync(render(element.renderStatically())), warnings };
  } finally {
    console.warn = warn;
  }
}

/**
 * Strips what Lit's server renderer adds for hydration (`<!--lit-part …-->`,
 * `<!--/lit-part-->`, `<!--lit-node N-->`, `<?>`): nothing will hydrate this
 * HTML, the element renders its own shadow root.
 */
function cleanServerMarkup(html: string): string {
  return (
    html
      .replace(/<!--\/?lit-(?:part|node)[^>]*-->|<\?[^>]*>/g, '')
      // A tag the template writes over several lines is one line in the page.
      .replace(/<[a-z][^<>]*>/g, (tag) => tag.replace(/\s+/g, ' '))
      .replace(/<\/([a-z][a-z0-9-]*)\s+>/g, '</$1>')
      .replace(/[ \t\r\n]+>/g, '>')
      .replace(/[ \t]*\r?\n[ \t\r\n]*/g, '\n')
      .replace(/[ \t]{2,}/g, ' ')
      .trim()
  );
}

/**
 * A button ("Show all 29 events") needs the script the fallback is for pages
 * without; static HTML leaves it out rather than offer a control that does
 * nothing. The widget's template has no nested buttons.
 */
function dropButtons(html: string): string {
  return html.replace(/<button\b[^>]*>[^]*?<\/button>\n?/g, '');
}

/**
 * `class` and `part` name the widget's shadow styles; in the page's light DOM
 * they style nothing of ours and could catch the article's own rules (`.small`,
 * `.status`). The data cannot hold a literal `="`: the renderer escapes quotes.
 */
function dropStylingHooks(html: string): string {
  return html.replace(/\s(?:class|part)="[^"]*"/g, '');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

function attribute(name: string, value: string): string {
  return value === '' ? name : `${name}="${value.replace(/[&"<>]/g, (c) => ESCAPES[c] ?? c)}"`;
}
