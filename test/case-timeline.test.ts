import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/case-timeline/define.js';
import type { CaseTimeline } from '../src/elements/case-timeline/case-timeline.js';
import { compareDates, parsePartialDate } from '../src/data/partial-date.js';
import { story as bundledStory } from '../src/data/story.js';
import { indexStory } from '../src/data/story-index.js';
import type { CaseEvent, Story } from '../src/data/types.js';
import { expectBadInputNotice, notice, numberedSource, part, provideStory, watchWarnings } from './helpers.js';

type Template = ReturnType<typeof html>;

/** The bundled story, seen through the general type a reader of the dataset has. */
const story: Story = bundledStory;

function items(el: CaseTimeline): HTMLLIElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('[part~="events"] > [part~="event"]')];
}

function datesOf(el: CaseTimeline): string[] {
  return items(el).map((item) => item.querySelector('time')!.getAttribute('datetime')!);
}

function titleOf(item: Element): string {
  return item.querySelector('[part~="title"]')!.textContent!.replace(/\s+/g, ' ').trim();
}

/** The list item a reader would recognise as this event: the one showing its title. */
function itemFor(el: CaseTimeline, eventId: string): HTMLLIElement {
  const event = story.events.find((e) => e.id === eventId)!;
  const found = items(el).filter((item) => titleOf(item) === event.title.en);
  expect(found, `one item titled "${event.title.en}"`).to.have.length(1);
  return found[0]!;
}

function labelOf(item: Element): string {
  return item.querySelector('[part~="label"]')!.textContent!.trim();
}

/** A copy of the bundled story, changed by `edit`. */
function storyWith(edit: (copy: Story & { events: CaseEvent[]; sources: { url: string }[] }) => void): Story {
  const copy = structuredClone(story) as Story & { events: CaseEvent[]; sources: { url: string }[] };
  edit(copy);
  return copy;
}

/** Presses "Show all N events" when the timeline shows only its key events, and waits for the result. */
async function showAll<T extends CaseTimeline>(el: T): Promise<T> {
  const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="show-more"]');
  if (button) {
    button.click();
    await el.updateComplete;
  }
  return el;
}

/** A timeline with every event of the story on screen, as after "Show all". */
async function fullTimeline(template: Template): Promise<CaseTimeline> {
  return showAll(await fixture<CaseTimeline>(template));
}

/** A timeline inside a provider of `data`, as `<case-data>` will provide it. */
async function timelineWith(data: Story, attributes: Record<string, string> = {}): Promise<CaseTimeline> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  provideStory(host, data);
  const el = document.createElement('case-timeline');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  host.append(el);
  await el.updateComplete;
  return showAll(el);
}

const byDay = (a: string, b: string) => compareDates(parsePartialDate(a)!, parsePartialDate(b)!);

describe('<case-timeline>', () => {
  it('shows the key events first, by year under a heading, with a button that shows all', async () => {
    const el = await fixture<CaseTimeline>(html`<case-timeline></case-timeline>`);
    const heading = part(el, 'heading')!;
    expect(heading.localName).to.equal('h3');
    expect(heading.textContent!.trim()).to.equal('Timeline');
    const key = story.cases[0]!.keyDates;
    expect(items(el).map(titleOf)).to.deep.equal(
      story.events
        .filter((e) => key.includes(e.id))
        .sort((a, b) => byDay(a.date, b.date))
        .map((e) => e.title.en),
    );
    const years = [...el.shadowRoot!.querySelectorAll('[part~="year-heading"]')];
    expect(years.map((y) => y.localName)).to.deep.equal(years.map(() => 'h4'));
    const keyYears = [...new Set(story.events.filter((e) => key.includes(e.id)).map((e) => e.date.slice(0, 4)))].sort();
    expect(years.map((y) => y.textContent!.trim())).to.deep.equal(keyYears);
    const button = part(el, 'show-more') as HTMLButtonElement;
    expect(button.localName).to.equal('button');
    expect(button.textContent!.trim()).to.equal(`Show all ${story.events.length} events`);
    await expect(el).to.be.accessible();
  });

  it('"Show all" lists every event in date order and moves focus to the first one that was hidden', async () => {
    const el = await fixture<CaseTimeline>(html`<case-timeline></case-timeline>`);
    const before = items(el).map(titleOf);
    (part(el, 'show-more') as HTMLButtonElement).click();
    await el.updateComplete;
    await el.updateComplete;
    const dates = datesOf(el);
    expect(dates).to.have.length(story.events.length);
    expect(dates).to.deep.equal([...dates].sort(byDay));
    expect(dates[0]).to.equal('2018-12-01');
    expect(part(el, 'show-more')).to.equal(null);
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.getAttribute('part')).to.equal('event');
    expect(before).not.to.include(titleOf(focused));
    expect(items(el).indexOf(focused as HTMLLIElement)).to.equal(
      items(el).findIndex((item) => !before.includes(titleOf(item))),
    );
  });

  it('says which events it shows, and goes back to the key events from "Show all"', async () => {
    const el = await fixture<CaseTimeline>(html`<case-timeline></case-timeline>`);
    const key = story.cases[0]!.keyDates.length;
    expect(part(el, 'shown')!.textContent!.trim()).to.equal(`Key events · ${key} of ${story.events.length}`);
    await showAll(el);
    expect(part(el, 'shown')).to.equal(null);
    const fewer = part(el, 'show-fewer') as HTMLButtonElement;
    expect(fewer.textContent!.trim()).to.equal('Show key events only');
    fewer.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(items(el)).to.have.length(key);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'heading'));
    await expect(el).to.be.accessible();
  });

  it('fills the key events’ markers and leaves the others hollow, without corrections', async () => {
    const el = await fullTimeline(html`<case-timeline theme="light"></case-timeline>`);
    const fill = (item: Element) => getComputedStyle(item, '::before').backgroundColor;
    const transparent = 'rgba(0, 0, 0, 0)';
    expect(fill(itemFor(el, 'virtual-visit-kovrig'))).not.to.equal(transparent);
    expect(fill(itemFor(el, 'formal-arrests'))).to.equal(transparent);
  });

  it('refuses a limit that is not a whole number of 1 or more, with a notice', async () => {
    for (const limit of ['abc', '-1', '0', '2.5']) {
      await expectBadInputNotice(
        html`<case-timeline limit=${limit}></case-timeline>`,
        new RegExp(`limit="${limit.replace('.', '\\.')}"`),
        'whole number',
      );
    }
  });

  it('with limit, shows that many events first', async () => {
    const el = await fixture<CaseTimeline>(html`<case-timeline limit="3"></case-timeline>`);
    expect(datesOf(el)).to.have.length(3);
    expect(part(el, 'shown')!.textContent!.trim()).to.equal(`First 3 of ${story.events.length} events`);
    expect(datesOf(el)[0]).to.equal('2018-12-01');
    await showAll(el);
    expect(datesOf(el)).to.have.length(story.events.length);
  });

  it('keeps the dataset order for events on the same day', async () => {
    const reversed = storyWith((copy) => copy.events.reverse());
    const el = await timelineWith(reversed);
    const sameDay = reversed.events.filter((e) => e.date === '2020-11-19').map((e) => e.title.en);
    expect(sameDay.length).to.be.greaterThan(1);
    const shown = items(el)
      .filter((item) => item.querySelector('time')!.getAttribute('datetime') === '2020-11-19')
      .map(titleOf);
    expect(shown).to.deep.equal(sameDay);
    expect(datesOf(el)).to.deep.equal([...datesOf(el)].sort(byDay));
  });

  it('shows a date at its true precision: a month is never given a day', async () => {
    const data = storyWith((copy) => {
      const event = copy.events.find((e) => e.id === 'canola-richardson-blocked')!;
      event.date = '2019-03';
    });
    const el = await timelineWith(data);
    const time = itemFor(el, 'canola-richardson-blocked').querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2019-03');
    expect(time.textContent!.trim()).to.equal('March 2019');
    expect(time.textContent).not.to.match(/\b\d{1,2}\b/);
    // "March 2019" starts on the 1st, so it sorts before 26 March and after February.
    const dates = datesOf(el);
    expect(dates.indexOf('2019-03')).to.be.lessThan(dates.indexOf('2019-03-26'));
    expect(dates.indexOf('2019-03')).to.be.greaterThan(dates.indexOf('2019-01-28'));
  });

  it('shows day-precision dates with their day', async () => {
    const el = await fullTimeline(html`<case-timeline></case-timeline>`);
    const time = itemFor(el, 'meng-dpa-and-release').querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2021-09-24');
    expect(time.textContent).to.contain('September').and.to.contain('24').and.to.contain('2021');
  });

  it('has the November 2020 visits the right way round: Spavor on the 10th, Kovrig on the 19th', async () => {
    const el = await fullTimeline(html`<case-timeline></case-timeline>`);
    const visits = items(el).filter((item) => /virtual consular access to Michael/.test(titleOf(item)));
    expect(visits).to.have.length(2);
    const [first, second] = visits as [HTMLLIElement, HTMLLIElement];
    expect(first.querySelector('time')!.getAttribute('datetime')).to.equal('2020-11-10');
    expect(titleOf(first)).to.contain('Spavor').and.not.to.contain('Kovrig');
    expect(second.querySelector('time')!.getAttribute('datetime')).to.equal('2020-11-19');
    expect(titleOf(second)).to.contain('Kovrig').and.not.to.contain('Spavor');
  });

  it('tells the reviewed report’s events apart from the others in words, naming the report', async () => {
    const el = await fullTimeline(html`<case-timeline corrections></case-timeline>`);
    // The report's publisher is not known: it is named by its date, never as "the article".
    expect(labelOf(itemFor(el, 'meng-arrested'))).to.equal('In the reviewed report of November 2020');
    expect(labelOf(itemFor(el, 'formal-arrests'))).to.equal('Not in the reviewed report of November 2020');
    expect(labelOf(itemFor(el, 'meng-dpa-and-release'))).to.equal('After the reviewed report of November 2020');
    expect(labelOf(itemFor(el, 'huawei-indictment-unsealed'))).to.equal(
      'Mentioned loosely in the reviewed report of November 2020',
    );
    // The report is dated to the month: only what began after November 2020 is "after" it.
    const afterReport = (date: string) => date > `${story.report!.date}-31`;
    // An event the report touched on only in general terms has a correction or clarification of what it said.
    const corrected = new Set(
      story.corrections.flatMap((correction) => [
        correction.subject as string,
        ...(('alsoOn' in correction ? correction.alsoOn : undefined) ?? []),
      ]),
    );
    for (const event of story.events) {
      const expected = event.inArticle
        ? 'In'
        : corrected.has(event.id)
          ? 'Mentioned loosely in'
          : afterReport(event.date)
            ? 'After'
            : 'Not in';
      expect(labelOf(itemFor(el, event.id)), event.id).to.equal(`${expected} the reviewed report of November 2020`);
      expect(labelOf(itemFor(el, event.id))).not.to.match(/article/);
    }
  });

  it('names the report in French and Chinese too', async () => {
    const labels = async (lang: string) => {
      const el = await fullTimeline(html`<case-timeline corrections lang=${lang}></case-timeline>`);
      return new Set(items(el).map((item) => labelOf(item)));
    };
    expect([...(await labels('fr'))]).to.include.members([
      'Dans le reportage examiné de novembre 2020',
      'Absent du reportage examiné de novembre 2020',
      'Postérieur au reportage examiné de novembre 2020',
    ]);
    expect([...(await labels('zh-Hans'))]).to.include.members([
      '见于2020年11月原报道',
      '2020年11月原报道未提及',
      '2020年11月原报道发布后的进展',
    ]);
  });

  it('marks the article’s events with a filled marker and the others with a hollow one', async () => {
    const el = await fullTimeline(html`<case-timeline corrections theme="light"></case-timeline>`);
    const fill = (item: Element) => getComputedStyle(item, '::before').backgroundColor;
    const transparent = 'rgba(0, 0, 0, 0)';
    expect(fill(itemFor(el, 'meng-arrested'))).not.to.equal(transparent);
    expect(fill(itemFor(el, 'formal-arrests'))).to.equal(transparent);
    expect(fill(itemFor(el, 'meng-dpa-and-release'))).to.equal(transparent);
  });

  it('with person (an alias too), keeps only that person’s events and names them in the heading', async () => {
    const el = await fixture<CaseTimeline>(html`<case-timeline person="kang-mingkai"></case-timeline>`);
    const expected = story.events.filter((e) => e.people.includes('michael-kovrig'));
    expect(expected.length).to.be.greaterThan(0);
    expect(items(el)).to.have.length(expected.length);
    expect(items(el).map(titleOf).sort()).to.deep.equal(expected.map((e) => e.title.en).sort());
    expect(part(el, 'heading')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Timeline: Michael Kovrig');
    expect(items(el).map(titleOf)).not.to.include(itemTitle('virtual-visit-spavor'));
  });

  it('with as-of, shows nothing after that day', async () => {
    const el = await fullTimeline(html`<case-timeline as-of="2020-11-20"></case-timeline>`);
    const dates = datesOf(el);
    const expected = story.events.filter((e) => byDay(e.date, '2020-11-20') <= 0);
    expect(dates).to.have.length(expected.length);
    for (const date of dates) expect(byDay(date, '2020-11-20'), date).to.be.at.most(0);
    expect(dates).to.include('2020-11-20');
    expect(el.shadowRoot!.textContent).not.to.contain('Later development');
  });

  it('with from and to, keeps the window, both ends included', async () => {
    const el = await fixture<CaseTimeline>(html`<case-timeline from="2020-11-10" to="2020-11-19"></case-timeline>`);
    const dates = datesOf(el);
    const expected = story.events.filter((e) => byDay(e.date, '2020-11-10') >= 0 && byDay(e.date, '2020-11-19') <= 0);
    expect(dates).to.have.length(expected.length);
    expect(dates[0]).to.equal('2020-11-10');
    expect(dates.at(-1)).to.equal('2020-11-19');
  });

  it('with only from, or only to, keeps an open-ended window', async () => {
    const from = await fixture<CaseTimeline>(html`<case-timeline from="2021-09-24"></case-timeline>`);
    expect(datesOf(from)[0]).to.equal('2021-09-24');
    expect(datesOf(from)).to.have.length(story.events.filter((e) => byDay(e.date, '2021-09-24') >= 0).length);
    const to = await fixture<CaseTimeline>(html`<case-timeline to="2018-12-10"></case-timeline>`);
    expect(datesOf(to)).to.deep.equal(['2018-12-01', '2018-12-10']);
  });

  it('says so, without a notice, when no event is left', async () => {
    const warnings = watchWarnings();
    try {
      const el = await fixture<CaseTimeline>(html`<case-timeline from="2030-01-01"></case-timeline>`);
      expect(part(el, 'empty')!.localName).to.equal('p');
      expect(part(el, 'empty')!.textContent!.trim()).to.equal('No events in this period.');
      expect(part(el, 'events')).to.equal(null);
      expect(notice(el)).to.equal(null);
      expect(warnings.messages).to.have.length(0);
    } finally {
      warnings.restore();
    }
  });

  it('puts the correction of the swapped visit dates under the Kovrig visit', async () => {
    const el = await fullTimeline(html`<case-timeline corrections></case-timeline>`);
    const correction = itemFor(el, 'virtual-visit-kovrig').querySelector<HTMLDetailsElement>('[part~="correction"]')!;
    expect(correction.localName).to.equal('details');
    expect(correction.querySelector('summary')!.textContent).to.match(
      /^\s*Correction to the reviewed report of November 2020: it said/,
    );
    expect(correction.textContent).to.contain('Nov. 10 and Nov. 19');
    // The same correction, once, under the Spavor visit: one sentence of the report named both.
    const spavor = itemFor(el, 'virtual-visit-spavor').querySelectorAll('[part~="correction"]');
    expect(spavor).to.have.length(1);
    expect(spavor[0]!.textContent).to.contain('Nov. 10 and Nov. 19');
    expect(correction.textContent).to.contain('19 November 2020');
    expect(itemFor(el, 'meng-arrested').querySelector('[part~="correction"]')).to.equal(null);
  });

  it('cites every event’s sources with the story’s numbers, each a link to the page', async () => {
    const el = await fullTimeline(html`<case-timeline></case-timeline>`);
    const index = indexStory(story);
    for (const event of story.events) {
      // The event's own citations, not those of a correction under it.
      const links = [...itemFor(el, event.id).querySelectorAll<HTMLAnchorElement>('[part~="sources"] a')].filter(
        (link) => link.closest('[part~="correction"]') === null,
      );
      expect(links.length, event.id).to.be.greaterThan(0);
      for (const link of links) expect(link.href).to.match(/^https?:\/\//);
      const numbers = [...new Set(event.sources)].map((id) => index.sourceNumbers.get(id)!).sort((a, b) => a - b);
      expect(
        links.map((link) => Number(link.textContent)),
        event.id,
      ).to.deep.equal(numbers);
      const first = numberedSource(numbers[0]!);
      expect(links[0]!.href).to.equal(new URL(first.url).href);
      expect(links[0]!.title).to.contain(first.publisher);
    }
  });

  it('never links a source whose address is not http(s)', async () => {
    const data = storyWith((copy) => {
      for (const source of copy.sources) source.url = 'javascript:alert(1)';
    });
    const el = await timelineWith(data);
    expect(el.shadowRoot!.querySelectorAll('a[href^="javascript"]')).to.have.length(0);
    expect(itemFor(el, 'meng-arrested').querySelector('[part~="sources"]')!.textContent).to.match(/\d/);
  });

  it('puts its heading at the level the page asks for', async () => {
    const el = await fixture<CaseTimeline>(html`<case-timeline heading-level="2"></case-timeline>`);
    expect(part(el, 'heading')!.localName).to.equal('h2');
  });

  it('re-renders when its attributes change', async () => {
    const el = await fullTimeline(html`<case-timeline></case-timeline>`);
    el.person = 'zhao-lijian';
    await el.updateComplete;
    expect(items(el).map(titleOf)).to.deep.equal(
      story.events.filter((e) => e.people.includes('zhao-lijian')).map((e) => e.title.en),
    );
  });

  it('puts the date beside the text in a wide column and above it in a narrow one', async () => {
    const wide = await fixture<HTMLDivElement>(
      html`<div style="width: 720px"><case-timeline corrections></case-timeline></div>`,
    );
    const narrow = await fixture<HTMLDivElement>(
      html`<div style="width: 280px"><case-timeline corrections></case-timeline></div>`,
    );
    const layout = (container: HTMLElement) => {
      const item = items(container.querySelector('case-timeline')!)[0]!;
      const date = item.querySelector('[part~="date"]')!.getBoundingClientRect();
      const label = item.querySelector('[part~="label"]')!.getBoundingClientRect();
      return { date, label };
    };
    const w = layout(wide);
    expect(Math.abs(w.date.top - w.label.top)).to.be.lessThan(2);
    expect(w.label.left).to.be.greaterThan(w.date.right);
    const n = layout(narrow);
    expect(n.label.top).to.be.at.least(n.date.bottom - 1);
    expect(Math.abs(n.label.left - n.date.left)).to.be.lessThan(2);
  });

  describe('bad input', () => {
    const cases: [string, Template, RegExp, string][] = [
      ['an unknown person', html`<case-timeline person="kovrig"></case-timeline>`, /person="kovrig"/, 'michael-kovrig'],
      ['a malformed from', html`<case-timeline from="2020-13-01"></case-timeline>`, /from="2020-13-01"/, 'YYYY-MM-DD'],
      ['a month as to', html`<case-timeline to="2020-11"></case-timeline>`, /to="2020-11"/, 'YYYY-MM-DD'],
      [
        'to before from',
        html`<case-timeline from="2020-11-19" to="2020-11-10"></case-timeline>`,
        /to="2020-11-10"/,
        'from="2020-11-19"',
      ],
      ['a bad as-of date', html`<case-timeline as-of="soon"></case-timeline>`, /as-of="soon"/, 'YYYY-MM-DD'],
    ];
    for (const [what, template, attribute, hint] of cases) {
      it(`shows a notice and warns once for ${what}`, async () => {
        const el = await expectBadInputNotice(template, attribute, hint);
        expect(part(el, 'events')).to.equal(null);
      });
    }

    it('recovers when the attribute is corrected', async () => {
      const warnings = watchWarnings();
      try {
        const el = await fixture<CaseTimeline>(html`<case-timeline person="nobody"></case-timeline>`);
        el.person = 'michael-spavor';
        await el.updateComplete;
        expect(notice(el)).to.equal(null);
        expect(items(el)).to.have.length(story.events.filter((e) => e.people.includes('michael-spavor')).length);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('accessibility', () => {
    for (const theme of ['auto', 'light', 'dark']) {
      it(`is accessible: ${theme} theme`, async () => {
        const el = await fixture<CaseTimeline>(html`<case-timeline theme=${theme}></case-timeline>`);
        await expect(el).to.be.accessible();
      });
    }
    it('is accessible with a person filter, and with a correction open', async () => {
      const el = await fixture<CaseTimeline>(html`<case-timeline corrections person="michael-kovrig"></case-timeline>`);
      (itemFor(el, 'virtual-visit-kovrig').querySelector('[part~="correction"]') as HTMLDetailsElement).open = true;
      await expect(el).to.be.accessible();
    });
    it('is accessible as of the day of the article, in a narrow column', async () => {
      const container = await fixture<HTMLDivElement>(
        html`<div style="width: 280px"><case-timeline as-of="2020-11-20" theme="dark"></case-timeline></div>`,
      );
      await expect(container.querySelector('case-timeline')!).to.be.accessible();
    });
    it('is accessible when no event is left', async () => {
      const el = await fixture<CaseTimeline>(html`<case-timeline from="2030-01-01"></case-timeline>`);
      await expect(el).to.be.accessible();
    });
  });
});

function itemTitle(eventId: string): string {
  return story.events.find((e) => e.id === eventId)!.title.en;
}
