// What a reader's browser downloads, in bytes (raw, gzip, brotli): the
// all-in-one bundle alone, a page holding every widget through it in each
// language (the bundle, then that language's pack and every part of the
// story in it), and a page holding one element of each kind through the
// loader (the loader, then that element's entry, the chunks it imports, the
// English pack and the parts of the story the element shows). Under the table: each
// budget (test/size.test.mjs holds the line there) with the target and
// the gap to it, then, per page, the source modules that weigh most in it
// (from dist/stats/cdn.json, which the build writes).
// Run after `npm run build`: `node scripts/size-report.mjs`.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
// What each widget shows of the story, as the widgets read it (src/data/story-split.ts).
import { STORY_PARTS, WIDGET_PARTS } from '../dist/data/story-split.js';

const dist = resolve(import.meta.dirname, '../dist');
const cdn = join(dist, 'cdn');
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g;

/**
 * What each page may weigh, in bytes. `target` is the performance issue's
 * goal; `budget` is where the tests hold the line until the target is met: a
 * little above the figure of the day, lowered as the pages lose weight.
 */
export const BUDGETS = [
  { page: 'all-in-one casefile.js', measure: 'brotli', budget: 24_300 },
  // For servers and CDNs that compress with gzip only.
  { page: 'all-in-one casefile.js', measure: 'gzip', budget: 27_300 },
  { page: 'every widget, en page', measure: 'brotli', target: 22_000, budget: 39_800 },
  { page: 'every widget, fr page', measure: 'brotli', target: 24_000, budget: 43_100 },
  { page: 'every widget, zh-Hans page', measure: 'brotli', target: 24_000, budget: 41_400 },
  { page: 'one <quote-block> via loader.js', measure: 'brotli', target: 18_000, budget: 24_050 },
];

/** A file and every file it imports statically, as the browser fetches them. */
export function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(STATIC_IMPORT)) closure(resolve(dirname(file), spec), seen);
  return seen;
}

/**
 * The chunk a set of files imports on demand by its name (a pattern), with
 * what that chunk imports in turn.
 */
function onDemand(files, name, seen) {
  const chunk = new RegExp(`import\\(\\s*["'](\\.{1,2}/(?:[^"']*/)?(?:casefile-)?${name}-[\\w-]+\\.js)["']`);
  for (const file of files) {
    const match = chunk.exec(readFileSync(file, 'utf8'));
    if (match) return closure(resolve(dirname(file), match[1]), seen);
  }
  throw new Error(`no chunk ${name} imported by ${[...files].map((f) => relative(cdn, f)).join(', ')}`);
}

/**
 * A set of files with what they load in a language before a widget renders:
 * the language's pack, then each of these parts of the story.
 */
export function withLanguage(files, lang, parts) {
  const seen = new Set(files);
  onDemand(files, lang.toLowerCase(), seen);
  for (const part of parts) onDemand(files, `story-${lang.toLowerCase()}-${part}`, seen);
  return seen;
}

export const LANGUAGES = ['en', 'fr', 'zh-Hans'];

function measure(file) {
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes).length,
  };
}

export function sizes(files) {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const size = measure(file);
    for (const key of Object.keys(total)) total[key] += size[key];
  }
  return total;
}

/** A page's row: its files (relative to dist/cdn) each with its sizes, and their sum. */
function page(fields, files) {
  const perFile = [...files].map((file) => ({ file: relative(cdn, file), ...measure(file) }));
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const size of perFile) for (const key of Object.keys(total)) total[key] += size[key];
  return { ...fields, files: perFile.map((f) => f.file), perFile, ...total };
}

export function report() {
  const loader = closure(join(cdn, 'loader.js'));
  const rows = [page({ page: 'all-in-one casefile.js' }, [join(cdn, 'casefile.js')])];
  for (const lang of LANGUAGES) {
    const files = withLanguage(closure(join(cdn, 'casefile.js')), lang, STORY_PARTS);
    rows.push(page({ page: `every widget, ${lang} page`, lang }, files));
  }
  for (const tag of ['quote-block', 'person-card', 'case-summary', 'case-timeline', 'case-sides', 'case-sources']) {
    const files = withLanguage(closure(join(cdn, `${tag}.js`), new Set(loader)), 'en', WIDGET_PARTS[tag]);
    rows.push(page({ page: `one <${tag}> via loader.js`, tag }, files));
  }
  return rows.map((row) => ({ ...row, ofBundle: row.brotli / rows[0].brotli }));
}

let stats;
/** Per file of dist/cdn, the source modules in it and their bytes (rollup.config.mjs, `cdnStats`). */
function cdnStats() {
  const file = join(dist, 'stats/cdn.json');
  if (!existsSync(file)) throw new Error(`${relative(process.cwd(), file)} is missing: run \`npm run build\``);
  return (stats ??= JSON.parse(readFileSync(file, 'utf8')).chunks);
}

/**
 * The source modules that weigh most in a page's files, by their minified
 * bytes before compression (a module in two of the files counts twice).
 */
export function contributors(row, count = 8) {
  const chunks = cdnStats();
  const total = new Map();
  for (const file of row.files) {
    if (!chunks[file]) throw new Error(`dist/stats/cdn.json knows nothing of ${file}: run \`npm run build\``);
    for (const [module, { minified }] of Object.entries(chunks[file])) {
      total.set(module, (total.get(module) ?? 0) + minified);
    }
  }
  return [...total]
    .map(([module, minified]) => ({ module, minified }))
    .sort((a, b) => b.minified - a.minified)
    .slice(0, count);
}

const pad = (value, width) => String(value).padStart(width);

/** What a test says when a page is past its budget: the figures, the files, and what weighs most. */
export function budgetMessage(row, { measure, budget, target }) {
  return [
    `${row.page}: ${row[measure]} B ${measure}, over its budget of ${budget} B` +
      (target ? ` (target ${target} B, ${row[measure] - target} B to go)` : ''),
    `files the page downloads (${measure} bytes):`,
    ...row.perFile.map((file) => `  ${pad(file[measure], 7)}  ${file.file}`),
    'largest source modules (minified bytes, before compression):',
    ...contributors(row).map(({ module, minified }) => `  ${pad(minified, 7)}  ${module}`),
  ].join('\n');
}

/** The editor, for a newsroom's CMS admin: one file of its own, never on a reader's page. */
export function editorSize() {
  return {
    page: '<case-editor>: editor.js (admin)',
    files: ['editor.js'],
    ...sizes([join(cdn, 'editor.js')]),
  };
}

if (process.argv[1] === import.meta.filename) {
  const rows = report();
  console.log('page'.padEnd(42), pad('raw', 8), pad('gzip', 8), pad('brotli', 8), '  of bundle');
  for (const row of rows) {
    console.log(
      row.page.padEnd(42),
      pad(row.raw, 8),
      pad(row.gzip, 8),
      pad(row.brotli, 8),
      `  ${(row.ofBundle * 100).toFixed(1)} %`,
    );
  }
  const editor = editorSize();
  console.log(editor.page.padEnd(42), pad(editor.raw, 8), pad(editor.gzip, 8), pad(editor.brotli, 8));

  console.log('\nbudgets (test/size.test.mjs)');
  console.log('page'.padEnd(42), pad('bytes', 8), pad('budget', 8), pad('target', 8), pad('to go', 8));
  for (const { page: name, measure, budget, target } of BUDGETS) {
    const bytes = rows.find((row) => row.page === name)[measure];
    console.log(
      `${name}, ${measure}`.padEnd(42),
      pad(bytes, 8),
      pad(budget, 8),
      pad(target ?? '', 8),
      pad(target ? bytes - target : '', 8),
    );
  }

  console.log('\nlargest source modules per page (minified bytes, before compression)');
  for (const row of rows) {
    console.log(`${row.page}: ${row.files.join(', ')}`);
    for (const { module, minified } of contributors(row)) console.log(`  ${pad(minified, 7)}  ${module}`);
  }
}
