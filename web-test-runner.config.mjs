import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

// Dates in the story are calendar dates, not instants: a timezone west of UTC
// catches any code that lets a local-time conversion shift them by a day.
process.env.TZ = 'America/Vancouver';

const DIST = join(process.cwd(), 'dist');
const TYPES = {
  '.js': 'text/javascript',
  '.ts': 'text/plain',
  '.html': 'text/html',
  '.json': 'application/json',
  '.css': 'text/css',
};

/**
 * Paths where dist/ is served with a 503 for some files (every part of the
 * story, or the sources' details), or no answer at all (every part; or
 * the French strings and the schema.org writer).
 */
const FAILING_CDNS = {
  '/unreliable-cdn': /\/chunks\/(casefile-)?story-/,
  '/no-sources-cdn': /\/chunks\/(casefile-)?story-[\w-]+-sources-/,
  '/hanging-cdn': /\/chunks\/(casefile-)?story-/,
  '/hanging-extras-cdn': /\/chunks\/casefile-(fr-|schema-org-)/,
  '/hanging-provider-cdn': /\/case-data\.js$/,
};

/**
 * Serves dist/ byte for byte, as a CDN would: the test server's own transforms
 * (esbuild, bare-import resolution) must not touch the build the tests check.
 * Under the prefixes of FAILING_CDNS, the same files, but a 503 for some.
 */
async function serveBuildAsIs(context, next) {
  // CDNs that fail to serve some files, for the tests of a network that fails.
  const [prefix, failing] =
    Object.entries(FAILING_CDNS).find(([name]) => context.path.startsWith(`${name}/dist/`)) ?? [];
  if (!context.path.startsWith('/dist/') && !prefix) return next();
  if (failing?.test(context.path)) {
    // A CDN that never answers keeps the request open; the others say 503.
    if (prefix.startsWith('/hanging-')) await new Promise(() => undefined);
    context.status = 503;
    return;
  }
  const path = prefix ? context.path.slice(prefix.length) : context.path;
  const file = normalize(join(process.cwd(), decodeURIComponent(path)));
  if (!file.startsWith(DIST)) return next();
  try {
    context.body = await readFile(file);
    // As jsDelivr and unpkg do: a page on another origin may load the modules.
    context.set('Access-Control-Allow-Origin', '*');
    context.type = TYPES[extname(file)] ?? 'application/octet-stream';
  } catch {
    context.status = 404;
  }
}

export default {
  middleware: [serveBuildAsIs],
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  // esnext keeps import attributes (`with { type: 'json' }`): an es2022 target strips them,
  // and Chromium then refuses the schema, served as application/json, as a script.
  plugins: [esbuildPlugin({ ts: true, target: 'esnext', tsconfig: 'tsconfig.json' }), a11ySnapshotPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChromium(),
        args: CHROMIUM_ARGS,
        env: { ...process.env, TZ: process.env.TZ },
      },
    }),
  ],
  // Lit's development build says so once per test file; every other log stays.
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 5000 } },
};
