// Writes, under each example of the gallery, the HTML that renders it; runs
// the language switcher; shows the JSON-LD a widget publishes.
//
// Its <script> stands before the one that defines the widgets, and module
// scripts run in document order: it reads the markup exactly as written,
// before the elements upgrade and reflect default attributes (variant="full",
// theme="auto") that the page never set.
import { escapeAttr, unbreakableNames } from './snippet-text.js';

const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'source', 'wbr']);

const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// Like outerHTML, except that a boolean attribute is written as its bare
// name (`show-original`), the way an editor types it.
function serialize(node) {
  if (node.nodeType === Node.TEXT_NODE) {
    // A script's text (inline JSON) is not HTML: it is written as it is.
    return node.parentNode?.localName === 'script' ? node.data : escapeText(node.data);
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const tag = node.localName;
  const attrs = [...node.attributes]
    .map((attr) => (attr.value === '' ? ` ${attr.name}` : ` ${attr.name}="${escapeAttr(attr.value)}"`))
    .join('');
  if (VOID.has(tag)) return `<${tag}${attrs}>`;
  const children = [...node.childNodes].map(serialize).join('');
  return `<${tag}${attrs}>${children}</${tag}>`;
}

// The markup as written, less the indentation it has in this file: an
// element nested in the example (inside <case-data>, or fallback HTML) keeps
// only its indentation relative to the example's first line.
function snippetOf(demo) {
  const first = demo.firstChild;
  const indent = first?.nodeType === Node.TEXT_NODE ? (/[ \t]*$/.exec(first.data)?.[0].length ?? 0) : 0;
  const outdent = new RegExp(`^[ \\t]{0,${indent}}`);
  return [...demo.children]
    .map(serialize)
    .join('\n')
    .split('\n')
    .map((line) => line.replace(outdent, ''))
    .join('\n');
}

function copyButton(text) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy';
  button.textContent = 'Copy';
  const status = document.createElement('span');
  status.className = 'copy-status';
  status.setAttribute('role', 'status');
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = 'Copied';
    } catch {
      status.textContent = 'Select the code and copy it';
    }
    setTimeout(() => (status.textContent = ''), 2500);
  });
  return [button, status];
}

document.querySelectorAll('.demo').forEach((demo, i) => {
  const text = snippetOf(demo);
  const figure = document.createElement('figure');
  figure.className = 'snippet';
  const caption = document.createElement('figcaption');
  const label = document.createElement('span');
  label.id = `snippet-${i + 1}`;
  label.textContent = 'HTML';
  caption.append(label, ...copyButton(text));
  const pre = document.createElement('pre');
  // Long lines scroll sideways; a keyboard user must be able to reach them.
  pre.tabIndex = 0;
  pre.setAttribute('aria-labelledby', label.id);
  const code = document.createElement('code');
  code.className = 'language-html';
  code.append(...unbreakableNames(text));
  pre.append(code);
  figure.append(caption, pre);
  demo.after(figure);
});

// -------------------------------------------------------------------------
// The language switcher: sets `lang` on every example's stage, and every
// widget without a `lang` of its own re-renders in it. The page's own text
// stays in English, and keeps lang="en" for screen readers. The choice is
// kept in the query (?lang=fr), beside any #section in the address.

const LANGS = ['en', 'fr', 'zh-Hans'];
const switcher = document.getElementById('lang-switcher');
const select = document.getElementById('widget-lang');

function applyLanguage(lang) {
  document.querySelectorAll('.demo').forEach((demo) => demo.setAttribute('lang', lang));
}

if (switcher && select) {
  const asked = new URLSearchParams(location.search).get('lang');
  const initial = LANGS.find((lang) => lang.toLowerCase() === asked?.toLowerCase()) ?? 'en';
  select.value = initial;
  applyLanguage(initial);

  select.addEventListener('change', () => {
    const lang = LANGS.includes(select.value) ? select.value : 'en';
    applyLanguage(lang);
    const url = new URL(location.href);
    if (lang === 'en') url.searchParams.delete('lang');
    else url.searchParams.set('lang', lang);
    history.replaceState(null, '', url);
  });
  // Without this script the form reloads the page with ?lang=…; with it, nothing to reload.
  switcher.addEventListener('submit', (event) => event.preventDefault());
}

// -------------------------------------------------------------------------
// Structured data: shows the JSON-LD child a widget published, indented,
// and follows it when the widget re-renders (another language).

const output = document.getElementById('jsonld-output');
const source = document.querySelector('#structured-data [structured-data]');
if (output && source) {
  const show = () => {
    const script = source.querySelector(':scope > script[type="application/ld+json"][data-casefile]');
    if (!script) {
      output.textContent = 'The widget published no JSON-LD.';
      return;
    }
    try {
      output.textContent = JSON.stringify(JSON.parse(script.textContent), null, 2);
    } catch {
      output.textContent = script.textContent;
    }
  };
  customElements
    .whenDefined(source.localName)
    .then(() => source.updateComplete)
    .then(() => {
      show();
      new MutationObserver(show).observe(source, { childList: true, subtree: true, characterData: true });
    });
}
