#!/usr/bin/env node
// Which folder of src/ imports which: `node scripts/import-graph.mjs [dir]`.
// Prints one line per pair of folders ("elements → render  12": twelve
// imports), then the pairs that import each other. A file directly under
// src/ counts as the folder "(entry)".
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const src = resolve(process.argv[2] ?? join(import.meta.dirname, '../src'));

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (/\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts')) yield path;
  }
}

const folderOf = (file) => {
  const [first, ...rest] = relative(src, file).split(sep);
  return rest.length === 0 ? '(entry)' : first;
};

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;
const edges = new Map();
for (const file of files(src)) {
  for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    const target = resolve(dirname(file), match[1] ?? match[2]);
    const [from, to] = [folderOf(file), folderOf(target)];
    if (from === to) continue;
    const key = `${from} → ${to}`;
    edges.set(key, (edges.get(key) ?? 0) + 1);
  }
}

const sorted = [...edges].sort(([a], [b]) => a.localeCompare(b));
for (const [key, count] of sorted) console.log(`${key.padEnd(36)} ${count}`);
const both = sorted
  .map(([key]) => key.split(' → '))
  .filter(([a, b]) => a < b && edges.has(`${b} → ${a}`))
  .map(([a, b]) => `${a} ⇄ ${b}`);
console.log(
  both.length > 0 ? `\nfolders that import each other: ${both.join(', ')}` : '\nno two folders import each other',
);
