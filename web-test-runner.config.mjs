import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

// Dates in the story are calendar dates, not instants: a timezone west of UTC
// catches any code that lets a local-time conversion shift them by a day.
process.env.TZ = 'America/Vancouver';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
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
