// Byte budgets for what a reader downloads (sizes, never timings), read from
// the dist/ that `npm run build` wrote. The budgets and the issue's targets
// are one table, in scripts/size-report.mjs, which `npm run size` prints.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { join, resolve } from 'node:path';
import { BUDGETS, budgetMessage, closure, report, sizes } from '../scripts/size-report.mjs';

describe('download sizes', () => {
  const rows = report();

  for (const limit of BUDGETS) {
    const { page, measure, budget, target } = limit;
    it(`keeps ${page} within ${budget} B ${measure}${target ? ` (target: ${target} B)` : ''}`, () => {
      const row = rows.find((r) => r.page === page);
      assert.ok(row, `no page "${page}" in the report`);
      if (row[measure] > budget) assert.fail(budgetMessage(row, limit));
    });
  }

  for (const lang of ['en', 'fr', 'zh-Hans']) {
    it(`makes a ${lang} page with every widget fetch no other language`, () => {
      const row = rows.find((r) => r.lang === lang);
      const others = row.files.filter(
        (file) => /(^|[/-])(en|fr|zh-hans)-/.test(file) && !file.includes(`-${lang.toLowerCase()}-`),
      );
      assert.deepEqual(others, [], `${row.page} fetches another language`);
    });
  }

  // Most of it is the map of what to preload: each tag's chunks, and each language's pack and parts of the story.
  it('keeps the loader itself under 1.25 KB, with everything it imports before a tag is seen', () => {
    const loader = closure(join(resolve(import.meta.dirname, '../dist/cdn'), 'loader.js'));
    assert.ok(sizes(loader).brotli < 1250, `loader.js and its imports: ${sizes(loader).brotli} B`);
    assert.equal(loader.size, 1, 'the loader alone: no Lit, and no chunk to wait for before it can start');
  });

  it('never makes a one-element page through the loader heavier than every widget through the bundle', () => {
    const english = rows.find((r) => r.lang === 'en');
    for (const row of rows.filter((r) => r.tag)) {
      assert.ok(row.brotli < english.brotli, `${row.page}: ${row.brotli} B, bundle ${english.brotli} B`);
      assert.ok(
        !row.files.some(
          (file) => /^(person-card|case-|quote-block)/.test(file) && !row.page.includes(file.replace('.js', '')),
        ),
        `${row.page} fetches only its own element: ${row.files.join(', ')}`,
      );
    }
  });
});
