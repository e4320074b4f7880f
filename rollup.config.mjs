// Two builds from one source tree:
// - dist/: unbundled ES modules for npm, with lit and @lit/context left as
//   imports so a page never carries two copies of Lit;
// - dist/cdn/: one minified, self-contained module for a <script> tag.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const transpile = () => esbuild({ tsconfig: 'tsconfig.json', target: 'es2022' });

const npmEntries = {
  index: 'src/index.ts',
  classes: 'src/classes.ts',
  'data/index': 'src/data/index.ts',
};

export default [
  {
    input: npmEntries,
    external: [/^lit(\/|$)/, /^@lit\/context(\/|$)/],
    plugins: [transpile()],
    preserveEntrySignatures: 'strict',
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
    },
  },
  {
    input: { casefile: 'src/index.ts' },
    plugins: [nodeResolve(), transpile(), terser({ ecma: 2020, module: true, format: { comments: false } })],
    output: { dir: 'dist/cdn', format: 'es' },
  },
];
