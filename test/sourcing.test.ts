// The sourcing policy, checked on the bundled story: what kind each source is,
// what may carry a fact, which sites are never cited, and that the numbers a
// reader sees have no gaps on any day. Each checker returns the problems it
// finds, so every test also shows that a broken story is caught.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/case-sources/define.js';
import type { CaseSources } from '../src/elements/case-sources/case-sources.js';
import { story } from '../src/data/story.js';
import { indexStory } from '../src/data/story-index.js';
import { dayRange, parseDay } from '../src/data/partial-date.js';
import { CARRYING_SOURCE_KINDS, SOURCE_KINDS, type Source, type Story } from '../src/data/types.js';

const data: Story = story;
const clone = (): Story => JSON.parse(JSON.stringify(story)) as Story;

/** Hosts never cited: encyclopedia mirrors, forums, aggregators, reposting sites, docket scrapers. */
const DENIED_HOSTS = [
  'iiab.me',
  'kiwix.campusafrica.gos.orange.com',
  'enwikipedia.net',
  'abcdef.wiki',
  'wikipedia-on-ipfs.org',
  'piglix.com',
  'wikiwand.com',
  'defence.pk',
  'bad-boys.us',
  'backchina.com',
  'creaders.net',
  'sinoquebec.com',
  'nfwb.net.cn',
  'topactu.net',
  'ourdailynewsonline.com',
  'nextgenedition.com',
  'ukrcanada.com',
  'pressreader.com',
  'kvia.com',
  'consulting.ca',
  'epochtimes.com',
  'theepochtimes.com',
  'darpanmagazine.com',
];

/** Every fact of a story with the sources it cites. */
function facts(s: Story): { where: string; sources: readonly string[] }[] {
  return [
    ...s.people.flatMap((p) => [
      { where: `people.${p.id}`, sources: p.sources },
      ...(p.status ?? []).map((period) => ({ where: `people.${p.id}.status.${period.kind}`, sources: period.sources })),
    ]),
    ...s.organizations.map((o) => ({ where: `organizations.${o.id}`, sources: o.sources })),
    ...s.quotes.map((q) => ({ where: `quotes.${q.id}`, sources: q.sources })),
    ...s.events.map((e) => ({ where: `events.${e.id}`, sources: e.sources })),
    ...s.positions.map((p) => ({ where: `positions.${p.id}`, sources: p.sources })),
    ...s.corrections.map((c) => ({ where: `corrections.${c.id}`, sources: c.sources })),
    ...s.cases.map((c) => ({ where: `cases.${c.id}`, sources: c.sources })),
  ];
}

function badKinds(s: Story): string[] {
  return s.sources
    .filter((source) => !(SOURCE_KINDS as readonly string[]).includes(source.kind))
    .map((source) => source.id);
}

/** Facts with no official or news source among their sources. */
function uncarried(s: Story): string[] {
  const kinds = new Map(s.sources.map((source) => [source.id, source.kind]));
  return facts(s)
    .filter(({ sources }) => !sources.some((id) => CARRYING_SOURCE_KINDS.includes(kinds.get(id)!)))
    .map(({ where }) => where);
}

function denied(s: Story): string[] {
  return s.sources
    .filter((source) => {
      const host = new URL(source.url).hostname.toLowerCase();
      return DENIED_HOSTS.some((deniedHost) => host === deniedHost || host.endsWith(`.${deniedHost}`));
    })
    .map((source) => source.id);
}

/** The days the numbering is checked on: before, during and after the story. */
const DAYS = ['2018-12-01', '2019-06-01', '2020-11-20', '2021-09-25', '2023-01-01'];

/** For each day, the numbers of the sources a widget may cite that day, sorted. */
function numbersByDay(s: Story): Map<string, number[]> {
  const index = indexStory(s);
  return new Map(
    DAYS.map((day) => {
      const first = dayRange(parseDay(day)!).first;
      const numbers = s.sources
        .filter((source) => index.availableFrom(source) <= first)
        .map((source) => index.sourceNumbers.get(source.id)!)
        .sort((a, b) => a - b);
      return [day, numbers];
    }),
  );
}

const oneToN = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

function gaps(s: Story): string[] {
  return [...numbersByDay(s)]
    .filter(([, numbers]) => JSON.stringify(numbers) !== JSON.stringify(oneToN(numbers.length)))
    .map(([day, numbers]) => `${day}: ${numbers.join(',')}`);
}

describe('sourcing policy', () => {
  it('gives every source a kind from SOURCE_KINDS', () => {
    expect(badKinds(data)).to.deep.equal([]);
    const broken = clone();
    (broken.sources[0] as { kind: string }).kind = 'blog';
    expect(badKinds(broken)).to.deep.equal([broken.sources[0]!.id]);
  });

  it('carries every fact by at least one official or news source', () => {
    expect(uncarried(data)).to.deep.equal([]);
    // A fact cited only by state media, an encyclopedia or another page is caught.
    for (const kind of SOURCE_KINDS.filter((k) => !CARRYING_SOURCE_KINDS.includes(k))) {
      const broken = clone();
      (broken.sources as Source[]).push({ ...broken.sources[0]!, id: 'weak', url: 'https://example.org/weak', kind });
      (broken.events[0] as unknown as { sources: string[] }).sources = ['weak'];
      expect(uncarried(broken), kind).to.deep.equal([`events.${broken.events[0]!.id}`]);
    }
  });

  it('uses state media, encyclopedias and other pages only beside a carrying source', () => {
    const weak = new Set(data.sources.filter((s) => !CARRYING_SOURCE_KINDS.includes(s.kind)).map((s) => s.id));
    expect(weak.size, 'the story cites some of them').to.be.greaterThan(0);
    for (const { where, sources } of facts(data)) {
      if (sources.some((id) => weak.has(id)))
        expect(
          sources.some((id) => !weak.has(id)),
          where,
        ).to.equal(true);
    }
  });

  it('cites no encyclopedia mirror, forum, aggregator, reposting site or docket scraper', () => {
    expect(denied(data)).to.deep.equal([]);
    const broken = clone();
    (broken.sources[1] as { url: string }).url =
      'https://iiab.me/kiwix/content/wikipedia_en_all_maxi_2023-10/A/Meng_Wanzhou';
    (broken.sources[2] as { url: string }).url =
      'http://www.pressreader.com/canada/the-niagara-falls-review/20201120/281629602814953';
    expect(denied(broken)).to.deep.equal([broken.sources[1]!.id, broken.sources[2]!.id]);
  });

  it('cites Wikipedia only as a reference, on its own domain', () => {
    for (const source of data.sources) {
      const host = new URL(source.url).hostname;
      if (/wiki/i.test(host) || /wikipedia/i.test(source.publisher)) {
        expect(host, source.id).to.match(/(^|\.)wikipedia\.org$/);
        expect(source.kind, source.id).to.equal('reference');
      }
    }
  });

  it('numbers the sources a reader can see on any day 1 to n, without gaps', () => {
    expect(gaps(data)).to.deep.equal([]);
    // The days tested see different lists: the numbering is checked, not one list five times.
    const counts = [...numbersByDay(data).values()].map((numbers) => numbers.length);
    expect(new Set(counts).size).to.be.greaterThan(3);
    // Whatever order a dataset lists its sources in, the numbering has no gaps.
    const reversed = clone();
    (reversed.sources as Source[]).reverse();
    expect(gaps(reversed)).to.deep.equal([]);
  });

  it('stores the bundled list in the order readers see it numbered, apart from sources appended at its end', () => {
    const index = indexStory(data);
    // Branches worked on side by side append their sources at the end (ids s200 and up), where they
    // cannot clash; the numbering does not depend on where a source is stored.
    const appended = (id: string) => /^s[2-9]\d\d$/.test(id);
    const numbers = data.sources.filter((s) => !appended(s.id)).map((s) => index.sourceNumbers.get(s.id)!);
    expect(numbers).to.deep.equal([...numbers].sort((a, b) => a - b));
    expect([...index.sourceNumbers.values()].sort((a, b) => a - b)).to.deep.equal(oneToN(data.sources.length));
  });

  for (const asOf of [...DAYS, undefined]) {
    it(`<case-sources${asOf ? ` as-of="${asOf}"` : ''}> shows 1 to n, n being the sources citable that day`, async () => {
      const el = await fixture<CaseSources>(
        asOf ? html`<case-sources as-of=${asOf}></case-sources>` : html`<case-sources></case-sources>`,
      );
      const shown = [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('[part~="source"]')].map((li) => li.value);
      const index = indexStory(data);
      const today = new Date();
      const day =
        asOf ??
        `${today.getUTCFullYear()}-${String(today.getUTCMonth() + 1).padStart(2, '0')}-${String(today.getUTCDate()).padStart(2, '0')}`;
      const first = dayRange(parseDay(day)!).first;
      const expected = data.sources.filter((source) => index.availableFrom(source) <= first).length;
      expect(shown).to.deep.equal(oneToN(expected));
      if (asOf === '2018-12-01') expect(shown.length).to.be.lessThan(data.sources.length);
    });
  }
});
