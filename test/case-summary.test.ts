import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/case-summary/define.js';
import type { CaseSummary } from '../src/elements/case-summary/case-summary.js';
import { story } from '../src/data/story.js';
import type { Story } from '../src/data/types.js';
import { notice, openSources, part, provideStory, watchWarnings } from './helpers.js';

describe('<case-summary>', () => {
  it('shows headline, summary, key people with status, key dates and sources, and leaves the sides to <case-sides>', async () => {
    const el = await fixture<CaseSummary>(html`<case-summary as-of="2020-11-20"></case-summary>`);
    expect(part(el, 'headline')!.localName).to.equal('h3');
    expect(part(el, 'summary')!.textContent).to.contain('Meng Wanzhou');
    // The summary gives context: it does not restate the headline.
    expect(part(el, 'summary')!.textContent).not.to.contain(part(el, 'headline')!.textContent!.trim());
    const people = part(el, 'people')!;
    expect(people.textContent).to.contain('Michael Kovrig').and.contain('Meng Wanzhou');
    expect(people.textContent).to.contain('711 days');
    expect(part(el, 'sides')).to.equal(null);
    const dates = part(el, 'dates')!;
    const days = [...dates.querySelectorAll('time')].map((time) => time.getAttribute('datetime'));
    expect(days).to.include('2020-11-10').and.include('2020-11-19');
    expect((await openSources(el)).querySelectorAll('a').length).to.be.greaterThan(0);
  });

  it('lists the visits the right way round: Spavor on 10 November, Kovrig on 19 November', async () => {
    const el = await fixture<CaseSummary>(html`<case-summary></case-summary>`);
    const items = [...part(el, 'dates')!.querySelectorAll('li')];
    const on = (day: string) =>
      items.find((li) => li.querySelector('time')!.getAttribute('datetime') === day)!.textContent!;
    expect(on('2020-11-10')).to.contain('Spavor').and.not.contain('Kovrig');
    expect(on('2020-11-19')).to.contain('Kovrig').and.not.contain('Spavor');
  });

  it('leaves out key dates after as-of, and says which day it describes', async () => {
    const later = structuredClone(story) as unknown as { cases: { keyDates: string[] }[] };
    later.cases[0]!.keyDates.push('kovrig-spavor-land-in-calgary');
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    provideStory(host, later as unknown as Story);
    host.innerHTML = '<case-summary as-of="2020-11-20"></case-summary>';
    const el = host.firstElementChild as CaseSummary;
    await el.updateComplete;
    const days = [...part(el, 'dates')!.querySelectorAll('time')].map((time) => time.getAttribute('datetime'));
    expect(days).to.include('2020-11-19');
    expect(days).not.to.include('2021-09-25');
    expect(part(el, 'as-of')!.querySelector('time')!.getAttribute('datetime')).to.equal('2020-11-20');
  });

  it('has nothing to summarize before the story was published, and says so', async () => {
    const warnings = watchWarnings();
    try {
      const el = await fixture<CaseSummary>(html`<case-summary as-of="2020-11-15"></case-summary>`);
      expect(notice(el)!.textContent).to.contain('2020-11-15');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('as-of="2020-11-15"');
    } finally {
      warnings.restore();
    }
  });

  it('brief variant keeps headline and summary only', async () => {
    const el = await fixture<CaseSummary>(html`<case-summary variant="brief"></case-summary>`);
    expect(part(el, 'headline')).to.exist;
    expect(part(el, 'people')).to.equal(null);
    expect(part(el, 'sides')).to.equal(null);
  });

  it('accepts the case id, and headings follow heading-level', async () => {
    const el = await fixture<CaseSummary>(
      html`<case-summary case="meng-wanzhou-two-michaels" heading-level="2"></case-summary>`,
    );
    expect(part(el, 'headline')!.localName).to.equal('h2');
    expect(part(el, 'people-heading')!.localName).to.equal('h3');
  });

  it('shows a notice for an unknown case and a bad variant', async () => {
    const warnings = watchWarnings();
    try {
      const el = await fixture<CaseSummary>(html`<case-summary case="two-michaels"></case-summary>`);
      expect(notice(el)!.textContent).to.contain('meng-wanzhou-two-michaels');
      const bad = await fixture<CaseSummary>(html`<case-summary variant="long"></case-summary>`);
      expect(notice(bad)).to.exist;
      expect(warnings.messages).to.have.length(2);
      expect(warnings.messages[1]).to.contain('variant="long"').and.contain('"brief"');
    } finally {
      warnings.restore();
    }
  });

  describe('accessibility', () => {
    for (const variant of ['full', 'brief']) {
      for (const theme of ['auto', 'light', 'dark']) {
        it(`is accessible: ${variant}, ${theme} theme`, async () => {
          const el = await fixture<CaseSummary>(
            html`<case-summary variant=${variant} theme=${theme} as-of="2020-11-20"></case-summary>`,
          );
          await expect(el).to.be.accessible();
        });
      }
    }
  });
});
