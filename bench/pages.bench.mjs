// The page benchmark (`npm run bench`, after the in-browser microbenchmarks):
// whole pages loaded in headless Chromium from a small CDN-like server over
// this repository, which sends brotli-compressed files over HTTP/2, so a
// throttled network sees the bytes and requests a reader's browser would. It compares, in
// one run, each variant with a baseline measured in the same run:
//
// 1. 100 mixed widgets through casefile.js, against the same widgets' content
//    as static fallback HTML (with dist/fallback.css), and as 100 iframes of
//    dist/embed.html;
// 2. one <case-timeline>, through casefile.js and through loader.js, against
//    TimelineJS 3 showing the same events (bytes downloaded and time to
//    rendered);
// 3. the JS heap each widget costs once the code is loaded;
// 4. on a slow profile (1.6 Mbps, 150 ms round trip, CPU 4× slower): time to
//    the first widget through casefile.js, loader.js and an iframe, and how
//    many sequential round trips each path waits for.
//
// Variants alternate round by round, each load in a fresh browser context,
// whose cache starts empty (so every load is a first visit); the table gives medians and ranges (min–max). Timings
// are printed, never asserted: `npm test` has none. Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
if (!Number.isInteger(ROUNDS) || ROUNDS < 5) throw new Error('BENCH_ROUNDS must be a whole number, 5 or more.');

const { renderFallback } = await import('../dist/fallback/index.js').catch(() => {
  throw new Error('dist/ is missing: run `npm run build` first (`npm run bench` does).');
});
const { story } = await import('../dist/data/index.js');
// TimelineJS is a devDependency of this benchmark only.
const TIMELINEJS = join(dirname(createRequire(import.meta.url).resolve('@knight-lab/timelinejs/package.json')), 'dist');

// ---------------------------------------------------------------------------
// The pages

/** The mix of widgets, repeated to make 100: every widget kind, several entities and variants. */
const MIX = [
  ['person-card', { person: 'michael-kovrig' }],
  ['person-card', { person: 'michael-spavor' }],
  ['person-card', { person: 'meng-wanzhou', variant: 'compact' }],
  ['quote-block', { quote: 'zhao-lijian-2020-11-20' }],
  ['quote-block', { quote: 'justin-trudeau-2020-11-19' }],
  ['case-summary', {}],
  ['case-timeline', { person: 'michael-spavor' }],
  ['case-sides', {}],
  ['case-sources', { for: 'michael-kovrig' }],
  ['case-corrections', {}],
];
const WIDGETS = Array.from({ length: 100 }, (_, i) => MIX[i % MIX.length]);

const attrs = (attributes) => Object.entries(attributes).map(([name, value]) => ` ${name}="${value}"`);
const emptyTag = ([tag, attributes]) => `<${tag}${attrs(attributes).join('')}></${tag}>`;
const embedUrl = ([tag, attributes]) =>
  `/dist/embed.html?${new URLSearchParams({ widget: tag, ...attributes }).toString().replaceAll('&', '&amp;')}`;

/**
 * What "rendered" means, as one classic script at the top of every page: it
 * sets `window.benchRendered` to a promise of the time (ms since navigation
 * start) when the page's content is rendered and laid out, then one frame
 * later (a requestAnimationFrame, then a task, so the frame has been
 * produced). `whenReady` says when the content is there:
 * - widgets: every Casefile element is defined, its `updateComplete` has
 *   resolved (which includes its language pack) and its shadow root holds its
 *   rendering (`.widget`), then a forced layout;
 * - static: the `load` event;
 * - iframes: every iframe has loaded and the widget inside it is rendered;
 * - TimelineJS: its `loaded` event.
 */
const PROBE = `
  const widgetRendered = (el) => !!el.shadowRoot?.querySelector('.widget');
  async function widgetsRendered(doc) {
    const win = doc.defaultView;
    const els = [...doc.querySelectorAll('person-card,quote-block,case-summary,case-timeline,case-sides,case-sources,case-corrections')];
    await Promise.all([...new Set(els.map((el) => el.localName))].map((tag) => win.customElements.whenDefined(tag)));
    while (!els.every(widgetRendered)) {
      await Promise.all(els.map((el) => el.updateComplete));
      if (!els.every(widgetRendered)) await new Promise((r) => setTimeout(r, 4));
    }
    void doc.body.offsetHeight;
  }
  const domReady = new Promise((r) => document.readyState === 'loading' ? addEventListener('DOMContentLoaded', r) : r());
  const loaded = new Promise((r) => addEventListener('load', r));
  async function frameRendered(frame) {
    for (;;) {
      const doc = frame.contentDocument;
      const el = doc?.body?.firstElementChild;
      if (doc?.readyState === 'complete' && el?.updateComplete) {
        await el.updateComplete;
        if (widgetRendered(el)) return void doc.body.offsetHeight;
      }
      await new Promise((r) => setTimeout(r, 4));
    }
  }
  const whenReady = {
    widgets: () => domReady.then(() => widgetsRendered(document)),
    static: () => loaded,
    iframes: () => domReady.then(() => Promise.all([...document.querySelectorAll('iframe')].map(frameRendered))),
    timelinejs: () => new Promise((r) => (window.benchTimelineLoaded = r)),
  };
  window.benchRendered = whenReady[document.documentElement.dataset.bench]()
    .then(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))))
    .then(() => performance.now());
`;

/** A page of the article column's width, with the probe first in its head. */
function page(kind, head, body) {
  return `<!doctype html>
<html lang="en" data-bench="${kind}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Casefile page benchmark</title>
<script>${PROBE}</script>
${head}
<style>body { max-width: 42rem; margin: 1rem auto; font: 18px/1.5 Georgia, serif; } iframe { display: block; width: 100%; border: 0; }</style>
</head>
<body>
${body}
</body>
</html>`;
}

const BUNDLE = '<script type="module" src="/dist/cdn/casefile.js"></script>';
const LOADER = '<script type="module" src="/dist/cdn/loader.js"></script>';
const FRAME_HELPER = '<script type="module" src="/dist/cdn/frame.js"></script>';
const ONE_CARD = ['person-card', { person: 'michael-kovrig' }];

/** TimelineJS's own JSON format, from the bundled story's events, in English. */
const timelineJson = JSON.stringify({
  title: { text: { headline: 'Meng Wanzhou and the two Michaels' } },
  events: story.events.map((event) => {
    const [year, month, day] = event.date.split('-').map(Number);
    return {
      unique_id: event.id,
      start_date: { year, ...(month ? { month } : {}), ...(day ? { day } : {}) },
      text: { headline: event.title.en },
    };
  }),
});

const PAGES = {
  'static.html': page(
    'static',
    '<link rel="stylesheet" href="/dist/fallback.css">',
    WIDGETS.map(([tag, attributes]) => renderFallback(tag, attributes)).join('\n'),
  ),
  'widgets.html': page('widgets', BUNDLE, WIDGETS.map(emptyTag).join('\n')),
  'iframes.html': page(
    'iframes',
    FRAME_HELPER,
    WIDGETS.map((widget) => `<iframe src="${embedUrl(widget)}" title="${widget[0]}" height="300"></iframe>`).join('\n'),
  ),
  'timeline.html': page('widgets', BUNDLE, '<case-timeline></case-timeline>'),
  'timeline-loader.html': page('widgets', LOADER, '<case-timeline></case-timeline>'),
  'timelinejs.html': page(
    'timelinejs',
    '<link rel="stylesheet" href="/vendor/timelinejs/css/timeline.css">\n<script src="/vendor/timelinejs/js/timeline.js"></script>',
    `<div id="timeline" style="height: 600px"></div>
<script>
  new TL.Timeline('timeline', '/bench/timeline.json', { script_path: new URL('/vendor/timelinejs/js/', location.href).href })
    .on('loaded', () => window.benchTimelineLoaded());
</script>`,
  ),
  // The heap page: the code and one widget of each kind already there; the benchmark adds 100 more.
  'heap.html': page('widgets', BUNDLE, `${MIX.map(emptyTag).join('\n')}\n<div id="host"></div>`),
  'one-bundle.html': page('widgets', BUNDLE, emptyTag(ONE_CARD)),
  'one-loader.html': page('widgets', LOADER, emptyTag(ONE_CARD)),
  'one-iframe.html': page(
    'iframes',
    FRAME_HELPER,
    `<iframe src="${embedUrl(ONE_CARD)}" title="Michael Kovrig" height="400"></iframe>`,
  ),
};

// ---------------------------------------------------------------------------
// The server: files from the repository (and TimelineJS from node_modules),
// brotli-compressed like a CDN's; it counts the bytes it sends.

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.ttf']);
const compressed = new Map();
/** Bytes of each response body sent since the last reset, by path. */
let sent = [];

function body(path) {
  if (path.startsWith('/bench/') && PAGES[path.slice(7)]) return Buffer.from(PAGES[path.slice(7)]);
  if (path === '/bench/timeline.json') return Buffer.from(timelineJson);
  const [base, rest] = path.startsWith('/vendor/timelinejs/')
    ? [TIMELINEJS, path.slice('/vendor/timelinejs/'.length)]
    : [ROOT, path.slice(1)];
  const file = normalize(join(base, rest));
  if (!file.startsWith(base + sep) || !statSync(file, { throwIfNoEntry: false })?.isFile()) return undefined;
  return readFileSync(file);
}

function serve(request, response) {
  const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
  const ext = extname(path);
  let bytes = compressed.get(path);
  if (!bytes) {
    const raw = body(path);
    if (!raw) {
      response.writeHead(404).end();
      return;
    }
    bytes = COMPRESSIBLE.has(ext)
      ? brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } })
      : Object.assign(raw, { identity: true });
    compressed.set(path, bytes);
  }
  sent.push({ path, bytes: bytes.length });
  response.writeHead(200, {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'content-length': bytes.length,
    // Cacheable, as from a CDN: the 100 iframes of a page share one download of each file, as
    // they would for a reader. Every load has a fresh browser context, whose cache starts empty.
    'cache-control': 'public, max-age=31536000',
    ...(bytes.identity ? {} : { 'content-encoding': 'br' }),
  });
  response.end(bytes);
}

/**
 * A throwaway self-signed certificate for 127.0.0.1, so the server can speak
 * HTTP/2 as CDNs do (browsers speak it over TLS only): many small chunks then
 * share one connection instead of queueing for HTTP/1.1's six. Undefined, and
 * the benchmark falls back to HTTP/1.1 and says so, where openssl is missing.
 */
function selfSignedCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-bench-'));
  try {
    const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1'].concat([
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ]),
      { stdio: 'ignore' },
    );
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } catch {
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const tls = selfSignedCertificate();
const server = tls ? createSecureServer({ ...tls, allowHTTP1: true }, serve) : createServer(serve);
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const ORIGIN = `${tls ? 'https' : 'http'}://127.0.0.1:${server.address().port}`;
const PROTOCOL = tls ? 'HTTP/2 over TLS, as CDNs serve' : 'HTTP/1.1 (no openssl for an HTTP/2 certificate)';

// ---------------------------------------------------------------------------
// The browser

const browser = await puppeteer.launch({
  executablePath: findChromium(),
  headless: true,
  args: [
    ...CHROMIUM_ARGS.filter((arg) => !arg.startsWith('--headless')),
    // Nothing leaves the machine: a page asking another host fails at once rather than waiting.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    // The benchmark's own throwaway certificate.
    '--ignore-certificate-errors',
  ],
});

/** The slow profile of the issue: about 1.6 Mbps down, 750 kbps up, 150 ms round trip, CPU 4× slower. */
const SLOW = { download: 200_000, upload: 93_750, latency: 150 };

/**
 * Loads a page in a fresh context (an empty cache); resolves to the
 * time to rendered (ms), the bytes the server sent for it, and (with
 * `requests`) every request with its initiator, for the round-trip depth.
 */
async function load(name, { slow = false, then } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    await tab.setViewport({ width: 1280, height: 800 });
    const cdp = await tab.createCDPSession();
    if (process.env.BENCH_ONLY) {
      tab.on('console', (message) => console.log(`  [${name}] ${message.text()}`));
      tab.on('pageerror', (error) => console.log(`  [${name}] ${error.message}`));
    }
    const requests = [];
    await cdp.send('Network.enable');
    await cdp.send('Performance.enable');
    cdp.on('Network.requestWillBeSent', ({ requestId, request, initiator, timestamp }) =>
      requests.push({ requestId, url: request.url, initiator, sent: timestamp }),
    );
    cdp.on('Network.loadingFinished', ({ requestId, timestamp }) => {
      const request = requests.find((r) => r.requestId === requestId);
      if (request) request.finished = timestamp;
    });
    if (slow) {
      await tab.emulateNetworkConditions(SLOW);
      await tab.emulateCPUThrottling(4);
    }
    sent = [];
    await tab.goto(`${ORIGIN}/bench/${name}`, { waitUntil: 'load', timeout: 120_000 });
    const time = await tab.evaluate(
      (ms) =>
        Promise.race([
          globalThis.benchRendered,
          new Promise((_, reject) => setTimeout(() => reject(new Error(`not rendered after ${ms} ms`)), ms)),
        ]),
      90_000,
    );
    // Where the main thread's time went until then (Chromium reports seconds).
    const { metrics } = await cdp.send('Performance.getMetrics');
    const main = Object.fromEntries(metrics.map(({ name, value }) => [name, value * 1000]));
    const extra = then ? await then(tab, cdp) : undefined;
    return { time, main, bytes: sent.reduce((sum, { bytes }) => sum + bytes, 0), files: sent, requests, extra };
  } finally {
    await context.close();
  }
}

/**
 * The sequential round trips before the page rendered: the document is step
 * 1, and a request is one step after the request that started it (its
 * initiator: the parser of a document, or a script, whose stack names the
 * module that asked). A request whose initiator names no file (Chromium
 * reports a `modulepreload` link's fetch as from "about:client") is counted
 * one step after the deepest request that had finished when it was sent,
 * since it could not have started earlier. The deepest step is the
 * waterfall's length.
 */
function waterfallDepth(requests, verbose = false) {
  const depth = new Map();
  const named = (initiator) =>
    [initiator.stack?.callFrames?.[0]?.url, initiator.stack?.parent?.callFrames?.[0]?.url, initiator.url].find(
      (url) => url && depth.has(url),
    );
  let deepest = 0;
  for (const { url, initiator, sent } of requests) {
    if (url.endsWith('/favicon.ico') || url.startsWith('data:') || depth.has(url)) continue;
    const parent = named(initiator);
    const after = requests.filter((r) => r.finished !== undefined && r.finished <= sent && depth.has(r.url));
    const step =
      depth.size === 0 ? 1 : parent ? depth.get(parent) + 1 : 1 + Math.max(1, ...after.map((r) => depth.get(r.url)));
    depth.set(url, step);
    deepest = Math.max(deepest, step);
    if (verbose)
      console.log(`  ${step} ${url.replace(ORIGIN, '')} <- ${(parent ?? initiator.type).replace(ORIGIN, '')}`);
  }
  return deepest;
}

/** The JS heap a page uses after two full garbage collections, in bytes. */
async function heapUsed(cdp) {
  for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, embedderHeapUsedSize } = await cdp.send('Runtime.getHeapUsage');
  return { js: usedSize, dom: embedderHeapUsedSize ?? NaN };
}

/** Adds 100 widgets to the heap page, after its code and first widgets are there: bytes of heap per widget. */
async function heapPerWidget(tab, cdp) {
  const before = await heapUsed(cdp);
  await tab.evaluate(async (markup) => {
    const host = globalThis.document.getElementById('host');
    host.innerHTML = markup;
    const els = [...host.children];
    await Promise.all(els.map((el) => el.updateComplete));
    void host.offsetHeight;
  }, WIDGETS.map(emptyTag).join(''));
  const after = await heapUsed(cdp);
  return { js: (after.js - before.js) / 100, dom: (after.dom - before.dom) / 100 };
}

// ---------------------------------------------------------------------------
// The run: variants alternate within each round, in an order that rotates.

const VARIANTS = {
  static: () => load('static.html'),
  widgets: () => load('widgets.html'),
  iframes: () => load('iframes.html'),
  timeline: () => load('timeline.html'),
  'timeline loader': () => load('timeline-loader.html'),
  timelinejs: () => load('timelinejs.html'),
  heap: () => load('heap.html', { then: heapPerWidget }),
  'slow bundle': () => load('one-bundle.html', { slow: true }),
  'slow loader': () => load('one-loader.html', { slow: true }),
  'slow iframe': () => load('one-iframe.html', { slow: true }),
};
const results = Object.fromEntries(Object.keys(VARIANTS).map((name) => [name, []]));

const names = Object.keys(VARIANTS);
const started = performance.now();
// For working on one page: `BENCH_ONLY=widgets,slow\ loader node bench/pages.bench.mjs` loads
// each named variant once and prints its figures, its console and its request waterfall.
if (process.env.BENCH_ONLY) {
  for (const name of process.env.BENCH_ONLY.split(',')) {
    const result = await VARIANTS[name]().catch((error) => error);
    console.log(name, result instanceof Error ? result.message : [result.time, result.bytes, result.extra]);
    if (!(result instanceof Error)) console.log(waterfallDepth(result.requests, true));
  }
  process.exit(0);
}
// One warm-up load of each page (the server compresses each file once; Chromium starts its processes).
for (const name of names) await VARIANTS[name]();
for (let round = 0; round < ROUNDS; round++) {
  for (let i = 0; i < names.length; i++) {
    const name = names[(i + round) % names.length];
    results[name].push(await VARIANTS[name]());
  }
  process.stderr.write(`round ${round + 1}/${ROUNDS} done (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
}
const version = await browser.version();
await browser.close();
server.close();

// ---------------------------------------------------------------------------
// The table

const sorted = (values) => [...values].sort((a, b) => a - b);
const median = (values) => {
  const s = sorted(values);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const ms = (value) => `${Math.round(value)} ms`;
const kb = (value) => `${(value / 1000).toFixed(1)} KB`;
const range = (values, format) => `${format(Math.min(...values))}–${format(Math.max(...values))}`;
const times = (name) => results[name].map((r) => r.time);
const bytes = (name) => results[name].map((r) => r.bytes);
/** Ratios round by round (each round's variant over the same round's baseline). */
const ratios = (a, b) => a.map((value, i) => value / b[i]);
const x = (value) => `${value.toFixed(2)}×`;

const rows = [];
function row(what, values, format, { ratio, target, met } = {}) {
  rows.push([
    what,
    format(median(values)),
    range(values, format),
    ratio ? `${x(median(ratio))} (${range(ratio, x)})` : '',
    target ?? '',
    met === undefined ? '' : met ? 'yes' : 'no',
  ]);
}
const ratioRow = (what, name, base, target) => {
  const ratio = ratios(times(name), times(base));
  row(what, times(name), ms, { ratio, target: target && `≤ ${target}×`, met: target && median(ratio) <= target });
};

row('100 widgets as static fallback HTML (baseline)', times('static'), ms);
ratioRow('100 mixed widgets via casefile.js, time to rendered', 'widgets', 'static', 1.3);
ratioRow('100 iframes of embed.html, time to rendered', 'iframes', 'static');
// The profile: the main thread's script, style recalculation and layout time until rendered.
for (const [name, label] of [
  ['static', 'static HTML'],
  ['widgets', '100 widgets'],
]) {
  for (const [metric, what] of [
    ['ScriptDuration', 'script'],
    ['RecalcStyleDuration', 'style recalculation'],
    ['LayoutDuration', 'layout'],
  ]) {
    row(
      `${label}: ${what} until rendered`,
      results[name].map((r) => r.main[metric]),
      ms,
    );
  }
}
row('TimelineJS 3 page, time to rendered (baseline)', times('timelinejs'), ms);
ratioRow('<case-timeline> page via casefile.js, time to rendered', 'timeline', 'timelinejs', 0.5);
ratioRow('<case-timeline> page via loader.js, time to rendered', 'timeline loader', 'timelinejs', 0.5);
row('TimelineJS 3 page, bytes (brotli)', bytes('timelinejs'), kb);
for (const [how, name] of [
  ['casefile.js', 'timeline'],
  ['loader.js', 'timeline loader'],
]) {
  const ratio = ratios(bytes(name), bytes('timelinejs'));
  row(`<case-timeline> page via ${how}, bytes (brotli)`, bytes(name), kb, {
    ratio,
    target: '≤ 0.3×',
    met: median(ratio) <= 0.3,
  });
}
{
  const js = results.heap.map((r) => r.extra.js);
  row('JS heap per widget (100 added after load)', js, kb, { target: '≤ 25 KB', met: median(js) <= 25_000 });
  const dom = results.heap.map((r) => r.extra.dom);
  if (dom.every(Number.isFinite)) row('DOM (Blink) heap per widget, for reference', dom, kb);
}
row('slow profile: first widget via casefile.js (baseline)', times('slow bundle'), ms);
{
  const ratio = ratios(times('slow loader'), times('slow bundle'));
  row('slow profile: first widget via loader.js', times('slow loader'), ms, {
    ratio,
    target: '≤ 1× (not slower)',
    met: median(ratio) <= 1,
  });
}
ratioRow('slow profile: first widget in an iframe', 'slow iframe', 'slow bundle');
for (const [name, label] of [
  ['slow bundle', 'casefile.js'],
  ['slow loader', 'loader.js'],
  ['slow iframe', 'iframe'],
]) {
  const depths = results[name].map((r) => waterfallDepth(r.requests));
  row(`round trips in sequence, first widget via ${label}`, depths, String, {
    target: name === 'slow loader' ? '≤ 3' : undefined,
    met: name === 'slow loader' ? median(depths) <= 3 : undefined,
  });
}

const cpu = cpus();
console.log(`
## Page benchmark (${ROUNDS} rounds, variants alternating; median, range min–max, ratio to the baseline of the same round)

Machine: ${cpu[0]?.model.trim()}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM; ${version}; Node ${process.version}; ${PROTOCOL}.
Slow profile: ${(SLOW.download * 8) / 1e6} Mbps down, ${(SLOW.upload * 8) / 1e3} kbps up, ${SLOW.latency} ms round trip, CPU 4× slower.

| what | median | range | ratio | target | met? |
| --- | --- | --- | --- | --- | --- |
${rows.map((cells) => `| ${cells.join(' | ')} |`).join('\n')}
`);
if (process.env.BENCH_VERBOSE) {
  for (const name of ['timeline', 'timeline loader', 'timelinejs', 'slow bundle', 'slow loader', 'slow iframe']) {
    console.log(name, results[name][0].files.map((f) => `${f.path} ${f.bytes}`).join(', '));
  }
}
