// story.schema.json read by Ajv, a JSON Schema implementation that is not
// ours, against the bundled story and against validateStory (which reads the
// same file): the schema must accept the bundled story, and the two readers
// must agree on what breaks it. Runs on the build (`npm run build` first):
// dist/data/validate.js is there because <case-data> imports it on demand.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { story } from '../dist/data/index.js';
import { validateStory } from '../dist/data/validate.js';

const schema = JSON.parse(readFileSync(new URL('../src/data/story.schema.json', import.meta.url), 'utf8'));
const demo = JSON.parse(
  readFileSync(new URL('../demo/stories/fictional-harbour-inquiry.json', import.meta.url), 'utf8'),
);
const ajv = new Ajv2020({ allErrors: true, strict: true });
const fitsSchema = ajv.compile(schema);

/** The errors Ajv finds, as validateStory writes paths: `/people/3/name` + missing `en` → `people[3].name.en`. */
function ajvPaths(data) {
  if (fitsSchema(data)) return [];
  return fitsSchema.errors.map((error) => {
    const segments = error.instancePath
      .split('/')
      .slice(1)
      .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
    const extra = error.params.missingProperty ?? error.params.additionalProperty;
    return [...segments, ...(extra === undefined ? [] : [extra])].reduce((path, key) => {
      if (/^\d+$/.test(key)) return `${path}[${key}]`;
      if (/^[A-Za-z_$][\w$]*$/.test(key)) return path ? `${path}.${key}` : key;
      return `${path}[${JSON.stringify(key)}]`;
    }, '');
  });
}

const copy = () => structuredClone(story);

describe('story.schema.json, read by Ajv', () => {
  it('is a valid draft 2020-12 schema', () => {
    assert.equal(ajv.validateSchema(schema), true, ajv.errorsText());
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  });

  it('accepts the bundled story and the demo’s newsroom story', () => {
    assert.deepEqual(ajvPaths(copy()), []);
    assert.deepEqual(ajvPaths(demo), []);
    assert.deepEqual(validateStory(copy()).errors, []);
    assert.deepEqual(validateStory(demo).errors, []);
  });

  // Each breaks the schema; both readers must say so, at the same place.
  const broken = [
    ['a collection of the wrong type', (s) => (s.people = {}), 'people'],
    ['a missing English string', (s) => delete s.people[3].name.en, 'people[3].name.en'],
    ['an empty string', (s) => (s.events[0].title.en = ' '), 'events[0].title.en'],
    ['a misspelt property', (s) => (s.people[0].nmae = 'x'), 'people[0].nmae'],
    ['a language the schema does not know', (s) => (s.people[0].bio.de = 'x'), 'people[0].bio.de'],
    ['a malformed date', (s) => (s.events[1].date = '10/12/2018'), 'events[1].date'],
    ['a javascript: URL', (s) => (s.sources[0].url = 'javascript:alert(1)'), 'sources[0].url'],
    ['an unknown status kind', (s) => (s.people[0].status[0].kind = 'jailed'), 'people[0].status[0].kind'],
    ['an empty sources list', (s) => (s.positions[0].sources = []), 'positions[0].sources'],
    ['a speaker that is both', (s) => (s.quotes[0].speaker.organization = 'china-mfa'), 'quotes[0].speaker'],
    ['an id with capitals', (s) => (s.corrections[0].id = 'Visit-Dates'), 'corrections[0].id'],
    ['inArticle as a string', (s) => (s.events[0].inArticle = 'true'), 'events[0].inArticle'],
  ];
  for (const [what, edit, path] of broken) {
    it(`and validateStory both reject ${what}, at ${path}`, () => {
      const data = copy();
      edit(data);
      assert.ok(ajvPaths(data).includes(path), `Ajv: ${ajvPaths(data).join(', ')}`);
      const { story: valid, errors } = validateStory(data);
      assert.equal(valid, undefined);
      assert.deepEqual(
        errors.map((e) => e.path),
        [path],
      );
    });
  }

  // What the schema cannot say: it accepts these, validateStory does not.
  const beyond = [
    ['a date that does not exist', (s) => (s.events[0].date = '2021-02-29'), 'invalid-date'],
    ['a duplicate id', (s) => s.events.push(structuredClone(s.events[0])), 'duplicate-id'],
    ['an alias that is another person’s id', (s) => s.people[1].aliases.push(s.people[0].id), 'duplicate-id'],
    ['a reference to nobody', (s) => (s.events[2].people = ['nobody']), 'unresolved-reference'],
    ['a source that is not listed', (s) => (s.quotes[0].sources = ['s999']), 'unresolved-reference'],
  ];
  for (const [what, edit, code] of beyond) {
    it(`accepts ${what}, which validateStory rejects (${code})`, () => {
      const data = copy();
      edit(data);
      assert.deepEqual(ajvPaths(data), []);
      assert.deepEqual(
        validateStory(data).errors.map((e) => e.code),
        [code],
      );
    });
  }

  it('and validateStory agree on 1,000 random breakages', () => {
    // Codes for rules the schema holds only in part (a pattern) or not at all.
    const beyondSchema = new Set([
      'invalid-date',
      'invalid-url',
      'duplicate-id',
      'unresolved-reference',
      'lead-quote-speaker',
      'status-order',
    ]);
    const random = seeded(20201120);
    for (let i = 0; i < 1000; i++) {
      const data = copy();
      const change = breakSomewhere(data, random);
      const ajvSays = ajvPaths(data);
      const { errors } = validateStory(data);
      if (ajvSays.length > 0)
        assert.ok(errors.length > 0, `${change}: Ajv rejects (${ajvSays}), validateStory accepts`);
      const structural = errors.filter((e) => !beyondSchema.has(e.code));
      if (structural.length > 0)
        assert.ok(ajvSays.length > 0, `${change}: validateStory rejects (${structural[0].path}), Ajv accepts`);
      for (const { path } of structural) {
        assert.ok(
          ajvSays.includes(path) || ajvSays.some((p) => path.startsWith(p)),
          `${change}: ${path} is not among Ajv's ${ajvSays}`,
        );
      }
    }
  });
});

/** A small deterministic PRNG (mulberry32), so a failure can be replayed. */
function seeded(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks a random place in the story and breaks it one way; returns what it did. */
function breakSomewhere(data, random) {
  const pick = (items) => items[Math.floor(random() * items.length)];
  let parent = data;
  let key = pick(Object.keys(data));
  let path = key;
  // Walk down a random number of levels.
  while (random() < 0.8 && typeof parent[key] === 'object' && parent[key] !== null) {
    const keys = Object.keys(parent[key]);
    if (keys.length === 0) break;
    parent = parent[key];
    key = pick(keys);
    path += Array.isArray(parent) ? `[${key}]` : `.${key}`;
  }
  const changes = [
    ['delete', () => (Array.isArray(parent) ? parent.splice(Number(key), 1) : Reflect.deleteProperty(parent, key))],
    ['set to null', () => (parent[key] = null)],
    ['set to 7', () => (parent[key] = 7)],
    ['set to ""', () => (parent[key] = '')],
    ['set to []', () => (parent[key] = [])],
    ['set to {}', () => (parent[key] = {})],
    ['set to "x"', () => (parent[key] = 'x')],
    [
      'add a property',
      () =>
        typeof parent[key] === 'object' &&
        parent[key] !== null &&
        !Array.isArray(parent[key]) &&
        (parent[key].extra = 1),
    ],
  ];
  const [name, apply] = pick(changes);
  apply();
  return `${path}: ${name}`;
}
