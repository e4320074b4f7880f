import { expect } from '@open-wc/testing';
import schema from '../src/data/story.schema.json' with { type: 'json' };
import { story } from '../src/data/story.js';
import { LANGUAGES, SOURCE_KINDS, STATUS_KINDS } from '../src/data/types.js';
import { formatError, MAX_ERRORS, validateStory, type ValidationCode } from '../src/data/validate.js';
import { CHECKED_KEYWORDS } from '../src/data/validate/schema-walk.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a dataset broken on purpose has no type
type Json = any;

/** The errors for a copy of the bundled story changed by `edit`, as `[code, line]` pairs. */
function problems(edit: (copy: Json) => void): [ValidationCode, string][] {
  const copy: Json = structuredClone(story);
  edit(copy);
  const result = validateStory(copy);
  expect(result.story, 'no story for invalid data').to.equal(undefined);
  return result.errors.map((error) => [error.code, formatError(error)]);
}

const [kovrig, spavor] = story.people;

describe('validateStory', () => {
  describe('valid stories', () => {
    it('accepts the bundled story, and returns it', () => {
      const copy = structuredClone(story);
      expect(validateStory(copy)).to.deep.equal({ story: copy, errors: [] });
      expect(validateStory(copy).story).to.equal(copy);
    });

    it('accepts the bundled story after a round trip through JSON', () => {
      expect(validateStory(JSON.parse(JSON.stringify(story))).errors).to.deep.equal([]);
    });

    it('accepts the demo’s fictional newsroom story', async () => {
      const response = await fetch('/demo/stories/fictional-harbour-inquiry.json');
      expect(validateStory(await response.json()).errors.map(formatError)).to.deep.equal([]);
    });

    it('accepts the optional fields left out', () => {
      const copy: Json = structuredClone(story);
      for (const person of copy.people) {
        delete person.nativeName;
        delete person.status;
        delete person.leadQuote;
      }
      for (const quote of copy.quotes) {
        delete quote.original;
        delete quote.translationNote;
      }
      expect(validateStory(copy).errors).to.deep.equal([]);
    });
  });

  describe('the shape of the JSON', () => {
    it('rejects anything but an object', () => {
      for (const input of [null, undefined, 'x', 42, true, []]) {
        const result = validateStory(input);
        expect(result.story).to.equal(undefined);
        expect(result.errors, String(input)).to.deep.equal([{ path: '', code: 'type', message: 'expected an object' }]);
        expect(formatError(result.errors[0]!)).to.equal('story: expected an object');
      }
    });

    it('names every missing collection', () => {
      expect(validateStory({}).errors.map(formatError)).to.deep.equal(
        ['cases', 'people', 'organizations', 'quotes', 'events', 'positions', 'corrections', 'sources'].map(
          (name) => `${name}: required`,
        ),
      );
    });

    it('reports a wrong type, and no reference into a collection it cannot read', () => {
      expect(problems((s) => (s.people = { 0: s.people[0] }))).to.deep.equal([['type', 'people: expected an array']]);
      expect(problems((s) => (s.events[0].inArticle = 'yes'))).to.deep.equal([
        ['type', 'events[0].inArticle: expected a boolean'],
      ]);
      expect(problems((s) => (s.people[1].name = 'Michael Spavor'))).to.deep.equal([
        ['type', 'people[1].name: expected an object'],
      ]);
      expect(problems((s) => (s.people[0].aliases = [7]))).to.deep.equal([
        ['type', 'people[0].aliases[0]: expected a string'],
      ]);
    });

    it('reports a missing required field', () => {
      expect(problems((s) => delete s.people[3].name.en)).to.deep.equal([['required', 'people[3].name.en: required']]);
      expect(problems((s) => delete s.quotes[0].date)).to.deep.equal([['required', 'quotes[0].date: required']]);
    });

    it('reports empty text', () => {
      expect(problems((s) => (s.events[0].title.en = ' '))).to.deep.equal([
        ['empty', 'events[0].title.en: must not be empty'],
      ]);
      expect(problems((s) => (s.sources[0].publisher = ''))).to.deep.equal([
        ['empty', 'sources[0].publisher: must not be empty'],
      ]);
      expect(problems((s) => (s.people[0].name['zh-Hans'] = ''))).to.deep.equal([
        ['empty', 'people[0].name["zh-Hans"]: must not be empty'],
      ]);
    });

    it('reports an unknown property, so a typo is caught', () => {
      expect(
        problems((s) => {
          s.people[0].nmae = s.people[0].name;
          delete s.people[0].name;
        }),
      ).to.deep.equal([
        ['required', 'people[0].name: required'],
        ['unknown-property', 'people[0].nmae: unknown property'],
      ]);
      expect(problems((s) => (s.people[0].name.de = 'Michael Kovrig'))).to.deep.equal([
        ['unknown-property', 'people[0].name.de: unknown property'],
      ]);
      expect(problems((s) => (s.timeline = []))).to.deep.equal([['unknown-property', 'timeline: unknown property']]);
    });

    it('reports an invalid date, and a date that does not exist', () => {
      expect(problems((s) => (s.events[0].date = '2021-02-29'))).to.deep.equal([
        ['invalid-date', 'events[0].date: "2021-02-29" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD'],
      ]);
      expect(problems((s) => (s.people[0].roles[0].from = '2020-13'))).to.deep.equal([
        ['invalid-date', 'people[0].roles[0].from: "2020-13" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD'],
      ]);
      expect(problems((s) => (s.sources[0].published = '20 Nov 2020'))).to.deep.equal([
        ['invalid-date', 'sources[0].published: "20 Nov 2020" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD'],
      ]);
    });

    it('reports a URL that is not http(s)', () => {
      expect(problems((s) => (s.sources[0].url = 'javascript:alert(1)'))).to.deep.equal([
        ['invalid-url', 'sources[0].url: "javascript:alert(1)" is not an http(s) URL'],
      ]);
      expect(problems((s) => (s.sources[1].url = '/news/story.html'))).to.deep.equal([
        ['invalid-url', 'sources[1].url: "/news/story.html" is not an http(s) URL'],
      ]);
      expect(problems((s) => (s.sources[2].url = 'https://'))).to.deep.equal([
        ['invalid-url', 'sources[2].url: "https://" is not an http(s) URL'],
      ]);
    });

    it('reports a status kind that is not one of STATUS_KINDS', () => {
      expect(problems((s) => (s.people[0].status[0].kind = 'jailed'))).to.deep.equal([
        [
          'invalid-status-kind',
          `people[0].status[0].kind: "jailed" is not a status kind: use one of ${STATUS_KINDS.join(', ')}`,
        ],
      ]);
    });

    it('reports a source without a kind, or with one that is not one of SOURCE_KINDS', () => {
      expect(problems((s) => delete s.sources[0].kind)).to.deep.equal([['required', 'sources[0].kind: required']]);
      expect(problems((s) => (s.sources[0].kind = 'blog'))).to.deep.equal([
        ['invalid-source-kind', `sources[0].kind: "blog" is not a source kind: use one of ${SOURCE_KINDS.join(', ')}`],
      ]);
      expect(problems((s) => (s.sources[0].titleIsDescription = 'yes'))).to.have.length(1);
    });

    it('reports an empty sources list where a fact must cite one', () => {
      expect(problems((s) => (s.positions[0].sources = []))).to.deep.equal([
        ['unsourced', 'positions[0].sources: must cite at least one source'],
      ]);
      expect(problems((s) => (s.people[1].status[2].sources = []))).to.deep.equal([
        ['unsourced', 'people[1].status[2].sources: must cite at least one source'],
      ]);
    });

    it('reports an id the widgets could not look up', () => {
      expect(problems((s) => (s.corrections[0].id = 'Visit Dates'))).to.deep.equal([
        [
          'invalid-id',
          'corrections[0].id: "Visit Dates" is not an id: use lowercase words joined by hyphens, e.g. "michael-kovrig"',
        ],
      ]);
    });

    it('reports a speaker that is neither a person nor an organization, or both', () => {
      expect(problems((s) => (s.quotes[0].speaker = {}))).to.deep.equal([
        ['one-of', 'quotes[0].speaker: expected an object with "person" or "organization"'],
      ]);
      expect(problems((s) => (s.quotes[0].speaker.organization = 'china-mfa'))).to.deep.equal([
        ['one-of', 'quotes[0].speaker: must have only one of "person" or "organization"'],
      ]);
    });
  });

  describe('ids and references', () => {
    it('reports a duplicate id within a collection', () => {
      expect(problems((s) => s.events.push(structuredClone(s.events[0])))).to.deep.equal([
        ['duplicate-id', `events[${story.events.length}].id: duplicate id "${story.events[0].id}" (also events[0].id)`],
      ]);
    });

    it('reports an alias that clashes with a person id', () => {
      expect(problems((s) => s.people[1].aliases.push(kovrig.id))).to.deep.equal([
        [
          'duplicate-id',
          `people[1].aliases[${spavor.aliases.length}]: duplicate id "${kovrig.id}" (also people[0].id)`,
        ],
      ]);
    });

    it('keeps each collection’s ids apart', () => {
      const copy: Json = structuredClone(story);
      copy.organizations.push({
        id: kovrig.id,
        name: { en: 'Kovrig & Co.' },
        description: { en: 'A firm' },
        sources: ['s1'],
      });
      expect(validateStory(copy).errors).to.deep.equal([]);
    });

    const references: [string, (s: Json) => void, string][] = [
      ['an event’s people', (s) => (s.events[2].people = ['x']), 'events[2].people[0]: no person "x"'],
      ['a quote’s person', (s) => (s.quotes[1].speaker = { person: 'x' }), 'quotes[1].speaker.person: no person "x"'],
      [
        'a quote’s organization',
        (s) => (s.quotes[1].speaker.organization = 'x'),
        'quotes[1].speaker.organization: no organization "x"',
      ],
      ['a person’s lead quote', (s) => (s.people[4].leadQuote = 'x'), 'people[4].leadQuote: no quote "x"'],
      ['a position’s party', (s) => (s.positions[0].party = 'x'), 'positions[0].party: no organization "x"'],
      ['a position’s quotes', (s) => (s.positions[0].quotes = ['x']), 'positions[0].quotes[0]: no quote "x"'],
      [
        'a correction’s subject',
        (s) => (s.corrections[0].subject = 'x'),
        'corrections[0].subject: no person, organization, quote, event, position or case "x"',
      ],
      ['a case’s key people', (s) => (s.cases[0].keyPeople = ['x']), 'cases[0].keyPeople[0]: no person "x"'],
      ['a case’s key dates', (s) => (s.cases[0].keyDates = ['x']), 'cases[0].keyDates[0]: no event "x"'],
      ['a case’s positions', (s) => (s.cases[0].positions = ['x']), 'cases[0].positions[0]: no position "x"'],
      ['a person’s sources', (s) => (s.people[0].sources = ['x']), 'people[0].sources[0]: no source "x"'],
      [
        'a status period’s sources',
        (s) => (s.people[0].status[1].sources = ['x']),
        'people[0].status[1].sources[0]: no source "x"',
      ],
      [
        'an organization’s sources',
        (s) => (s.organizations[0].sources = ['x']),
        'organizations[0].sources[0]: no source "x"',
      ],
      ['a quote’s sources', (s) => (s.quotes[0].sources = ['x']), 'quotes[0].sources[0]: no source "x"'],
      ['an event’s sources', (s) => (s.events[0].sources = ['x']), 'events[0].sources[0]: no source "x"'],
      ['a position’s sources', (s) => (s.positions[0].sources = ['x']), 'positions[0].sources[0]: no source "x"'],
      ['a correction’s sources', (s) => (s.corrections[0].sources = ['x']), 'corrections[0].sources[0]: no source "x"'],
      ['a case’s sources', (s) => (s.cases[0].sources = ['x']), 'cases[0].sources[0]: no source "x"'],
    ];
    for (const [what, edit, line] of references) {
      it(`reports ${what} that does not resolve`, () => {
        expect(problems(edit)).to.deep.equal([['unresolved-reference', line]]);
      });
    }

    it('accepts a correction about any kind of entity', () => {
      for (const id of [
        kovrig.id,
        story.organizations[0].id,
        story.quotes[0].id,
        story.events[0].id,
        story.positions[0].id,
        story.cases[0].id,
      ]) {
        const copy: Json = structuredClone(story);
        copy.corrections[0].subject = id;
        expect(validateStory(copy).errors, id).to.deep.equal([]);
      }
    });

    it('asks for the id where a reference uses an alias', () => {
      expect(problems((s) => (s.events[1].people[0] = 'kang-mingkai'))).to.deep.equal([
        [
          'unresolved-reference',
          'events[1].people[0]: no person "kang-mingkai" ("kang-mingkai" is an alias: use the id "michael-kovrig")',
        ],
      ]);
    });

    it('reports a lead quote someone else said', () => {
      expect(problems((s) => (s.people[0].leadQuote = 'zhao-lijian-2020-11-20'))).to.deep.equal([
        ['lead-quote-speaker', 'people[0].leadQuote: quote "zhao-lijian-2020-11-20" is not said by "michael-kovrig"'],
      ]);
    });

    it('reports status periods out of date order', () => {
      expect(problems((s) => (s.people[1].status[1].from = '2018-01-01'))).to.deep.equal([
        [
          'status-order',
          `people[1].status[1].from: "2018-01-01" is before people[1].status[0].from ("${spavor.status[0].from}"): list status periods in date order`,
        ],
      ]);
    });
  });

  describe('on any input', () => {
    it(`stops after ${MAX_ERRORS} errors`, () => {
      const result = validateStory({ ...structuredClone(story), people: Array.from({ length: 200 }, () => 'nobody') });
      expect(MAX_ERRORS).to.equal(50);
      expect(result.errors).to.have.length(MAX_ERRORS);
      expect(formatError(result.errors[0]!)).to.equal('people[0]: expected an object');
      expect(formatError(result.errors.at(-1)!)).to.equal('people[49]: expected an object');
    });

    it('reports structure and reference errors in one pass', () => {
      expect(
        problems((s) => {
          delete s.people[3].name.en;
          s.events[2].people = ['x'];
        }),
      ).to.deep.equal([
        ['required', 'people[3].name.en: required'],
        ['unresolved-reference', 'events[2].people[0]: no person "x"'],
      ]);
    });

    it('never throws, however hostile the JSON', () => {
      const deep = JSON.parse('['.repeat(5000) + ']'.repeat(5000));
      const throwing = Object.defineProperty({}, 'people', {
        enumerable: true,
        get: () => {
          throw new Error('boom');
        },
      });
      const inputs: unknown[] = [
        JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1}'),
        JSON.parse(
          '{"people": [{"toString": 1, "hasOwnProperty": 3}], "quotes": [{"speaker": {"person": 1, "organization": []}}]}',
        ),
        { people: new Array(2_000_000).fill('x') },
        { people: [{ id: 'a', aliases: 'a', name: { en: 1 }, roles: [null], sources: [{}], nmae: deep }] },
        {
          ...structuredClone(story),
          sources: story.sources.map((source) => ({ ...source, url: 'x'.repeat(1_000_000) })),
        },
        throwing,
      ];
      for (const input of inputs) {
        const result = validateStory(input);
        expect(result.story).to.equal(undefined);
        expect(result.errors.length).to.be.within(1, MAX_ERRORS);
        for (const error of result.errors) expect(formatError(error).length).to.be.below(300);
      }
      expect(({} as { polluted?: boolean }).polluted).to.equal(undefined);
    });
  });

  describe('the schema it reads', () => {
    /** Every keyword used anywhere in the schema, and every $ref. */
    function walk(node: unknown, keywords: Set<string>, refs: Set<string>): void {
      if (Array.isArray(node)) return node.forEach((item) => walk(item, keywords, refs));
      if (typeof node !== 'object' || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        keywords.add(key);
        if (key === '$ref') refs.add(value as string);
        if (key === 'properties' || key === '$defs')
          Object.values(value as object).forEach((v) => walk(v, keywords, refs));
        else if (key !== 'enum' && key !== 'required') walk(value, keywords, refs);
      }
    }

    it('uses only keywords the validator checks, besides annotations', () => {
      const keywords = new Set<string>();
      walk(schema, keywords, new Set());
      const annotations = ['$schema', '$id', 'title', 'description', '$comment'];
      expect(
        [...keywords].filter((k) => !annotations.includes(k) && !(CHECKED_KEYWORDS as readonly string[]).includes(k)),
      ).to.deep.equal([]);
    });

    it('resolves every $ref', () => {
      const refs = new Set<string>();
      walk(schema, new Set(), refs);
      for (const ref of refs) {
        expect(ref).to.match(/^#\/\$defs\//);
        expect(Object.keys(schema.$defs), ref).to.include(ref.slice('#/$defs/'.length));
      }
    });

    it('matches types.ts: status kinds, languages, collections', () => {
      expect(schema.$defs.StatusKind.enum).to.deep.equal([...STATUS_KINDS]);
      expect(schema.$defs.SourceKind.enum).to.deep.equal([...SOURCE_KINDS]);
      expect(Object.keys(schema.$defs.Localized.properties)).to.deep.equal([...LANGUAGES]);
      // Every collection is required; the reviewed report is optional.
      expect(schema.required).to.have.members(Object.keys(story).filter((key) => key !== 'report'));
      expect(Object.keys(schema.properties)).to.have.members(Object.keys(story));
    });
  });
});
