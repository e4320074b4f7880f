// The build writes the bundled story split by language and part (rollup.config.mjs):
// the outline every page loads must carry no text, and each part in a language,
// read with the others, must say what the full story says, with no text of
// another language riding along.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { story } from '../dist/data/story.js';
import { assemble, STORY_PARTS } from '../dist/data/story-split.js';
import { outline } from '../dist/data/story-outline.js';

const LANGS = ['en', 'fr', 'zh-Hans'];
const isLocalized = (value) =>
  value &&
  typeof value === 'object' &&
  typeof value.en === 'string' &&
  Object.keys(value).every((k) => LANGS.includes(k));

/** Every value of a story by path, each text as a widget in `lang` shows it: its text and language. */
function read(value, lang, path = '', out = new Map()) {
  if (isLocalized(value)) {
    const text = value[lang];
    out.set(path, text ? [text, lang] : [value.en, 'en']);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) read(item, lang, `${path}.${key}`, out);
  } else if (value !== undefined) {
    out.set(path, value);
  }
  return out;
}

const sorted = (map) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

describe('the story split the build writes', () => {
  it('writes an outline with no text of any language, numbering every source', async () => {
    const code = await readFile(new URL('../dist/data/story-outline.js', import.meta.url), 'utf8');
    assert.doesNotMatch(code, /import /, 'generated, not computed from the full story');
    assert.doesNotMatch(code, /en détention|羁押|Fan Wei|Kovrig|https?:/);
    assert.deepEqual(
      outline.sources.map((source) => source.id),
      story.sources.map((source) => source.id),
    );
    assert.deepEqual(Object.keys(outline.firstCited).sort(), story.sources.map((source) => source.id).sort());
  });

  for (const [file, lang] of [
    ['en', 'en'],
    ['fr', 'fr'],
    ['zh-hans', 'zh-Hans'],
  ]) {
    it(`reads in ${lang} as the full story does, from the ${lang} parts only`, async () => {
      const parts = {};
      for (const part of STORY_PARTS) {
        const path = `../dist/data/story-parts/${file}/${part}.js`;
        parts[part] = (await import(path)).part;
        const code = await readFile(new URL(path, import.meta.url), 'utf8');
        assert.doesNotMatch(code, /import /, `${path} is generated, not computed from the full story`);
      }
      const { firstCited, ...assembled } = assemble(outline, parts);
      assert.equal(firstCited, outline.firstCited);
      assert.deepEqual(sorted(read(assembled, lang)), sorted(read(story, lang)));
      // No text of another language rides along.
      const mine = read(story, lang);
      const foreign = new Set();
      for (const other of LANGS.filter((l) => l !== lang)) {
        for (const [path, value] of read(story, other)) {
          if (Array.isArray(value) && value[1] === other && mine.get(path)[0] !== value[0]) foreign.add(value[0]);
        }
      }
      assert.ok(foreign.size > 100);
      const written = [...read(assembled, lang).values()].filter(Array.isArray).map(([text]) => text);
      assert.deepEqual(
        written.filter((text) => foreign.has(text)),
        [],
      );
    });
  }
});
