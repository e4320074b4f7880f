// Byte budgets for what a reader downloads (sizes, never timings).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { join, resolve } from 'node:path';
import { closure, report, sizes } from '../scripts/size-report.mjs';

describe('download sizes (brotli)', () => {
  const rows = report();
  const bundle = rows[0];

  it('keeps the all-in-one bundle within 49 KB', () => {
    assert.ok(bundle.brotli < 49_000, `casefile.js is ${bundle.brotli} B`);
  });

  it('keeps the loader itself under 1 KB, with everything it imports before a tag is seen', () => {
    const loader = closure(join(resolve(import.meta.dirname, '../dist/cdn'), 'loader.js'));
    assert.ok(sizes(loader).brotli < 1000, `loader.js and its imports: ${sizes(loader).brotli} B`);
    assert.equal(loader.size, 2, 'the loader and the registry, no Lit');
  });

  it('never makes a one-element page through the loader heavier than the all-in-one bundle', () => {
    for (const row of rows.slice(1)) {
      assert.ok(row.brotli < bundle.brotli, `${row.page}: ${row.brotli} B, bundle ${bundle.brotli} B`);
      assert.ok(
        !row.files.some(
          (file) => /^(person-card|case-|quote-block)/.test(file) && !row.page.includes(file.replace('.js', '')),
        ),
        `${row.page} fetches only its own element: ${row.files.join(', ')}`,
      );
    }
  });
});
