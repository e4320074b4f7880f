// Three builds from one source tree:
// - dist/: unbundled ES modules for npm, with lit and @lit/context left as
//   imports so a page never carries two copies of Lit;
// - dist/cdn/casefile.js: one minified module for a <script> tag, with Lit and the
//   story inside; only the validator, for <case-data>, is a chunk loaded on demand;
// - dist/cdn/<tag>.js, loader.js, embed.js, frame.js: one entry per element
//   sharing chunks, for pages that load only what they use.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { build, transformSync } from 'esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

// The one list of tags, src/tags.ts, read as the library reads it.
const { TAGS } = await import(
  `data:text/javascript,${encodeURIComponent(transformSync(readFileSync('src/tags.ts', 'utf8'), { loader: 'ts' }).code)}`
);

// JSON modules (the story schema the validator reads) compile like TypeScript ones.
const transpile = () => esbuild({ tsconfig: 'tsconfig.json', target: 'es2022', loaders: { '.json': 'json' } });

/**
 * The schema's titles and descriptions are for people and tools reading
 * dist/story.schema.json; the validator in the browser needs only its rules.
 */
const schemaRulesOnly = {
  name: 'schema-rules-only',
  transform(code, id) {
    if (!id.endsWith('story.schema.json')) return null;
    const strip = (node) =>
      Array.isArray(node)
        ? node.map(strip)
        : node && typeof node === 'object'
          ? Object.fromEntries(
              Object.entries(node)
                .filter(([key]) => !['title', 'description', '$comment', 'examples'].includes(key))
                .map(([key, value]) => [
                  key,
                  key === 'properties' || key === '$defs'
                    ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, strip(v)]))
                    : strip(value),
                ]),
            )
          : node;
    return { code: JSON.stringify(strip(JSON.parse(code))), map: null };
  },
};
let storyModule;
/** The story and the functions that split it, evaluated from the sources once per build. */
const storySource = () => (storyModule ??= evaluateStorySource());
async function evaluateStorySource() {
  const { outputFiles } = await build({
    stdin: {
      contents: `export { story } from './src/data/story.ts';
          export { outlineOf, partIn, STORY_PARTS, WIDGET_PARTS } from './src/data/story-split.ts';`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
  });
  return import(`data:text/javascript,${encodeURIComponent(outputFiles[0].text)}`);
}

const LANGS = { en: 'en', fr: 'fr', 'zh-hans': 'zh-Hans' };

/**
 * Writes out the bundled story split by language and part
 * (src/data/story-split.ts): the outline every page loads
 * (src/data/story-outline.ts), and one module per language and part, which
 * src/data/story-parts.ts imports on demand by a URL relative to its own
 * (src/data/story-parts/<lang>/<part>.js in dist/, a chunk in dist/cdn/).
 * Generated from the story itself at build time, with the functions the
 * source form runs.
 */
function storySplit() {
  const PART = /\/src\/data\/story-parts\/(en|fr|zh-hans)\/(\w+)\.ts$/;
  return {
    name: 'story-split',
    resolveId(source, importer) {
      // The modules of the parts exist only as this plugin writes them.
      if (importer?.endsWith('/src/data/story-parts.ts') && source.startsWith('./story-parts/')) {
        return join(dirname(importer), source.replace(/\.js$/, '.ts'));
      }
      return null;
    },
    async load(id) {
      const { story, outlineOf, partIn, STORY_PARTS } = await storySource();
      if (id.endsWith('/src/data/story-outline.ts'))
        return `export const outline = ${JSON.stringify(outlineOf(story))};`;
      if (id.endsWith('/src/data/story-parts.ts')) {
        const importers = Object.entries(LANGS).map(
          ([file, lang]) =>
            `${JSON.stringify(lang)}: {${STORY_PARTS.map((part) => `${part}: () => import('./story-parts/${file}/${part}.js')`).join(', ')}}`,
        );
        return `const parts = {${importers.join(', ')}};
          export const importPart = (lang, part) => parts[lang][part]().then((module) => module.part);`;
      }
      const part = PART.exec(id);
      if (part) return `export const part = ${JSON.stringify(partIn(story, part[2], LANGS[part[1]]))};`;
      return null;
    },
  };
}

/** Names each chunk of a part of the story by its language and part: `story-en-people`. */
function storyPartChunk(id) {
  const part = /\/src\/data\/story-parts\/([\w-]+)\/(\w+)\.ts$/.exec(id);
  return part ? `story-${part[1]}-${part[2]}` : undefined;
}

/**
 * Writes dist/stats/cdn.json: for each file in dist/cdn, the source modules in
 * it and their bytes, rendered (after tree-shaking, before terser) and
 * minified on their own, so that `npm run size` and the byte budgets can name
 * what a page's bytes are made of. The CDN builds write into dist/cdn one after
 * another, so they share one plugin and the file holds all of them. Kept out of
 * dist/cdn, which newsrooms copy to their servers, and out of the npm package.
 */
function cdnStats(file = 'dist/stats/cdn.json') {
  const chunks = {};
  return {
    name: 'cdn-stats',
    generateBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const modules = {};
        for (const [id, { renderedLength, code }] of Object.entries(chunk.modules)) {
          if (!renderedLength) continue;
          const minified = transformSync(code ?? '', { loader: 'js', minify: true, legalComments: 'none' }).code;
          // node_modules may be a link to another checkout's: name Lit's files by package.
          const name = relative(process.cwd(), id.replace(/^\0/, '').replace(/\?.*$/, ''));
          modules[name.replace(/^.*?\/?node_modules\//, 'node_modules/')] = {
            rendered: renderedLength,
            minified: minified.length,
          };
        }
        chunks[relative('dist/cdn', `${options.dir}/${chunk.fileName}`)] = modules;
      }
    },
    writeBundle() {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify({ chunks }, null, 1)}\n`);
    },
  };
}
const stats = cdnStats();

/**
 * Terser leaves the text of Lit's css`` literals as it is: comments, indentation
 * and all. This takes out what CSS ignores (comments, runs of whitespace, the
 * space around braces, semicolons, commas and after a colon, the last
 * semicolon of a block), leaving quoted strings whole. Only literals without
 * `${}` expressions; html`` literals are left alone, since there whitespace
 * can be text a reader sees.
 */
const QUOTED = String.raw`"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'`;
function compactCss(text) {
  return text
    .replace(new RegExp(`(${QUOTED})|/\\*[\\s\\S]*?\\*/|\\s+`, 'g'), (match, quoted) => quoted ?? ' ')
    .replace(new RegExp(`(${QUOTED})|\\s*([{};,])\\s*|:\\s+`, 'g'), (match, quoted, mark) => quoted ?? mark ?? ':')
    .replace(/;}/g, '}')
    .trim();
}
const compactCssLiterals = {
  name: 'compact-css-literals',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
    return {
      code: code.replace(/\bcss`((?:[^`\\$]|\\.|\$(?!\{))*)`/g, (match, text) => `css\`${compactCss(text)}\``),
      map: null,
    };
  },
};

const minify = () => terser({ ecma: 2020, module: true, format: { comments: false } });

/**
 * Ships, beside the npm build, the iframe embed page (dist/embed.html), the
 * story's JSON Schema (dist/story.schema.json) for newsroom tools, and the
 * stylesheet that lays fallback HTML out like the widgets (dist/fallback.css).
 */
const staticFiles = {
  name: 'static-files',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'embed.html', source: readFileSync('src/embed/embed.html', 'utf8') });
    this.emitFile({
      type: 'asset',
      fileName: 'story.schema.json',
      source: readFileSync('src/data/story.schema.json', 'utf8'),
    });
    this.emitFile({
      type: 'asset',
      fileName: 'fallback.css',
      source: readFileSync('src/fallback/fallback.css', 'utf8'),
    });
  },
};

/**
 * Names the chunks the elements share: one `core` chunk with Lit, the story's
 * outline and look-ups, and the base class with what the widgets render in
 * common, since every widget needs all three. (Three chunks cost a page 1.1 KB
 * more: each name one chunk imports from another survives minifying, and each
 * file is compressed on its own.) Everything else stays in its element.
 */
function sharedChunk(id) {
  if (id.includes('/node_modules/')) {
    // Providing a story is <case-data>'s alone: a page of widgets without it does not download it.
    // (Named, or rollup would pull it into the chunk of the barrel module that re-exports it.)
    if (/@lit\/context\/lib\/(controllers\/context-provider|decorators\/provide|value-notifier)\./.test(id)) {
      return 'provider';
    }
    return 'core';
  }
  // The validator and its schema stay out of the core chunk: <case-data> imports them on demand.
  if (/\/src\/data\/(validate|story\.schema\.json)/.test(id)) return undefined;
  // Each language's strings stay in their own chunk, loaded by the pages that show that language.
  if (/\/src\/i18n\/catalogs\//.test(id)) return undefined;
  // And each part of the story in each language in its own, loaded once a widget shows it.
  const part = storyPartChunk(id);
  if (part) return part;
  // With the templates the widgets share: a few more bytes for some pages, four requests fewer for all.
  if (/\/src\/(data|internal|i18n|context|render)\//.test(id)) return 'core';
  return undefined;
}

/**
 * Writes into dist/cdn/loader.js (for `CASEFILE_PRELOADS`, src/embed/loader.ts)
 * which chunks each tag's entry imports, directly or not, which make each
 * language's pack, and which hold each part of the story each tag shows in
 * each language, so the loader can ask for all of them at once instead of
 * finding them one round trip after another.
 */
function preloadMap() {
  const PACK = /\/src\/i18n\/catalogs\/(en|fr|zh-hans)\.ts$/;
  const PART = /\/src\/data\/story-parts\/(en|fr|zh-hans)\/(\w+)\.ts$/;
  return {
    name: 'preload-map',
    async generateBundle(_, bundle) {
      const { STORY_PARTS, WIDGET_PARTS } = await storySource();
      const files = [];
      const indexOf = (file) => (files.includes(file) ? files.indexOf(file) : files.push(file) - 1);
      const imported = (file, seen = new Set()) => {
        for (const dep of bundle[file].imports) if (!seen.has(dep)) imported(dep, seen.add(dep));
        return seen;
      };
      const tags = Object.fromEntries(TAGS.map((tag) => [tag, [...imported(`${tag}.js`)].map(indexOf)]));
      const packs = {};
      const parts = {};
      for (const [file, chunk] of Object.entries(bundle)) {
        const facade = chunk.type === 'chunk' ? (chunk.facadeModuleId ?? '') : '';
        const pack = PACK.exec(facade);
        if (pack) packs[LANGS[pack[1]]] = [file, ...imported(file)].map(indexOf);
        const part = PART.exec(facade);
        if (part) (parts[LANGS[part[1]]] ??= [])[STORY_PARTS.indexOf(part[2])] = indexOf(file);
      }
      const loader = bundle['loader.js'];
      if (Object.keys(packs).length !== 3 || Object.keys(parts).length !== 3) {
        this.error('preload-map: the language packs or the parts of the story are missing');
      }
      if (!/\bCASEFILE_PRELOADS\b/.test(loader.code)) this.error('preload-map: loader.js has no CASEFILE_PRELOADS');
      // Every one is `chunks/<name>-<hash>.js`: the loader writes the folder and the extension back.
      if (!files.every((file) => /^chunks\/[^/]+\.js$/.test(file))) this.error(`preload-map: ${files.join(', ')}`);
      const names = files.map((file) => file.slice('chunks/'.length, -'.js'.length));
      // The parts each widget shows, as the widgets name them (WIDGET_PARTS), by their place in
      // STORY_PARTS; <case-data> shows none.
      const shows = Object.fromEntries(
        TAGS.map((tag) => [tag, (WIDGET_PARTS[tag] ?? []).map((part) => STORY_PARTS.indexOf(part))]),
      );
      const map = { files: names, tags, packs, parts, shows };
      loader.code = loader.code.replace(/\bCASEFILE_PRELOADS\b/, JSON.stringify(map));
    },
  };
}

export default [
  {
    input: {
      index: 'src/index.ts',
      classes: 'src/classes.ts',
      'data/index': 'src/data/index.ts',
      // Node only: the fallback-HTML generator behind `casefile fallback`.
      'fallback/index': 'src/fallback/index.ts',
      // <case-editor>, for a newsroom's CMS admin: `casefile/editor.js`.
      'editor/define': 'src/editor/define.ts',
      // The escaping `casefile inline` shares with the editor.
      'data/script-safe-json': 'src/data/script-safe-json.ts',
    },
    external: [/^lit(\/|$)/, /^@lit\/context(\/|$)/, /^@lit-labs\/ssr(\/|$)/],
    plugins: [storySplit(), schemaRulesOnly, transpile(), staticFiles],
    preserveEntrySignatures: 'strict',
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
  },
  {
    input: { casefile: 'src/index.ts' },
    // What the validator shares with the widgets stays in casefile.js (which may export it
    // to the chunk) rather than becoming a third file the page must wait for.
    preserveEntrySignatures: 'allow-extension',
    plugins: [storySplit(), nodeResolve(), schemaRulesOnly, compactCssLiterals, transpile(), minify(), stats],
    // Still the one script tag a page adds; the validator, which only <case-data>
    // needs, is a sibling chunk it imports on demand, by a URL relative to its own.
    output: {
      dir: 'dist/cdn',
      format: 'es',
      chunkFileNames: 'chunks/casefile-[name]-[hash].js',
      manualChunks: storyPartChunk,
      // What the language packs share (plural rules) joins casefile.js rather than costing a round trip.
      experimentalMinChunkSize: 1000,
    },
  },
  {
    input: {
      ...Object.fromEntries(TAGS.map((tag) => [tag, `src/elements/${tag}/define.ts`])),
      loader: 'src/embed/loader.ts',
      embed: 'src/embed/embed-page.ts',
      frame: 'src/embed/frame.ts',
    },
    plugins: [
      storySplit(),
      nodeResolve(),
      schemaRulesOnly,
      compactCssLiterals,
      transpile(),
      minify(),
      preloadMap(),
      stats,
    ],
    output: { dir: 'dist/cdn', format: 'es', chunkFileNames: 'chunks/[name]-[hash].js', manualChunks: sharedChunk },
  },
  // dist/cdn/editor.js: <case-editor> with the widgets for its preview, built on its own
  // so that nothing of it reaches casefile.js or the loader's chunks. For editors, not readers.
  {
    input: { editor: 'src/editor/define.ts' },
    plugins: [nodeResolve(), schemaRulesOnly, compactCssLiterals, transpile(), minify(), stats],
    output: { dir: 'dist/cdn', format: 'es', inlineDynamicImports: true },
  },
];
