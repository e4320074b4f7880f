// The layers of src/ (eslint.config.mjs): an import may only point down. A
// wrong-way import, written where it would go, fails the lint.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';

// The files linted here do not exist, so no TypeScript project holds them: the
// type-aware rules are set aside, the import rules are the project's own.
const eslint = new ESLint({
  cwd: resolve(import.meta.dirname, '..'),
  overrideConfig: {
    files: ['src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-misused-promises': 'off',
      '@typescript-eslint/await-thenable': 'off',
      '@typescript-eslint/switch-exhaustiveness-check': 'off',
    },
  },
});

async function lintAt(filePath, code) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('the layers of src/', () => {
  it('refuse an import that points up', async () => {
    assert.match(
      (await lintAt('src/data/wrong.ts', "export { RenderContext } from '../render/context.js';\n"))[0] ?? '',
      /lower layer/,
    );
    assert.match(
      (await lintAt('src/render/wrong.ts', "export { CaseElement } from '../internal/case-element.js';\n"))[0] ?? '',
      /lower layer/,
    );
    assert.match(
      (
        await lintAt('src/i18n/wrong.ts', "export { PersonCard } from '../elements/person-card/person-card.js';\n")
      )[0] ?? '',
      /lower layer/,
    );
  });

  it('keep Lit out of data/ and i18n/', async () => {
    assert.match((await lintAt('src/data/wrong.ts', "export { html } from 'lit';\n"))[0] ?? '', /no Lit/);
    assert.match((await lintAt('src/i18n/wrong.ts', "export { html } from 'lit';\n"))[0] ?? '', /no Lit/);
  });

  it('keep elements from importing one another', async () => {
    const messages = await lintAt(
      'src/elements/person-card/wrong.ts',
      "export { QuoteBlock } from '../quote-block/quote-block.js';\n",
    );
    assert.match(messages[0] ?? '', /One element may not import another/);
  });

  it('let imports point down', async () => {
    assert.deepEqual(
      await lintAt('src/render/fine.ts', "export { parsePartialDate } from '../data/partial-date.js';\n"),
      [],
    );
    assert.deepEqual(
      await lintAt('src/elements/person-card/fine.ts', "export { heading } from '../../render/heading.js';\n"),
      [],
    );
  });
});
