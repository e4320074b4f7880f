/**
 * The script of dist/embed.html: renders exactly one widget from the query
 * string (`?widget=person-card&person=michael-kovrig&lang=fr`) for CMSs that
 * allow iframes but strip scripts, and tells the parent page its height.
 * Only known tags and each tag's own attributes are honoured, with `lang` and
 * the page's look: `color`, `background`, `accent` and `font`, each checked.
 */
import { ELEMENT_LOADERS, isWidgetTag, WIDGET_TAGS } from './registry.js';
import { RESIZE_MESSAGE, type ResizeMessage } from './resize-protocol.js';

/**
 * The page's light and dark colours, those of the widgets' own light and dark
 * themes. An iframe cannot inherit the article's colours, so with
 * `theme=auto` (or none) it follows the reader's `prefers-color-scheme`.
 * A constructable stylesheet: the page's strict CSP allows it, as it would
 * not allow a <style> element.
 */
const PAGE_CSS = `
  :root {
    color-scheme: light dark;
    margin: 0;
    background: #ffffff;
    color: #1c1c1c;
    font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  }
  :root[data-theme='dark'] {
    color-scheme: dark;
    background: #16191d;
    color: #eceff1;
  }
  :root[data-theme='light'] {
    color-scheme: light;
  }
  @media (prefers-color-scheme: dark) {
    :root:not([data-theme='light']) {
      background: #16191d;
      color: #eceff1;
    }
  }
  /* Room for the widget's focus outlines, which would otherwise be clipped. */
  body {
    margin: 0;
    padding: 2px;
  }
`;

function pageStyles(): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(PAGE_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** The query parameters that style the page and the widget rather than set its attributes. */
const LOOK_PARAMETERS = ['color', 'background', 'accent', 'font'] as const;
type LookParameter = (typeof LOOK_PARAMETERS)[number];

const isLookParameter = (name: string): name is LookParameter => (LOOK_PARAMETERS as readonly string[]).includes(name);

/**
 * A colour as CSS reads one (`#1a1a1a`, `rgb(…)`, `rebeccapurple`), and
 * nothing that reaches outside the value: no `var()`, `env()` or `attr()`,
 * which CSS.supports accepts whatever they hold.
 */
function isColour(value: string): boolean {
  return value.length <= 64 && !/(var|env|attr)\s*\(/i.test(value) && CSS.supports('color', value);
}

/** A font-family list of names only: letters, digits, spaces, commas, hyphens and quotes. */
function isFontList(value: string): boolean {
  return (
    value.length <= 200 &&
    /^[\p{L}\p{N} ,'"-]+$/u.test(value) &&
    value.trim() !== '' &&
    CSS.supports('font-family', value)
  );
}

/**
 * The look parameters that are valid, applied to the page; warns once for
 * each one it ignores. The colours also go to the widget, as its custom
 * properties, for its light and dark themes.
 */
function applyLook(params: URLSearchParams): Map<LookParameter, string> {
  const look = new Map<LookParameter, string>();
  const root = document.documentElement.style;
  for (const name of LOOK_PARAMETERS) {
    const value = params.get(name)?.trim();
    if (value === undefined) continue;
    const valid = name === 'font' ? isFontList(value) : isColour(value);
    if (!valid) {
      const expected =
        name === 'font' ? 'a list of font names (letters, digits, spaces, commas, hyphens, quotes)' : 'a CSS colour';
      console.warn(`casefile embed: ${name}="${value.slice(0, 80)}" is not ${expected}; ignored.`);
      continue;
    }
    look.set(name, value);
    if (name === 'font') root.fontFamily = value;
    else if (name === 'color') root.color = value;
    else if (name === 'background') root.background = value;
  }
  return look;
}

/**
 * With `theme=auto` (or none), the widget takes the light or dark theme the
 * reader's system asks for, and changes with it; the page's colours follow
 * the same media query. An explicit theme is the widget's and the page's.
 */
function applyTheme(widget: HTMLElement, theme: string | null): void {
  if (theme === 'light' || theme === 'dark') {
    document.documentElement.dataset.theme = theme;
    return;
  }
  if (theme !== null && theme !== 'auto') return; // the widget says what is wrong with it
  const dark = matchMedia('(prefers-color-scheme: dark)');
  const follow = () => widget.setAttribute('theme', dark.matches ? 'dark' : 'light');
  follow();
  dark.addEventListener('change', follow);
}

function reportHeight(): void {
  if (window.parent === window) return;
  let last = -1;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: ResizeMessage = { type: RESIZE_MESSAGE, height };
    // The height is no secret, and the page may be embedded anywhere.
    window.parent.postMessage(message, '*');
  };
  new ResizeObserver(post).observe(document.body);
  post();
}

/**
 * The page's own notice, for a widget it does not know: a plain line for
 * readers, the reason for the editor in a Details disclosure, as a widget's.
 */
function notice(text: string): void {
  const box = document.createElement('div');
  box.setAttribute('role', 'note');
  box.style.cssText = 'padding:.6em .8em;border:1px dashed currentColor;border-radius:.5rem;font-size:.875em';
  const line = document.createElement('p');
  line.textContent = 'This part of the story could not be shown.';
  line.style.margin = '0';
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = 'Details';
  summary.style.cssText = 'width:fit-content;min-height:24px;min-width:24px;padding-block:.15em;cursor:pointer';
  const reason = document.createElement('p');
  reason.textContent = text;
  reason.style.margin = '.25em 0 0';
  details.append(summary, reason);
  box.append(line, details);
  document.body.append(box);
}

async function render(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const tag = (params.get('widget') ?? '').trim();
  const lang = params.get('lang');
  if (lang) document.documentElement.lang = lang;
  const look = applyLook(params);
  if (!isWidgetTag(tag)) {
    console.warn(`casefile embed: widget="${tag}" is not a Casefile widget. Valid widgets: ${WIDGET_TAGS.join(', ')}.`);
    notice(`This story widget could not be shown: “${tag}” is not one of ${WIDGET_TAGS.join(', ')}.`);
    return;
  }
  await ELEMENT_LOADERS[tag]();
  const ctor = customElements.get(tag) as (CustomElementConstructor & { observedAttributes?: string[] }) | undefined;
  const allowed = new Set(ctor?.observedAttributes ?? []);
  const widget = document.createElement(tag);
  for (const [name, value] of params) {
    if (name === 'widget' || name === 'lang' || isLookParameter(name)) continue;
    if (allowed.has(name)) widget.setAttribute(name, value);
    else
      console.warn(
        `casefile embed: <${tag}> has no "${name}" attribute; ignored. Its attributes: ${[...allowed].join(', ')}.`,
      );
  }
  widget.style.setProperty('--casefile-margin-block', '0');
  for (const [name, value] of look) if (name !== 'font') widget.style.setProperty(`--casefile-${name}`, value);
  applyTheme(widget, params.get('theme'));
  document.body.append(widget);
}

pageStyles();
reportHeight();
void render();
