// The embed-code builder (demo/builder.html): turns the form's choices into a
// live preview, an iframe preview and four snippets, and keeps the choices in
// the URL hash so a configuration can be bookmarked or shared.
import { story } from '../dist/data/index.js';
import { escapeAttr, unbreakableNames } from './snippet-text.js';

const form = document.getElementById('builder-form');
const previewElement = document.getElementById('preview-element');
const previewIframe = document.getElementById('preview-iframe');

/** Where dist/ is, as an absolute URL, so the snippets work pasted anywhere. */
const BASE = new URL('../dist/', location.href).href;

const WIDGETS = ['person-card', 'quote-block', 'case-summary', 'case-timeline', 'case-sides', 'case-sources'];
const LANGS = ['en', 'fr', 'zh-Hans'];
const THEMES = ['auto', 'light', 'dark'];
const VARIANTS = { 'person-card': ['full', 'compact'], 'case-summary': ['full', 'brief'] };
/** The iframe's look: query parameters of embed.html, not attributes of the widget. */
const LOOK = ['color', 'background', 'accent', 'font'];

/**
 * The iframe's height before frame.js resizes it, or for good without it: the
 * whole widget in a wide column, or (timeline, sources) a window onto a long list.
 */
const IFRAME_HEIGHTS = {
  'person-card': 420,
  'person-card compact': 280,
  'quote-block': 380,
  'case-summary': 1100,
  'case-summary brief': 480,
  'case-timeline': 700,
  'case-sides': 680,
  'case-sources': 600,
};

// ---------------------------------------------------------------------------
// The dataset, as the form shows it

const byId = (list) => new Map(list.map((item) => [item.id, item]));
const people = byId(story.people);
const organizations = byId(story.organizations);
const quotes = byId(story.quotes);
const events = byId(story.events);

const nameOf = (entity) => entity?.name?.en ?? entity?.id ?? '';

function speakerOf(quote) {
  const { person, organization } = quote.speaker ?? {};
  return nameOf(person ? people.get(person) : organizations.get(organization)) || 'Unknown speaker';
}

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A dataset date (`2020-11-20`, `2020-11` or `2020`) as a reader would say it. */
function formatDate(date) {
  if (typeof date !== 'string') return '';
  const [year, month, day] = date.split('-').map(Number);
  if (!month) return String(year);
  if (!day)
    return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      Date.UTC(year, month - 1),
    );
  return dateFormat.format(Date.UTC(year, month - 1, day));
}

const quoteLabel = (quote) => `${speakerOf(quote)}, ${formatDate(quote.date)}`;

function shorten(text, max = 60) {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function option(value, text) {
  const el = document.createElement('option');
  el.value = value;
  el.textContent = text;
  return el;
}

function group(label, options) {
  const el = document.createElement('optgroup');
  el.label = label;
  el.append(...options);
  return el;
}

const personOptions = () => story.people.map((p) => option(p.id, `${nameOf(p)} (${p.id})`));

function fillSelects() {
  form.elements.person.append(...personOptions());
  form.elements.quote.append(...story.quotes.map((q) => option(q.id, `${quoteLabel(q)} (${q.id})`)));
  form.elements['timeline-person'].append(option('', 'Everyone'), ...personOptions());
  form.elements.for.append(
    option('', 'Every source'),
    group('People', personOptions()),
    group(
      'Quotations',
      story.quotes.map((q) => option(q.id, `${quoteLabel(q)} (${q.id})`)),
    ),
    group(
      'Events',
      story.events.map((e) => option(e.id, `${formatDate(e.date)}: ${shorten(e.title?.en ?? e.id)}`)),
    ),
  );
}

// ---------------------------------------------------------------------------
// The configuration: the form's state as a plain object, in and out

/** Reads the form into the widget's tag and its attributes, defaults left out, in a stable order. */
function readForm({ reveal = true } = {}) {
  const f = form.elements;
  const widget = WIDGETS.includes(f.widget.value) ? f.widget.value : WIDGETS[0];
  /** @type {[string, string][]} name, value ('' for a boolean attribute) */
  const attrs = [];
  if (widget === 'person-card') {
    attrs.push(['person', f.person.value]);
    if (f['person-variant'].value !== 'full') attrs.push(['variant', f['person-variant'].value]);
  } else if (widget === 'quote-block') {
    attrs.push(['quote', f.quote.value]);
    if (f['show-original'].checked) attrs.push(['show-original', '']);
  } else if (widget === 'case-summary') {
    if (f['summary-variant'].value !== 'full') attrs.push(['variant', f['summary-variant'].value]);
  } else if (widget === 'case-timeline') {
    if (f['timeline-person'].value) attrs.push(['person', f['timeline-person'].value]);
  } else if (widget === 'case-sources') {
    if (f.for.value) attrs.push(['for', f.for.value]);
  }
  if (f['as-of'].value) attrs.push(['as-of', f['as-of'].value]);
  if (f.theme.value && f.theme.value !== 'auto') attrs.push(['theme', f.theme.value]);
  if (f.lang.value) attrs.push(['lang', f.lang.value]);
  if (f['structured-data'].checked) attrs.push(['structured-data', '']);
  return { widget, attrs, look: readLook(reveal) };
}

/** As embed.html checks them: a CSS colour without var(), env() or attr(); font names of safe characters only. */
function validLook(kind, value) {
  if (kind === 'font')
    return value.length <= 200 && /^[\p{L}\p{N} ,'"-]+$/u.test(value) && CSS.supports('font-family', value);
  return value.length <= 64 && !/(var|env|attr)\s*\(/i.test(value) && CSS.supports('color', value);
}

/**
 * The valid look fields, as [name, value]; an invalid one is left out, and
 * marked so when `reveal` (on change, not at every keystroke of a colour
 * still being typed). A field is unmarked as soon as it is valid.
 */
function readLook(reveal) {
  const look = [];
  for (const name of LOOK) {
    const input = form.elements[name];
    const value = input.value.trim();
    const valid = value === '' || validLook(input.dataset.look, value);
    if (valid || reveal) {
      if (valid) input.removeAttribute('aria-invalid');
      else input.setAttribute('aria-invalid', 'true');
      document.getElementById(`${input.id}-error`).hidden = valid;
    }
    if (value && valid) look.push([name, value]);
  }
  return look;
}

/** The form's state as URL parameters, for the hash. */
function stateParams({ widget, attrs, look }) {
  const params = new URLSearchParams({ widget });
  for (const [name, value] of [...attrs, ...look]) params.append(name, value);
  return params;
}

function setRadio(name, value) {
  const radio = [...form.querySelectorAll(`input[type="radio"][name="${name}"]`)].find((r) => r.value === value);
  if (radio) radio.checked = true;
}

function setSelect(select, value) {
  if ([...select.options].some((o) => o.value === value)) select.value = value;
}

/** Restores the form from a hash such as `#widget=person-card&person=michael-kovrig&lang=fr`. Unknown values are ignored. */
function restoreFromHash() {
  form.reset();
  const params = new URLSearchParams(location.hash.slice(1));
  const widget = params.get('widget');
  if (!WIDGETS.includes(widget)) return;
  const f = form.elements;
  setRadio('widget', widget);
  const variant = params.get('variant') ?? 'full';
  if (widget === 'person-card') {
    setSelect(f.person, params.get('person') ?? '');
    if (VARIANTS[widget].includes(variant)) setRadio('person-variant', variant);
  } else if (widget === 'quote-block') {
    setSelect(f.quote, params.get('quote') ?? '');
    f['show-original'].checked = params.has('show-original');
  } else if (widget === 'case-summary') {
    if (VARIANTS[widget].includes(variant)) setRadio('summary-variant', variant);
  } else if (widget === 'case-timeline') {
    setSelect(f['timeline-person'], params.get('person') ?? '');
  } else if (widget === 'case-sources') {
    setSelect(f.for, params.get('for') ?? '');
  }
  const asOf = params.get('as-of') ?? '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(asOf)) f['as-of'].value = asOf;
  if (THEMES.includes(params.get('theme'))) setRadio('theme', params.get('theme'));
  if (LANGS.includes(params.get('lang'))) f.lang.value = params.get('lang');
  f['structured-data'].checked = params.has('structured-data');
  for (const name of LOOK) f[name].value = params.get(name) ?? '';
}

// ---------------------------------------------------------------------------
// The snippets

function tagHtml({ widget, attrs }) {
  const written = attrs
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`))
    .join('');
  return `<${widget}${written}></${widget}>`;
}

/**
 * The iframe's query: the widget, then its attributes in the same order, then its look, encoded by URLSearchParams.
 * Structured data is left out: JSON-LD inside the iframe would describe the iframe's page, not the article.
 */
function embedQuery({ widget, attrs, look }) {
  const params = new URLSearchParams({ widget });
  for (const [name, value] of attrs) if (name !== 'structured-data') params.append(name, value);
  for (const [name, value] of look) params.append(name, value);
  return params.toString();
}

/** A word for a POSIX shell: as it is when it is plain, else in single quotes. */
const shellWord = (word) => (/^[\w.,:@%+=/-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);

/**
 * The command that writes the tag with its fallback HTML inside (bin/casefile.js):
 * attributes as name=value (a boolean one as its bare name), lang and structured data as options.
 */
function fallbackCommand({ widget, attrs }) {
  const words = ['npx', 'casefile', 'fallback', widget];
  const options = [];
  for (const [name, value] of attrs) {
    if (name === 'lang') options.push('--lang', value);
    else if (name === 'structured-data') options.push('--structured-data');
    else words.push(value === '' ? name : `${name}=${value}`);
  }
  return [...words, ...options].map(shellWord).join(' ');
}

/** What a screen reader announces for the iframe: the widget's subject, then "Casefile". */
function iframeTitle({ widget, attrs }) {
  const attr = (name) => attrs.find(([n]) => n === name)?.[1];
  let subject;
  switch (widget) {
    case 'person-card':
      subject = nameOf(people.get(attr('person')));
      break;
    case 'quote-block': {
      const quote = quotes.get(attr('quote'));
      subject = quote ? `Quotation: ${quoteLabel(quote)}` : 'Quotation';
      break;
    }
    case 'case-summary':
      subject = 'The case at a glance';
      break;
    case 'case-timeline': {
      const person = people.get(attr('person'));
      subject = person ? `Timeline: ${nameOf(person)}` : 'Timeline of the case';
      break;
    }
    case 'case-sides':
      subject = 'China’s and Canada’s positions';
      break;
    case 'case-sources': {
      const id = attr('for');
      const entity = people.get(id) ?? quotes.get(id) ?? events.get(id);
      let what = '';
      if (people.has(id)) what = nameOf(entity);
      else if (quotes.has(id)) what = `the quotation of ${quoteLabel(entity)}`;
      else if (events.has(id)) what = `the event of ${formatDate(entity.date)}`;
      subject = what ? `Sources for ${what}` : 'Sources';
      break;
    }
    default:
      subject = widget;
  }
  return `${subject} — Casefile`;
}

function iframeHeight({ widget, attrs }) {
  const variant = attrs.find(([n]) => n === 'variant')?.[1];
  return IFRAME_HEIGHTS[variant ? `${widget} ${variant}` : widget] ?? IFRAME_HEIGHTS[widget] ?? 480;
}

function snippets(config) {
  const tag = tagHtml(config);
  const src = `${BASE}embed.html?${embedQuery(config)}`;
  return {
    'snippet-script': `<script type="module" src="${escapeAttr(`${BASE}cdn/casefile.js`)}"></script>\n${tag}`,
    'snippet-loader': `<script type="module" src="${escapeAttr(`${BASE}cdn/loader.js`)}"></script>\n${tag}`,
    'snippet-iframe':
      `<iframe src="${escapeAttr(src)}"\n` +
      `        title="${escapeAttr(iframeTitle(config))}" width="100%" height="${iframeHeight(config)}" loading="lazy"></iframe>\n` +
      `<script type="module" src="${escapeAttr(`${BASE}cdn/frame.js`)}"></script>`,
    'snippet-fallback': fallbackCommand(config),
  };
}

const snippetText = new Map();

function writeSnippets(config) {
  for (const [id, text] of Object.entries(snippets(config))) {
    if (snippetText.get(id) === text) continue;
    snippetText.set(id, text);
    document.getElementById(id).replaceChildren(...unbreakableNames(text));
  }
}

// ---------------------------------------------------------------------------
// The previews

let lastPreview = '';
let lastIframe = '';

function writePreviews(config) {
  const key = stateParams(config).toString();
  if (key !== lastPreview) {
    lastPreview = key;
    const element = document.createElement(config.widget);
    for (const [name, value] of config.attrs) element.setAttribute(name, value);
    // The preview sits under an <h3>: its own heading is an <h4>.
    element.setAttribute('heading-level', '4');
    previewElement.replaceChildren(element);
  }

  // The iframe ignores structured data, so ticking it does not reload the iframe.
  const query = embedQuery(config);
  if (query === lastIframe) return;
  lastIframe = query;
  previewIframe.title = iframeTitle(config);
  // Without a resize message yet, start from the height the snippet suggests.
  previewIframe.style.height = `${iframeHeight(config)}px`;
  previewIframe.src = `../dist/embed.html?${query}`;
}

// ---------------------------------------------------------------------------
// Showing only the controls that apply

function showApplicableControls(widget) {
  for (const el of form.querySelectorAll('[data-for]')) {
    el.hidden = !el.dataset.for.split(' ').includes(widget);
  }
}

function update({ fromHash = false, reveal = true } = {}) {
  const config = readForm({ reveal });
  showApplicableControls(config.widget);
  writeSnippets(config);
  writePreviews(config);
  if (!fromHash) {
    const hash = `#${stateParams(config)}`;
    if (location.hash !== hash) history.replaceState(null, '', hash);
  }
}

// ---------------------------------------------------------------------------
// Copying

function copyStatus(button) {
  return button.parentElement.querySelector('[role="status"]');
}

const statusTimers = new WeakMap();

document.addEventListener('click', async (event) => {
  const button = event.target instanceof Element ? event.target.closest('button[data-copy]') : null;
  if (!button) return;
  const code = document.getElementById(button.dataset.copy);
  const status = copyStatus(button);
  clearTimeout(statusTimers.get(status));
  try {
    await navigator.clipboard.writeText(snippetText.get(button.dataset.copy) ?? code.textContent);
    status.textContent = 'Copied';
    statusTimers.set(
      status,
      setTimeout(() => (status.textContent = ''), 3000),
    );
  } catch {
    // Select the code, so that copying by hand is one keystroke away.
    getSelection()?.selectAllChildren(code);
    status.textContent = 'Could not copy: the code is selected, press Ctrl+C (⌘C on a Mac) to copy it';
  }
});

// ---------------------------------------------------------------------------

document.getElementById('base-url').textContent = BASE;
fillSelects();
restoreFromHash();
update({ fromHash: true });

form.addEventListener('input', () => update({ reveal: false }));
form.addEventListener('change', () => update());
// The reset event fires before the form's values are reset.
form.addEventListener('reset', () => setTimeout(() => update()));
form.addEventListener('submit', (event) => event.preventDefault());
window.addEventListener('hashchange', () => {
  restoreFromHash();
  update({ fromHash: true });
});
