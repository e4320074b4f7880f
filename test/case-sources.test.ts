import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/case-sources/define.js';
import '../src/elements/person-card/define.js';
import type { CaseSources } from '../src/elements/case-sources/case-sources.js';
import { story } from '../src/data/story.js';
import { notice, numberedSource, part, watchWarnings } from './helpers.js';

const items = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('[part~="source"]')];

describe('<case-sources>', () => {
  it('lists every source of the story, numbered 1 to n, with publisher, title and an http(s) link', async () => {
    const el = await fixture<CaseSources>(html`<case-sources></case-sources>`);
    const list = items(el);
    expect(list).to.have.length(story.sources.length);
    expect(list.map((li) => li.value)).to.deep.equal(story.sources.map((_, i) => i + 1));
    const first = story.sources[0];
    expect(list[0]!.textContent).to.contain(first.publisher);
    expect(list[0]!.querySelector('a')!.href).to.equal(new URL(first.url).href);
    for (const link of el.shadowRoot!.querySelectorAll('a')) expect(link.protocol).to.match(/^https?:$/);
  });

  it("labels state media after the publisher, in the widget's language", async () => {
    const stateMedia = story.sources.filter((source) => source.kind === 'state-media');
    expect(stateMedia.length, 'the story cites some state media').to.be.greaterThan(0);
    for (const [lang, label] of [
      ['en', 'state media'],
      ['fr', 'média d’État'],
      ['zh-Hans', '官方媒体'],
    ] as const) {
      const el = await fixture<CaseSources>(html`<case-sources lang=${lang}></case-sources>`);
      for (const li of items(el)) {
        const source = numberedSource(li.value);
        expect(li.querySelector('.publisher')!.textContent!.includes(label), `${lang} ${source.id}`).to.equal(
          source.kind === 'state-media',
        );
      }
    }
  });

  it("marks a title that describes the page, and never a publisher's headline", async () => {
    const el = await fixture<CaseSources>(html`<case-sources></case-sources>`);
    const described = story.sources.filter((source) => 'titleIsDescription' in source && source.titleIsDescription);
    expect(described.length).to.be.greaterThan(0);
    expect(described.length).to.be.lessThan(story.sources.length);
    for (const li of items(el)) {
      const source = numberedSource(li.value);
      const isDescribed = 'titleIsDescription' in source && source.titleIsDescription === true;
      // A headline is quoted as published, in the page's language; a description is not quoted.
      const headline = li.querySelector('q');
      expect(headline === null, source.id).to.equal(isDescribed);
      if (headline) {
        expect(headline.getAttribute('lang')).to.equal(source.lang);
        expect(headline.textContent).to.equal(source.title.en.replace(/\{\{[^|]+\|([^}]*)\}\}/g, '$1'));
      } else {
        expect(li.querySelector('.described'), source.id).to.exist;
      }
    }
  });

  it('shows publication dates only where known, at their precision', async () => {
    const el = await fixture<CaseSources>(html`<case-sources></case-sources>`);
    const dated = story.sources.filter((source) => 'published' in source && source.published);
    expect(el.shadowRoot!.querySelectorAll('time')).to.have.length(dated.length);
  });

  it("with for, lists only that entity's sources, with the same numbers the widgets cite", async () => {
    const el = await fixture<CaseSources>(html`<case-sources for="kang-mingkai"></case-sources>`);
    const card = await fixture(html`<person-card person="michael-kovrig"></person-card>`);
    const cardNumbers = [...part(card, 'sources')!.querySelectorAll('li')].map((li) => (li as HTMLLIElement).value);
    const listNumbers = items(el).map((li) => li.value);
    expect(listNumbers).to.include.members(cardNumbers);
    expect(listNumbers.length).to.be.lessThan(story.sources.length);
    expect(part(el, 'heading')!.textContent).to.contain('Michael Kovrig');
  });

  it('accepts a quote or an event id', async () => {
    const quote = await fixture<CaseSources>(html`<case-sources for="zhao-lijian-2020-11-20"></case-sources>`);
    const expected = story.quotes.find((q) => q.id === 'zhao-lijian-2020-11-20')!.sources;
    expect(items(quote)).to.have.length(new Set(expected).size);
    const event = await fixture<CaseSources>(html`<case-sources for="virtual-visit-kovrig"></case-sources>`);
    expect(items(event).length).to.be.greaterThan(0);
  });

  it('shows a notice and warns once for an unknown entity', async () => {
    const warnings = watchWarnings();
    try {
      const el = await fixture<CaseSources>(html`<case-sources for="michael-kovrik"></case-sources>`);
      const short = await fixture<CaseSources>(html`<case-sources for="kovrik"></case-sources>`);
      expect(notice(short)!.textContent).to.contain('michael-kovrig');
      expect(notice(el)!.textContent).to.contain('michael-kovrig');
      expect(warnings.messages).to.have.length(2);
      expect(warnings.messages[0]).to.contain('for="michael-kovrik"');
    } finally {
      warnings.restore();
    }
  });

  describe('accessibility', () => {
    for (const theme of ['auto', 'light', 'dark']) {
      it(`is accessible: ${theme} theme`, async () => {
        const el = await fixture<CaseSources>(html`<case-sources theme=${theme} for="meng-wanzhou"></case-sources>`);
        await expect(el).to.be.accessible();
      });
    }
  });
});
