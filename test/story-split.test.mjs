// The build writes the bundled story split by language and need (rollup.config.mjs):
// read in a language, the written structure, texts and source details must say
// what the full story says, and the outline alone must carry no source details.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { story } from '../dist/data/story.js';
import { storyIn, withSourceDetails } from '../dist/data/story-split.js';
import { structure } from '../dist/data/story-structure.js';

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

describe('the story split the build writes', () => {
  it('writes a structure with no text of any language in it', async () => {
    const { readFile } = await import('node:fs/promises');
    const code = await readFile(new URL('../dist/data/story-structure.js', import.meta.url), 'utf8');
    assert.doesNotMatch(code, /import /, 'generated, not computed from the full story');
    assert.doesNotMatch(code, /en détention|羁押|Fan Wei est condamné/);
  });

  for (const [file, lang] of [
    ['en', 'en'],
    ['fr', 'fr'],
    ['zh-hans', 'zh-Hans'],
  ]) {
    it(`reads in ${lang} as the full story does, from ${lang} texts only`, async () => {
      const { texts } = await import(`../dist/data/story-text/${file}.js`);
      const { sources } = await import(`../dist/data/story-sources/${file}.js`);
      const outline = storyIn(structure, texts, lang);
      assert.deepEqual([...read(withSourceDetails(outline, sources), lang)], [...read(story, lang)]);
      // Until the details load, every page knows each source by id and date, in the story's order.
      assert.deepEqual(
        outline.sources,
        story.sources.map(({ id, published }) => (published ? { id, published } : { id })),
      );
      // No text of another language rides along.
      const foreign = new Set();
      for (const other of LANGS.filter((l) => l !== lang)) {
        const mine = read(story, lang);
        for (const [path, value] of read(story, other)) {
          if (Array.isArray(value) && value[1] === other && mine.get(path)[0] !== value[0]) foreign.add(value[0]);
        }
      }
      assert.ok(foreign.size > 100);
      assert.deepEqual(
        texts.flat().filter((text) => foreign.has(text)),
        [],
      );
      const titles = sources.map((source) => source.title[lang] ?? source.title.en);
      assert.deepEqual(
        titles.filter((text) => foreign.has(text)),
        [],
      );
    });
  }
});
