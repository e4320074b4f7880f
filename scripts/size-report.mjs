// What a reader's browser downloads, in bytes (raw, gzip, brotli): the
// all-in-one bundle alone, a page holding every widget through it in each
// language (the bundle, then that language's pack), and a page holding one
// element of each kind through the loader (the loader, then that element's
// entry, the chunks it imports and the English pack).
// Run after `npm run build`: `node scripts/size-report.mjs`.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const cdn = resolve(import.meta.dirname, '../dist/cdn');
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g;

/** A file and every file it imports statically, as the browser fetches them. */
export function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(STATIC_IMPORT)) closure(resolve(dirname(file), spec), seen);
  return seen;
}

/**
 * The chunk a set of files imports on demand for a language's `part`: its
 * pack (`''`: strings and the story's texts) or its source details
 * (`'sources-'`), with what that chunk imports in turn.
 */
export function onDemand(files, lang, part = '', seen = new Set(files)) {
  const name = `(?:casefile-)?${part}${lang.toLowerCase()}-[\\w-]+\\.js`;
  const chunk = new RegExp(`import\\(\\s*["'](\\.{1,2}/(?:[^"']*/)?${name})["']`);
  for (const file of files) {
    const match = chunk.exec(readFileSync(file, 'utf8'));
    if (match) return closure(resolve(dirname(file), match[1]), seen);
  }
  throw new Error(`no ${lang} ${part || 'pack'} imported by ${[...files].map((f) => relative(cdn, f)).join(', ')}`);
}

/** A language's pack, as `onDemand` finds it. */
export const languagePack = (files, lang) => onDemand(files, lang);

/** Tags whose widgets show the sources' details as they render, so their page loads them at once. */
const SHOWS_SOURCES = ['case-timeline', 'case-sources', 'case-corrections'];

export const LANGUAGES = ['en', 'fr', 'zh-Hans'];

export function sizes(files) {
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    brotli += brotliCompressSync(bytes).length;
  }
  return { raw, gzip, brotli };
}

export function report() {
  const bundle = sizes([join(cdn, 'casefile.js')]);
  const loader = closure(join(cdn, 'loader.js'));
  const rows = [{ page: 'all-in-one casefile.js', files: ['casefile.js'], ...bundle }];
  for (const lang of LANGUAGES) {
    // A page with every widget shows a source list and the timeline's links: it loads the source details.
    const files = onDemand(languagePack(closure(join(cdn, 'casefile.js')), lang), lang, 'sources-');
    rows.push({
      page: `every widget, ${lang} page`,
      lang,
      files: [...files].map((f) => relative(cdn, f)),
      ...sizes(files),
    });
  }
  for (const tag of ['quote-block', 'person-card', 'case-summary', 'case-timeline', 'case-sides', 'case-sources']) {
    const code = languagePack(closure(join(cdn, `${tag}.js`), new Set(loader)), 'en');
    const files = SHOWS_SOURCES.includes(tag) ? onDemand(code, 'en', 'sources-') : code;
    rows.push({
      page: `one <${tag}> via loader.js`,
      tag,
      files: [...files].map((f) => relative(cdn, f)),
      ...sizes(files),
    });
  }
  return rows.map((row) => ({ ...row, ofBundle: row.brotli / bundle.brotli }));
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
  console.log('page'.padEnd(34), 'raw'.padStart(8), 'gzip'.padStart(8), 'brotli'.padStart(8), '  of bundle');
  for (const row of report()) {
    console.log(
      row.page.padEnd(34),
      String(row.raw).padStart(8),
      String(row.gzip).padStart(8),
      String(row.brotli).padStart(8),
      `  ${(row.ofBundle * 100).toFixed(1)} %`,
    );
  }
  const editor = editorSize();
  console.log(
    editor.page.padEnd(34),
    String(editor.raw).padStart(8),
    String(editor.gzip).padStart(8),
    String(editor.brotli).padStart(8),
  );
}
