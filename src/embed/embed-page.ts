/**
 * The script of dist/embed.html: renders exactly one widget from the query
 * string (`?widget=person-card&person=michael-kovrig&lang=fr`) for CMSs that
 * allow iframes but strip scripts, and tells the parent page its height.
 * Only known tags and each tag's own attributes are honoured.
 */
import { ELEMENT_LOADERS, isWidgetTag, WIDGET_TAGS } from './registry.js';
import { RESIZE_MESSAGE, type ResizeMessage } from './resize-protocol.js';

/** Set from the page's own script, never from markup: a strict CSP allows it. */
function pageStyles(): void {
  const { style } = document.documentElement;
  style.margin = '0';
  style.background = 'transparent';
  style.font = '16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  document.body.style.margin = '0';
  // Room for the widget's focus outlines, which would otherwise be clipped.
  document.body.style.padding = '2px';
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

function notice(text: string): void {
  const p = document.createElement('p');
  p.setAttribute('role', 'note');
  p.textContent = text;
  p.style.cssText = 'margin:0;padding:.6em .8em;border:1px dashed currentColor;border-radius:.5rem';
  document.body.append(p);
}

async function render(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const tag = (params.get('widget') ?? '').trim();
  const lang = params.get('lang');
  if (lang) document.documentElement.lang = lang;
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
    if (name === 'widget' || name === 'lang') continue;
    if (allowed.has(name)) widget.setAttribute(name, value);
    else console.warn(`casefile embed: <${tag}> has no "${name}" attribute; ignored. Its attributes: ${[...allowed].join(', ')}.`);
  }
  widget.style.setProperty('--casefile-margin-block', '0');
  document.body.append(widget);
}

pageStyles();
reportHeight();
void render();
