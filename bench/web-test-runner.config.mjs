// `npm run bench`: runs the benchmark in the same headless Chromium as the
// tests, but never as part of `npm test`: timings are reported, not asserted.
import config from '../web-test-runner.config.mjs';

export default {
  ...config,
  files: ['bench/**/*.bench.ts'],
  // Lit's production build, as readers get it (the tests use the development build for its checks).
  nodeResolve: { exportConditions: ['production'] },
  // The benchmark reports through the console; show it all.
  filterBrowserLogs: config.filterBrowserLogs,
  testFramework: { config: { timeout: 120_000 } },
};
