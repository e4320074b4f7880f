import { expect } from '@open-wc/testing';
import { story } from '../src/data/story.js';
import { compareDates, dayRange, parsePartialDate } from '../src/data/partial-date.js';
import type { DatedText, Localized, Story, TextVersion } from '../src/data/types.js';

const data: Story = story;

/** A deep copy the negative tests can break without touching the bundled story. */
const clone = (): Story => JSON.parse(JSON.stringify(story)) as Story;

// ---------------------------------------------------------------------------
// Checkers: each returns the problems it finds, so the tests below can show
// both that the bundled story is clean and that a broken story is caught.
// ---------------------------------------------------------------------------

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

function duplicateIds(s: Story): string[] {
  return [
    ...duplicates(s.people.flatMap((p) => [p.id, ...p.aliases])).map((id) => `people: ${id}`),
    ...duplicates(s.organizations.map((o) => o.id)).map((id) => `organizations: ${id}`),
    ...duplicates(s.quotes.map((q) => q.id)).map((id) => `quotes: ${id}`),
    ...duplicates(s.events.map((e) => e.id)).map((id) => `events: ${id}`),
    ...duplicates(s.positions.map((p) => p.id)).map((id) => `positions: ${id}`),
    ...duplicates(s.corrections.map((c) => c.id)).map((id) => `corrections: ${id}`),
    ...duplicates(s.sources.map((c) => c.id)).map((id) => `sources: ${id}`),
    ...duplicates(s.cases.map((c) => c.id)).map((id) => `cases: ${id}`),
  ];
}

/** Every `sources` array in the story, with where it is. */
function sourceLists(s: Story): { where: string; sources: readonly string[] }[] {
  return [
    ...s.people.flatMap((p) => [
      { where: `people.${p.id}`, sources: p.sources },
      ...(p.status ?? []).map((st, i) => ({ where: `people.${p.id}.status[${i}]`, sources: st.sources })),
    ]),
    ...s.organizations.map((o) => ({ where: `organizations.${o.id}`, sources: o.sources })),
    ...s.quotes.map((q) => ({ where: `quotes.${q.id}`, sources: q.sources })),
    ...s.events.map((e) => ({ where: `events.${e.id}`, sources: e.sources })),
    ...s.positions.map((p) => ({ where: `positions.${p.id}`, sources: p.sources })),
    ...s.corrections.map((c) => ({ where: `corrections.${c.id}`, sources: c.sources })),
    ...s.cases.map((c) => ({ where: `cases.${c.id}`, sources: c.sources })),
  ];
}

function danglingReferences(s: Story): string[] {
  const problems: string[] = [];
  const people = new Set(s.people.map((p) => p.id));
  const orgs = new Set(s.organizations.map((o) => o.id));
  const quotes = new Set(s.quotes.map((q) => q.id));
  const events = new Set(s.events.map((e) => e.id));
  const positions = new Set(s.positions.map((p) => p.id));
  const sources = new Set(s.sources.map((x) => x.id));
  const anyEntity = new Set([
    ...people,
    ...orgs,
    ...quotes,
    ...events,
    ...positions,
    ...s.cases.map((c) => c.id),
  ]);
  const need = (set: Set<string>, id: string, where: string) => {
    if (!set.has(id)) problems.push(`${where} → ${id}`);
  };

  for (const { where, sources: list } of sourceLists(s)) {
    for (const id of list) need(sources, id, `${where}.sources`);
  }
  for (const p of s.people) {
    if (p.leadQuote !== undefined) {
      need(quotes, p.leadQuote, `people.${p.id}.leadQuote`);
      const quote = s.quotes.find((q) => q.id === p.leadQuote);
      if (quote && !('person' in quote.speaker && quote.speaker.person === p.id)) {
        problems.push(`people.${p.id}.leadQuote is not spoken by ${p.id}`);
      }
    }
  }
  for (const q of s.quotes) {
    if ('person' in q.speaker) need(people, q.speaker.person, `quotes.${q.id}.speaker`);
    else need(orgs, q.speaker.organization, `quotes.${q.id}.speaker`);
  }
  for (const e of s.events) for (const id of e.people) need(people, id, `events.${e.id}.people`);
  for (const p of s.positions) {
    need(orgs, p.party, `positions.${p.id}.party`);
    for (const id of p.quotes) need(quotes, id, `positions.${p.id}.quotes`);
  }
  for (const c of s.corrections) need(anyEntity, c.subject, `corrections.${c.id}.subject`);
  for (const c of s.cases) {
    for (const id of c.keyPeople) need(people, id, `cases.${c.id}.keyPeople`);
    for (const id of c.keyDates) need(events, id, `cases.${c.id}.keyDates`);
    for (const id of c.positions) need(positions, id, `cases.${c.id}.positions`);
  }
  return problems;
}

function unsourced(s: Story): string[] {
  return sourceLists(s)
    .filter(({ sources }) => sources.length === 0)
    .map(({ where }) => where);
}

/** Every date in the story, with where it is. */
function allDates(s: Story): { where: string; date: string }[] {
  const dates: { where: string; date: string }[] = [];
  for (const p of s.people) {
    p.roles.forEach((r, i) => {
      if (r.from !== undefined) dates.push({ where: `people.${p.id}.roles[${i}].from`, date: r.from });
      if (r.to !== undefined) dates.push({ where: `people.${p.id}.roles[${i}].to`, date: r.to });
      if (r.confirmed !== undefined) dates.push({ where: `people.${p.id}.roles[${i}].confirmed`, date: r.confirmed });
    });
    (p.status ?? []).forEach((st, i) => dates.push({ where: `people.${p.id}.status[${i}]`, date: st.from }));
  }
  for (const q of s.quotes) dates.push({ where: `quotes.${q.id}`, date: q.date });
  for (const e of s.events) dates.push({ where: `events.${e.id}`, date: e.date });
  for (const x of s.sources) {
    if (x.published !== undefined) dates.push({ where: `sources.${x.id}.published`, date: x.published });
  }
  for (const c of s.cases) dates.push({ where: `cases.${c.id}.articleDate`, date: c.articleDate });
  return dates;
}

function badDates(s: Story): string[] {
  return allDates(s)
    .filter(({ date }) => parsePartialDate(date) === undefined)
    .map(({ where, date }) => `${where}: ${date}`);
}

function statusOutOfOrder(s: Story): string[] {
  const problems: string[] = [];
  for (const p of s.people) {
    const periods = p.status ?? [];
    for (let i = 1; i < periods.length; i++) {
      const before = parsePartialDate(periods[i - 1]!.from);
      const after = parsePartialDate(periods[i]!.from);
      if (!before || !after || compareDates(before, after) > 0) {
        problems.push(`people.${p.id}.status[${i}] (${periods[i]!.from}) before ${periods[i - 1]!.from}`);
      }
    }
  }
  return problems;
}

/** Every string in a value, with its path; `skip` leaves out paths it matches. */
function strings(value: unknown, path: string, skip: (path: string) => boolean = () => false): { path: string; text: string }[] {
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

/** Every Localized in the story: any object with an `en` key, and the fields the types declare as Localized. */
function localizedValues(value: unknown, path: string): { path: string; value: Localized }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedValues(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    if ('en' in value) return [{ path, value: value as Localized }];
    return Object.entries(value).flatMap(([k, v]) => localizedValues(v, `${path}.${k}`));
  }
  return [];
}

function missingLocalized(s: Story): string[] {
  const problems: string[] = [];
  const must = (value: unknown, where: string) => {
    const en = (value as { en?: unknown } | undefined)?.en;
    if (typeof en !== 'string' || en.trim() === '') problems.push(where);
  };
  for (const { path, value } of localizedValues(s, 'story')) must(value, path);
  // The fields declared Localized must be Localized, not a bare string or missing.
  for (const p of s.people) {
    must(p.name, `people.${p.id}.name`);
    must(p.nationality, `people.${p.id}.nationality`);
    must(p.bio, `people.${p.id}.bio`);
    p.roles.forEach((r, i) => must(r.title, `people.${p.id}.roles[${i}].title`));
    (p.status ?? []).forEach((st, i) => {
      must(st.detail, `people.${p.id}.status[${i}].detail`);
      if (st.place !== undefined) must(st.place, `people.${p.id}.status[${i}].place`);
    });
  }
  for (const o of s.organizations) {
    must(o.name, `organizations.${o.id}.name`);
    must(o.description, `organizations.${o.id}.description`);
  }
  for (const q of s.quotes) {
    must(q.setting, `quotes.${q.id}.setting`);
    must(q.text, `quotes.${q.id}.text`);
    if (q.translationNote !== undefined) must(q.translationNote, `quotes.${q.id}.translationNote`);
  }
  for (const e of s.events) must(e.title, `events.${e.id}.title`);
  const versions = (text: DatedText) => (Array.isArray(text) ? (text as readonly TextVersion[]).map((v) => v.text) : [text]);
  for (const p of s.positions) versions(p.stance).forEach((v, i) => must(v, `positions.${p.id}.stance[${i}]`));
  for (const c of s.corrections) must(c.verified, `corrections.${c.id}.verified`);
  for (const c of s.cases) {
    versions(c.headline).forEach((v, i) => must(v, `cases.${c.id}.headline[${i}]`));
    versions(c.summary).forEach((v, i) => must(v, `cases.${c.id}.summary[${i}]`));
  }
  for (const x of s.sources) must(x.title, `sources.${x.id}.title`);
  return problems;
}

// ---------------------------------------------------------------------------

describe('bundled story: integrity', () => {
  it('has unique ids (people with their aliases; every other collection on its own)', () => {
    expect(duplicateIds(data)).to.deep.equal([]);
  });

  it('catches a duplicate id or an alias that clashes with a person id', () => {
    const broken = clone();
    (broken.people[0]!.aliases as string[]).push(broken.people[1]!.id);
    (broken.events as unknown[]).push({ ...broken.events[0]! });
    expect(duplicateIds(broken)).to.have.length(2);
  });

  it('resolves every reference', () => {
    expect(danglingReferences(data)).to.deep.equal([]);
  });

  it('catches references that do not resolve', () => {
    const broken = clone();
    (broken.events[0]!.people as string[]).push('nobody');
    (broken.corrections[0] as { subject: string }).subject = 'nothing';
    (broken.cases[0]!.keyDates as string[]).push('never');
    (broken.positions[0] as { party: string }).party = 'no-party';
    (broken.quotes[0] as unknown as { sources: string[] }).sources = ['s999'];
    expect(danglingReferences(broken)).to.have.length(5);
  });

  it('cites at least one source for every person, status, organization, quote, event, position, correction and case', () => {
    expect(unsourced(data)).to.deep.equal([]);
    const broken = clone();
    (broken.positions[0] as unknown as { sources: string[] }).sources = [];
    expect(unsourced(broken)).to.deep.equal([`positions.${broken.positions[0]!.id}`]);
  });

  it('lists only http(s) source URLs, each once', () => {
    for (const source of data.sources) {
      expect(new URL(source.url).protocol, source.id).to.be.oneOf(['http:', 'https:']);
      expect(source.publisher.trim(), `${source.id}.publisher`).to.not.equal('');
      expect(source.lang.trim(), `${source.id}.lang`).to.not.equal('');
    }
    expect(duplicates(data.sources.map((s) => s.url))).to.deep.equal([]);
  });

  it('cites every listed source somewhere', () => {
    const cited = new Set(sourceLists(data).flatMap(({ sources }) => sources));
    expect(data.sources.map((s) => s.id).filter((id) => !cited.has(id))).to.deep.equal([]);
  });

  it('writes every date as a valid partial date', () => {
    expect(allDates(data).length).to.be.greaterThan(50);
    expect(badDates(data)).to.deep.equal([]);
    const broken = clone();
    (broken.events[0] as { date: string }).date = '2021-02-29';
    expect(badDates(broken)).to.have.length(1);
  });

  it('keeps role ranges and status periods in date order', () => {
    expect(statusOutOfOrder(data)).to.deep.equal([]);
    for (const person of data.people) {
      for (const role of person.roles) {
        if (role.from === undefined || role.to === undefined) continue;
        const from = parsePartialDate(role.from)!;
        const to = parsePartialDate(role.to)!;
        expect(compareDates(from, to), `${person.id}: ${role.title.en}`).to.be.at.most(0);
      }
    }
    const broken = clone();
    const periods = broken.people.find((p) => p.id === 'michael-spavor')!.status as unknown as { from: string }[];
    periods[1]!.from = '2018-01-01';
    expect(statusOutOfOrder(broken)).to.have.length(1);
  });

  it('dates every open-ended role with the last day the sources confirm it', () => {
    const unconfirmed = data.people.flatMap((person) =>
      person.roles.filter((role) => role.to === undefined && role.confirmed === undefined).map((role) => `${person.id}: ${role.title.en}`),
    );
    expect(unconfirmed).to.deep.equal([]);
  });

  it('gives every Localized a non-empty English string', () => {
    expect(localizedValues(data, 'story').length).to.be.greaterThan(100);
    expect(missingLocalized(data)).to.deep.equal([]);
    const broken = clone();
    (broken.events[0]!.title as { en: string }).en = ' ';
    expect(missingLocalized(broken)).to.have.length.greaterThan(0);
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
    expect(data.corrections.some((c) => c.articleSaid.includes('Baldwin') && c.subject === 'dominic-barton')).to.equal(true);
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
