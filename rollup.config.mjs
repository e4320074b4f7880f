// Three builds from one source tree:
// - dist/: unbundled ES modules for npm, with lit and @lit/context left as
//   imports so a page never carries two copies of Lit;
// - dist/cdn/casefile.js: one minified, self-contained module for a <script> tag;
// - dist/cdn/<tag>.js, loader.js, embed.js, frame.js: one entry per element
//   sharing chunks, for pages that load only what they use.
import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const TAGS = ['case-sides', 'case-sources', 'case-summary', 'case-timeline', 'person-card', 'quote-block'];

const transpile = () => esbuild({ tsconfig: 'tsconfig.json', target: 'es2022' });
const minify = () => terser({ ecma: 2020, module: true, format: { comments: false } });

/** Ships the iframe embed page beside the npm build, at dist/embed.html. */
const embedPage = {
  name: 'embed-page',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'embed.html', source: readFileSync('src/embed/embed.html', 'utf8') });
  },
};

/**
 * Names the chunks the elements share: Lit, the story, and the base class with
 * what the widgets render in common. Everything else stays in its element.
 */
function sharedChunk(id) {
  if (id.includes('/node_modules/')) return 'lit';
  if (id.includes('/src/data/')) return 'story';
  if (/\/src\/(internal|i18n|context)\//.test(id)) return 'core';
  return undefined;
}

export default [
  {
    input: { index: 'src/index.ts', classes: 'src/classes.ts', 'data/index': 'src/data/index.ts' },
    external: [/^lit(\/|$)/, /^@lit\/context(\/|$)/],
    plugins: [transpile(), embedPage],
    preserveEntrySignatures: 'strict',
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
  },
  {
    input: { casefile: 'src/index.ts' },
    plugins: [nodeResolve(), transpile(), minify()],
    output: { dir: 'dist/cdn', format: 'es' },
  },
  {
    input: {
      ...Object.fromEntries(TAGS.map((tag) => [tag, `src/elements/${tag}/define.ts`])),
      loader: 'src/embed/loader.ts',
      embed: 'src/embed/embed-page.ts',
      frame: 'src/embed/frame.ts',
    },
    plugins: [nodeResolve(), transpile(), minify()],
    output: { dir: 'dist/cdn', format: 'es', chunkFileNames: 'chunks/[name]-[hash].js', manualChunks: sharedChunk },
  },
];
