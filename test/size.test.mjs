// Byte budgets for what a reader downloads (sizes, never timings).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { join, resolve } from 'node:path';
import { closure, report, sizes } from '../scripts/size-report.mjs';

describe('download sizes (brotli)', () => {
  const rows = report();
  const bundle = rows[0];

  it('keeps the all-in-one bundle within 32.5 KB, before any language', () => {
    assert.ok(bundle.brotli < 32_500, `casefile.js is ${bundle.brotli} B`);
  });

  // Every widget through casefile.js: the bundle, then the pack of the page's language.
  // (The targets, 22 KB for English and 24 KB for French and Chinese, are not met yet.)
  const PAGE_BUDGETS = { en: 37_900, fr: 39_700, 'zh-Hans': 38_400 };
  for (const [lang, budget] of Object.entries(PAGE_BUDGETS)) {
    it(`keeps a ${lang} page with every widget within ${budget} B, fetching no other language`, () => {
      const row = rows.find((r) => r.lang === lang);
      assert.ok(row.brotli < budget, `${row.page}: ${row.brotli} B (${row.files.join(', ')})`);
      const others = row.files.filter(
        (file) => /(^|[/-])(en|fr|zh-hans)-/.test(file) && !file.includes(`-${lang.toLowerCase()}-`),
      );
      assert.deepEqual(others, [], `${row.page} fetches another language`);
    });
  }

  it('keeps one <quote-block> through the loader, in English, within 34 KB (target: 18 KB)', () => {
    const row = rows.find((r) => r.tag === 'quote-block');
    assert.ok(row.brotli < 34_000, `${row.page}: ${row.brotli} B (${row.files.join(', ')})`);
  });

  it('keeps the loader itself under 1 KB, with everything it imports before a tag is seen', () => {
    const loader = closure(join(resolve(import.meta.dirname, '../dist/cdn'), 'loader.js'));
    assert.ok(sizes(loader).brotli < 1000, `loader.js and its imports: ${sizes(loader).brotli} B`);
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
