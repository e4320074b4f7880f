// Writes demo/article.html from demo/templates/article.html: every widget tag
// gets the fallback HTML that `casefile fallback` writes for it, and the page
// links dist/fallback.css, so the article is readable before the script runs
// and does not move when the widgets arrive. Run after the library build
// (`npm run build` does): it renders with dist/fallback/index.js.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FALLBACK_TAGS, renderFallback } from '../dist/fallback/index.js';

const root = resolve(import.meta.dirname, '..');
const template = readFileSync(resolve(root, 'demo/templates/article.html'), 'utf8');

/** `name="value"` and bare boolean attributes of one start tag, in order. */
function attributesOf(source) {
  const attributes = {};
  for (const [, name, value] of source.matchAll(/([a-z][a-z0-9-]*)(?:="([^"]*)")?/g)) {
    attributes[name] = value ?? true;
  }
  return attributes;
}

const EMPTY_WIDGET = new RegExp(`<(${FALLBACK_TAGS.join('|')})((?:\\s+[a-z][a-z0-9-]*(?:="[^"]*")?)*)\\s*></\\1>`, 'g');
const page = template
  .replace(EMPTY_WIDGET, (whole, tag, source) => {
    // The fallback keeps the tag's attributes (a lang among them, where a widget has its own).
    return renderFallback(tag, attributesOf(source));
  })
  .replace(
    '<link rel="stylesheet" href="article.css">',
    '<link rel="stylesheet" href="article.css">\n    <link rel="stylesheet" href="../dist/fallback.css">',
  );

const note = '<!-- Written by scripts/build-demo.mjs from demo/templates/article.html: edit that file. -->\n';
writeFileSync(resolve(root, 'demo/article.html'), page.replace('<!doctype html>\n', `<!doctype html>\n${note}`));
