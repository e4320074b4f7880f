import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/case-sides/define.js';
import type { CaseSides } from '../src/elements/case-sides/case-sides.js';
import { story } from '../src/data/story.js';
import { openSources } from './helpers.js';

const sides = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="side"]')];
const partIn = (side: HTMLElement, name: string) => side.querySelector<HTMLElement>(`[part~="${name}"]`);

describe('<case-sides>', () => {
  it('shows both parties, ordered by name, each with a stance, quotes and sources', async () => {
    const el = await fixture<CaseSides>(html`<case-sides></case-sides>`);
    await openSources(el);
    const columns = sides(el);
    expect(columns).to.have.length(2);
    const parties = columns.map((side) => partIn(side, 'party')!.textContent!.trim());
    expect(parties).to.deep.equal([...parties].sort((a, b) => a.localeCompare(b, 'en')));
    expect(parties.join(' ')).to.contain('Canada').and.contain('China');
    for (const side of columns) {
      expect(partIn(side, 'stance')!.textContent!.trim().length).to.be.greaterThan(40);
      expect(side.querySelector('[part~="sources"] a')).to.exist;
    }
  });

  it('gives both sides equal weight: the same number of quotes, each attributed and dated', async () => {
    const el = await fixture<CaseSides>(html`<case-sides></case-sides>`);
    const counts = sides(el).map((side) => side.querySelectorAll('blockquote').length);
    expect(counts[0]).to.equal(counts[1]);
    expect(counts[0]).to.be.greaterThan(0);
    for (const figure of el.shadowRoot!.querySelectorAll('figure')) {
      expect(figure.querySelector('figcaption time')!.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(figure.querySelector('figcaption')!.textContent!.trim()).to.match(/^\S/);
    }
    const china = sides(el).find((side) => partIn(side, 'party')!.textContent!.includes('China'))!;
    expect(china.textContent).to.contain('Zhao Lijian');
    expect(china.querySelector('figcaption')!.textContent).to.contain('translated');
  });

  it('leaves out quotes said after as-of, on both sides alike', async () => {
    const el = await fixture<CaseSides>(html`<case-sides as-of="2020-11-19"></case-sides>`);
    const speakers = [...el.shadowRoot!.querySelectorAll('figcaption')].map((caption) => caption.textContent);
    expect(speakers.join(' ')).not.to.contain('Zhao Lijian');
    const counts = sides(el).map((side) => side.querySelectorAll('blockquote').length);
    expect(counts).to.deep.equal([0, 0]);
  });

  it('never quotes "hostage diplomacy" as Trudeau\'s words', async () => {
    const el = await fixture<CaseSides>(html`<case-sides></case-sides>`);
    for (const quote of el.shadowRoot!.querySelectorAll('blockquote'))
      expect(quote.textContent).not.to.match(/hostage/i);
  });

  it('lays the sides side by side in a wide container and in one column in a narrow one', async () => {
    const wide = await fixture<HTMLDivElement>(html`<div style="width: 900px"><case-sides></case-sides></div>`);
    const [a, b] = sides(wide.firstElementChild!);
    expect(a!.getBoundingClientRect().top).to.equal(b!.getBoundingClientRect().top);
    expect(a!.getBoundingClientRect().width).to.be.closeTo(b!.getBoundingClientRect().width, 1);
    const narrow = await fixture<HTMLDivElement>(html`<div style="width: 320px"><case-sides></case-sides></div>`);
    const [c, d] = sides(narrow.firstElementChild!);
    expect(d!.getBoundingClientRect().top).to.be.greaterThan(c!.getBoundingClientRect().bottom - 1);
  });

  it('matches the story: every position of the case is shown', async () => {
    const el = await fixture<CaseSides>(html`<case-sides></case-sides>`);
    const stances = sides(el).map((side) => partIn(side, 'stance')!.textContent!.trim());
    // Without as-of the widget describes today: each side's latest stance.
    const expected = story.cases[0].positions.map(
      (id) => story.positions.find((p) => p.id === id)!.stance.at(-1)!.text.en,
    );
    expect(stances.sort()).to.deep.equal([...expected].sort());
  });

  describe('accessibility', () => {
    for (const theme of ['auto', 'light', 'dark']) {
      it(`is accessible: ${theme} theme`, async () => {
        const el = await fixture<CaseSides>(html`<case-sides theme=${theme}></case-sides>`);
        await expect(el).to.be.accessible();
      });
    }
  });
});
