/**
 * dist/cdn/loader.js: registers Casefile elements only when their tags appear
 * in the page, now or later (content added by a CMS, an infinite scroll, a
 * single-page app). A page with one <quote-block> downloads <quote-block>'s
 * code and the chunks it shares, and nothing else.
 *
 * It asks for all of that at once: the element's entry, a
 * `<link rel="modulepreload">` for every chunk the entry imports, and for the
 * language pack and the parts of the story the widget will show. Without the hints each module
 * would be discovered only once the one importing it had arrived, a waterfall
 * of round trips (loader, element, shared chunks, language pack) that made
 * the loader slower than the all-in-one bundle on a slow network. Every URL
 * is relative to this module's own, so a CDN on another origin works.
 */
import type { Language } from '../data/types.js';
import type { CasefileTag } from '../tags.js';

/**
 * What each tag needs, written in by the build once the chunks have their
 * names (rollup.config.mjs, `preloadMap`): `files`, every chunk's name (the
 * file `chunks/<name>.js` beside this module); `tags`, for each tag the indices (into `files`) of the
 * chunks its entry imports, directly or not; `packs`, for each language the
 * chunks of its pack; `parts` and `shows`, the chunks of the parts of the
 * story each tag shows, in each language. Keeping it here, rather than in a chunk the loader
 * imports, spares a round trip before anything else can start.
 */
declare const CASEFILE_PRELOADS: {
  files: string[];
  tags: Record<CasefileTag, number[]>;
  packs: Record<Language, number[]>;
  /** For each language, the chunk of each part of the story, in the order of `STORY_PARTS`. */
  parts: Record<Language, number[]>;
  /** For each tag, the parts of the story its widget shows as it renders, by their place in `STORY_PARTS`. */
  shows: Record<CasefileTag, number[]>;
};

const { files, tags, packs, parts, shows } = CASEFILE_PRELOADS;
const TAGS = Object.keys(tags) as CasefileTag[];
const selector = TAGS.join(',');
const requested = new Set<CasefileTag>();
const preloaded = new Set<number>();

function preload(chunks: readonly number[]): void {
  for (const index of chunks) {
    const file = files[index];
    if (file === undefined || preloaded.has(index)) continue;
    preloaded.add(index);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(`chunks/${file}.js`, import.meta.url).href;
    document.head.append(link);
  }
}

/**
 * The language a widget will most likely speak, as the widget resolves it
 * (src/i18n/language.ts) in short: the closest non-empty `lang` (the loader
 * sees the page's own DOM, not shadow roots). A guess that misses costs
 * unused preloads; the widget still loads what it needs.
 */
function languageOf(el: Element): Language {
  let tag = '';
  for (let node: Element | null = el; node && tag === ''; node = node.parentElement) {
    tag = (node.getAttribute('lang') ?? '').trim().toLowerCase();
  }
  if (tag === 'fr' || tag.startsWith('fr-')) return 'fr';
  return /^zh(-cn|-sg|-hans.*)?$/.test(tag) ? 'zh-Hans' : 'en';
}

/** Whether a widget is inside `<case-data>`, which gives it its own story: it loads no part of the bundled one. */
const hasOwnStory = (el: Element) => el.closest('case-data') !== null;

function load(el: Element): void {
  const tag = el.localName as CasefileTag;
  if (customElements.get(tag)) return;
  const lang = languageOf(el);
  preload(packs[lang]);
  if (!hasOwnStory(el)) preload(shows[tag].map((part) => parts[lang][part] ?? -1));
  if (requested.has(tag)) return;
  requested.add(tag);
  preload(tags[tag]);
  import(new URL(`./${tag}.js`, import.meta.url).href).catch((error: unknown) => {
    requested.delete(tag);
    console.warn(`casefile: could not load <${tag}>: ${error instanceof Error ? error.message : String(error)}`);
  });
}

function scan(root: Element | Document): void {
  if (root instanceof Element && TAGS.includes(root.localName as CasefileTag)) load(root);
  for (const el of root.querySelectorAll(selector)) load(el);
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
