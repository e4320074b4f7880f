// The one list of tags (src/tags.ts, built to dist/tags.js) and every place
// that must follow it: the element folders, the package's exports map, the
// CDN build's entries and the command's help. Run after `npm run build`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';

const root = resolve(import.meta.dirname, '..');
const { TAGS, WIDGET_TAGS } = await import('../dist/tags.js');
const { STORY_PARTS, WIDGET_PARTS } = await import('../dist/data/story-split.js');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));

describe('the one list of tags', () => {
  it('gives every widget, and nothing else, the parts of the story it shows', () => {
    assert.deepEqual(Object.keys(WIDGET_PARTS).sort(), [...WIDGET_TAGS].sort());
    for (const parts of Object.values(WIDGET_PARTS)) {
      for (const part of parts) assert.ok(STORY_PARTS.includes(part), part);
    }
  });

  it('names one folder per element under src/elements/, and nothing else does', () => {
    const folders = readdirSync(resolve(root, 'src/elements'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    assert.deepEqual([...folders].sort(), [...TAGS].sort());
  });

  it('is the exports map: casefile/<tag>.js registers each tag, with its types', () => {
    const tagExports = Object.keys(pkg.exports).filter(
      (key) => /^\.\/[a-z]+-[a-z-]+\.js$/.test(key) && key !== './fallback.js',
    );
    assert.deepEqual(tagExports.map((key) => key.slice(2, -3)).sort(), [...TAGS].sort());
    for (const tag of TAGS) {
      const entry = pkg.exports[`./${tag}.js`];
      assert.equal(entry.default, `./dist/elements/${tag}/define.js`);
      assert.ok(existsSync(resolve(root, entry.default)), entry.default);
      assert.ok(existsSync(resolve(root, entry.types)), entry.types);
    }
  });

  it('is the CDN build: one dist/cdn/<tag>.js entry per tag', () => {
    for (const tag of TAGS) assert.ok(existsSync(resolve(root, `dist/cdn/${tag}.js`)), `dist/cdn/${tag}.js`);
  });

  it('is what the command offers', () => {
    const help = execFileSync(process.execPath, [resolve(root, 'bin/casefile.js'), '--help'], { encoding: 'utf8' });
    for (const tag of WIDGET_TAGS) assert.match(help, new RegExp(`\\b${tag}\\b`));
  });
});
