import { expect } from '@open-wc/testing';
import { story } from '../src/data/story.js';
import { compareDates, dayRange, parsePartialDate } from '../src/data/partial-date.js';
import type { Story } from '../src/data/types.js';
import { validateStory } from '../src/data/validate.js';

const data: Story = story;

/** Every `sources` array in the story. */
function citedSources(s: Story): string[] {
  return [
    ...s.people.flatMap((p) => [...p.sources, ...(p.status ?? []).flatMap((st) => st.sources)]),
    ...[...s.organizations, ...s.quotes, ...s.events, ...s.positions, ...s.corrections, ...s.cases].flatMap(
      (x) => x.sources,
    ),
  ];
}

/** Every string in a value, with its path; `skip` leaves out paths it matches. */
function strings(
  value: unknown,
  path: string,
  skip: (path: string) => boolean = () => false,
): { path: string; text: string }[] {
  if (skip(path)) return [];
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`, skip));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`, skip));
  }
  return [];
}

/** The article's own wording, and the correction ids (public API) that name the error. */
const isArticleSaid = (path: string) => /^story\.corrections\[\d+\]\.(articleSaid|id)$/.test(path);
const isCorrection = (path: string) => /^story\.corrections\[\d+\]/.test(path);

describe('bundled story: integrity', () => {
  it('passes the validation every newsroom dataset passes: schema, ids, references, dates, URLs, sources', () => {
    // The same validator <case-data> runs (its own rules are tested in validate.test.ts).
    expect(validateStory(JSON.parse(JSON.stringify(story))).errors).to.deep.equal([]);
  });

  it('keeps every role’s range in date order', () => {
    for (const person of data.people) {
      for (const role of person.roles) {
        if (role.from === undefined || role.to === undefined) continue;
        const order = compareDates(parsePartialDate(role.from)!, parsePartialDate(role.to)!);
        expect(order, `${person.id}: ${role.title.en}`).to.be.at.most(0);
      }
    }
  });

  it('cites every listed source somewhere', () => {
    const cited = new Set(citedSources(data));
    expect(data.sources.map((s) => s.id).filter((id) => !cited.has(id))).to.deep.equal([]);
  });

  it('dates every open-ended role with the last day the sources confirm it', () => {
    const unconfirmed = data.people.flatMap((person) =>
      person.roles
        .filter((role) => role.to === undefined && role.confirmed === undefined)
        .map((role) => `${person.id}: ${role.title.en}`),
    );
    expect(unconfirmed).to.deep.equal([]);
  });

  it('has the stable public ids the widgets accept', () => {
    const people = data.people.map((p) => p.id);
    expect(people).to.include.members([
      'michael-kovrig',
      'michael-spavor',
      'meng-wanzhou',
      'dominic-barton',
      'zhao-lijian',
      'justin-trudeau',
      'ren-zhengfei',
      'francois-philippe-champagne',
    ]);
    expect(data.people.find((p) => p.id === 'michael-kovrig')!.aliases).to.include('kang-mingkai');
    expect(data.quotes.map((q) => q.id)).to.include.members([
      'zhao-lijian-2020-11-20',
      'global-affairs-canada-2020-11-19',
      'justin-trudeau-2020-11-19',
    ]);
    expect(data.cases.map((c) => c.id)).to.include('meng-wanzhou-two-michaels');
  });
});

describe('bundled story: the article’s known errors are not repeated', () => {
  const event = (id: string) => {
    const found = data.events.find((e) => e.id === id);
    expect(found, id).to.exist;
    return found!;
  };

  it('dates Spavor’s virtual visit 10 November 2020 and Kovrig’s 19 November 2020', () => {
    const spavor = event('virtual-visit-spavor');
    expect(spavor.date).to.equal('2020-11-10');
    expect(spavor.people).to.include('michael-spavor');
    expect(spavor.people).to.not.include('michael-kovrig');
    expect(spavor.people).to.include('dominic-barton');
    const kovrig = event('virtual-visit-kovrig');
    expect(kovrig.date).to.equal('2020-11-19');
    expect(kovrig.people).to.include('michael-kovrig');
    expect(kovrig.people).to.not.include('michael-spavor');
    expect(kovrig.people).to.include('dominic-barton');
  });

  it('never names the ambassador “Baldwin”, except when quoting the article in a correction', () => {
    const all = strings(story, 'story', isArticleSaid);
    expect(all.length).to.be.greaterThan(200);
    expect(all.filter(({ text }) => /baldwin/i.test(text)).map(({ path }) => path)).to.deep.equal([]);
    // The correction itself does quote the article.
    expect(data.corrections.some((c) => c.articleSaid.includes('Baldwin') && c.subject === 'dominic-barton')).to.equal(
      true,
    );
  });

  it('never calls Meng a “former” executive outside the corrections', () => {
    const outside = strings(story, 'story', isCorrection);
    expect(outside.filter(({ text }) => /former executive/i.test(text)).map(({ path }) => path)).to.deep.equal([]);
    expect(
      outside.filter(({ text }) => /\bMeng\b/.test(text) && /\bformer\b/i.test(text)).map(({ path }) => path),
    ).to.deep.equal([]);
    const meng = data.people.find((p) => p.id === 'meng-wanzhou')!;
    expect(strings(meng, 'meng').filter(({ text }) => /\bformer\b/i.test(text))).to.deep.equal([]);
  });

  it('gives Meng a CFO role that covers November 2020', () => {
    const meng = data.people.find((p) => p.id === 'meng-wanzhou')!;
    const nov2020 = dayRange(parsePartialDate('2020-11')!);
    const covers = meng.roles.some((role) => {
      if (!/chief financial officer|\bCFO\b/i.test(role.title.en)) return false;
      const from = role.from === undefined ? undefined : dayRange(parsePartialDate(role.from)!);
      const to = role.to === undefined ? undefined : dayRange(parsePartialDate(role.to)!);
      return (from === undefined || from.first <= nov2020.first) && (to === undefined || to.last >= nov2020.last);
    });
    expect(covers).to.equal(true);
  });

  it('puts “hostage diplomacy” in no quotation, and “hostage” in no Trudeau quotation', () => {
    for (const quote of data.quotes) {
      for (const { text } of strings(quote.text, quote.id)) {
        expect(text, quote.id).to.not.match(/hostage\s+diplomacy/i);
      }
      if (quote.original) expect(quote.original.text, quote.id).to.not.match(/hostage/i);
    }
    const trudeau = data.quotes.filter((q) => 'person' in q.speaker && q.speaker.person === 'justin-trudeau');
    expect(trudeau.length).to.be.greaterThan(0);
    for (const quote of trudeau) {
      expect(strings(quote, quote.id).filter(({ text }) => /hostage/i.test(text))).to.deep.equal([]);
    }
  });

  it('names the department Global Affairs Canada outside the corrections', () => {
    const outside = strings(story, 'story', isCorrection);
    expect(outside.filter(({ text }) => /Foreign Affairs Canada/.test(text)).map(({ path }) => path)).to.deep.equal([]);
    expect(data.organizations.find((o) => o.id === 'global-affairs-canada')!.name.en).to.equal('Global Affairs Canada');
  });

  it('holds a correction for each known error, on the entity it concerns', () => {
    const subjectOf = new Map(data.corrections.map((c) => [c.id, c.subject]));
    expect(subjectOf.get('visit-dates-swapped')).to.equal('virtual-visit-kovrig');
    expect(subjectOf.get('baldwin-is-barton')).to.equal('dominic-barton');
    expect(subjectOf.get('meng-not-former')).to.equal('meng-wanzhou');
    expect(subjectOf.get('hostage-diplomacy-unsupported')).to.equal('justin-trudeau');
    expect(subjectOf.get('department-name')).to.equal('global-affairs-canada');
    expect(subjectOf.get('allegation-not-finding')).to.equal('huawei-indictment-unsealed');
    expect(subjectOf.get('detained-not-arrested')).to.equal('kovrig-spavor-detained');
    expect(subjectOf.get('release-quote-not-verbatim')).to.equal('global-affairs-canada-2020-11-19');
  });
});
