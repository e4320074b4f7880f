import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/case-corrections/define.js';
import type { CaseCorrections } from '../src/elements/case-corrections/case-corrections.js';
import { story } from '../src/data/story.js';
import type { Story } from '../src/data/types.js';
import { part, provideStory, visibleText } from './helpers.js';

const entries = (el: CaseCorrections) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="entry"]')];
const data: Story = story;

describe('<case-corrections>', () => {
  it('lists every correction and clarification, each with its kind, what the report said, what is verified and sources', async () => {
    const el = await fixture<CaseCorrections>(html`<case-corrections></case-corrections>`);
    const items = entries(el);
    expect(items).to.have.length(data.corrections.length);
    data.corrections.forEach((correction, i) => {
      const item = items[i]!;
      const kind = correction.kind ?? 'correction';
      expect(item.getAttribute('part')).to.equal(`entry ${kind}`);
      expect(item.querySelector('[part="kind"]')!.textContent!.trim()).to.equal(
        kind === 'clarification' ? 'Clarification' : 'Correction',
      );
      // The verified fact first, then what the report said, quoted (its own quotes nested), then sources.
      expect(item.firstElementChild!.getAttribute('part')).to.equal('verified');
      const said = item.querySelector('[part="said"] q')!.textContent!;
      const bare = (text: string) => text.replace(/[‘’“”"']/g, '');
      expect(bare(said)).to.equal(bare(correction.articleSaid));
      expect(said).not.to.match(/[“”"]/);
      expect(item.querySelectorAll('[part~="sources"] a').length).to.be.greaterThan(0);
    });
    expect(data.corrections.some((c) => c.kind === 'clarification')).to.equal(true);
    expect(data.corrections.some((c) => (c.kind ?? 'correction') === 'correction')).to.equal(true);
  });

  it('names the report it checks in its heading, never "the article"', async () => {
    const el = await fixture<CaseCorrections>(html`<case-corrections heading-level="2"></case-corrections>`);
    const heading = part(el, 'heading')!;
    expect(heading.localName).to.equal('h2');
    expect(heading.textContent!.trim()).to.equal('Fact-check of the reviewed report of November 2020');
    expect(visibleText(el)).not.to.match(/the article/i);
    const fr = await fixture<CaseCorrections>(html`<case-corrections lang="fr"></case-corrections>`);
    expect(part(fr, 'heading')!.textContent!.trim()).to.equal('Vérification du reportage examiné de novembre 2020');
  });

  it('keeps the Barton correction: the report wrote “Mr. Baldwin”', async () => {
    const el = await fixture<CaseCorrections>(html`<case-corrections></case-corrections>`);
    const baldwin = entries(el).find((item) => item.textContent!.includes('Baldwin'))!;
    expect(baldwin.getAttribute('part')).to.equal('entry correction');
    expect(baldwin.querySelector('[part="verified"]')!.textContent).to.contain('Dominic Barton');
  });

  it('as of a day before the report, says it had not been published and lists nothing', async () => {
    const el = await fixture<CaseCorrections>(
      html`<case-corrections as-of="2018-01-01" structured-data></case-corrections>`,
    );
    expect(entries(el)).to.have.length(0);
    expect(part(el, 'empty')!.textContent).to.match(/dates from November 2020, after the day/);
    expect(el.querySelector('script[type="application/ld+json"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says so when a story corrects nothing', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    provideStory(host, { ...data, corrections: [] });
    const el = document.createElement('case-corrections');
    host.append(el);
    await el.updateComplete;
    expect(part(el, 'empty')!.textContent).to.contain('corrects nothing');
    expect(part(el, 'list')).to.equal(null);
  });

  it('describes the report it checks under its heading: headline, date, machine translation', async () => {
    const el = await fixture<CaseCorrections>(html`<case-corrections></case-corrections>`);
    const report = part(el, 'report')!;
    expect(report.querySelector('cite')!.textContent).to.equal(data.report!.title);
    expect(report.textContent).to.match(/machine translation/);
  });

  for (const theme of ['auto', 'light', 'dark']) {
    it(`is accessible: ${theme} theme`, async () => {
      const el = await fixture<CaseCorrections>(html`<case-corrections theme=${theme}></case-corrections>`);
      await expect(el).to.be.accessible();
    });
  }
});
