// Three builds from one source tree:
// - dist/: unbundled ES modules for npm, with lit and @lit/context left as
//   imports so a page never carries two copies of Lit;
// - dist/cdn/casefile.js: one minified module for a <script> tag, with Lit and the
//   story inside; only the validator, for <case-data>, is a chunk loaded on demand;
// - dist/cdn/<tag>.js, loader.js, embed.js, frame.js: one entry per element
//   sharing chunks, for pages that load only what they use.
import { readFileSync } from 'node:fs';
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
/**
 * Writes out the bundled story split by language (src/data/story-split.ts):
 * its structure, which every page loads, and one table of texts per language,
 * each loaded only by a page that shows that language. Generated from the
 * story itself at build time, with the functions the source form runs.
 */
function storySplit() {
  let split;
  const evaluate = async () => {
    const { outputFiles } = await build({
      stdin: {
        contents: `export { story } from './src/data/story.ts';
          export { textsIn, withPlaceholders } from './src/data/story-split.ts';`,
        resolveDir: process.cwd(),
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      write: false,
    });
    return import(`data:text/javascript,${encodeURIComponent(outputFiles[0].text)}`);
  };
  const LANGS = { en: 'en', fr: 'fr', 'zh-hans': 'zh-Hans' };
  return {
    name: 'story-split',
    async load(id) {
      const match = /\/src\/data\/(?:story-structure|story-text\/(en|fr|zh-hans))\.ts$/.exec(id);
      if (!match) return null;
      const { story, textsIn, withPlaceholders } = await (split ??= evaluate());
      if (match[1]) return `export const texts = ${JSON.stringify(textsIn(story, LANGS[match[1]]))};`;
      const json = JSON.stringify(withPlaceholders(story, (index) => `\u0000${index}\u0000`));
      return `export const structure = (t) => (${json.replace(/"\\u0000(\d+)\\u0000"/g, 't($1)')});`;
    },
  };
}

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
 * Names the chunks the elements share: Lit, the story, and the base class with
 * what the widgets render in common. Everything else stays in its element.
 */
function sharedChunk(id) {
  if (id.includes('/node_modules/')) return 'lit';
  // The validator and its schema stay out of the story chunk: <case-data> imports them on demand.
  if (/\/src\/data\/(validate|story\.schema\.json)/.test(id)) return undefined;
  // Each language's strings and texts stay in their own chunk, loaded by the pages that show that language.
  if (/\/src\/(data\/story-text|i18n\/packs|i18n\/catalogs)\//.test(id)) return undefined;
  if (id.includes('/src/data/')) return 'story';
  if (/\/src\/(internal|i18n|context)\//.test(id)) return 'core';
  return undefined;
}

/**
 * Writes into dist/cdn/loader.js (for `CASEFILE_PRELOADS`, src/embed/loader.ts)
 * which chunks each tag's entry imports, directly or not, and which make each
 * language's pack, so the loader can ask for all of them at once instead of
 * finding them one round trip after another.
 */
function preloadMap() {
  const PACK = /\/src\/i18n\/packs\/(en|fr|zh-hans)\.ts$/;
  const LANGS = { en: 'en', fr: 'fr', 'zh-hans': 'zh-Hans' };
  return {
    name: 'preload-map',
    generateBundle(_, bundle) {
      const files = [];
      const indexOf = (file) => (files.includes(file) ? files.indexOf(file) : files.push(file) - 1);
      const imported = (file, seen = new Set()) => {
        for (const dep of bundle[file].imports) if (!seen.has(dep)) imported(dep, seen.add(dep));
        return seen;
      };
      const tags = Object.fromEntries(TAGS.map((tag) => [tag, [...imported(`${tag}.js`)].map(indexOf)]));
      const packs = {};
      for (const [file, chunk] of Object.entries(bundle)) {
        const match = chunk.type === 'chunk' && PACK.exec(chunk.facadeModuleId ?? '');
        if (match) packs[LANGS[match[1]]] = [file, ...imported(file)].map(indexOf);
      }
      const loader = bundle['loader.js'];
      if (Object.keys(packs).length !== 3 || !/\bCASEFILE_PRELOADS\b/.test(loader.code)) {
        this.error('preload-map: the language packs or the CASEFILE_PRELOADS placeholder of loader.js are missing');
      }
      // Every one is `chunks/<name>-<hash>.js`: the loader writes the folder and the extension back.
      if (!files.every((file) => /^chunks\/[^/]+\.js$/.test(file))) this.error(`preload-map: ${files.join(', ')}`);
      const names = files.map((file) => file.slice('chunks/'.length, -'.js'.length));
      loader.code = loader.code.replace(/\bCASEFILE_PRELOADS\b/, JSON.stringify({ files: names, tags, packs }));
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
    plugins: [storySplit(), nodeResolve(), schemaRulesOnly, transpile(), minify()],
    // Still the one script tag a page adds; the validator, which only <case-data>
    // needs, is a sibling chunk it imports on demand, by a URL relative to its own.
    output: {
      dir: 'dist/cdn',
      format: 'es',
      chunkFileNames: 'chunks/casefile-[name]-[hash].js',
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
    plugins: [storySplit(), nodeResolve(), schemaRulesOnly, transpile(), minify(), preloadMap()],
    output: { dir: 'dist/cdn', format: 'es', chunkFileNames: 'chunks/[name]-[hash].js', manualChunks: sharedChunk },
  },
  // dist/cdn/editor.js: <case-editor> with the widgets for its preview, built on its own
  // so that nothing of it reaches casefile.js or the loader's chunks. For editors, not readers.
  {
    input: { editor: 'src/editor/define.ts' },
    plugins: [nodeResolve(), schemaRulesOnly, transpile(), minify()],
    output: { dir: 'dist/cdn', format: 'es', inlineDynamicImports: true },
  },
];
