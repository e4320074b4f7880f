import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { CaseData } from '../src/elements/case-data/case-data.js';
import { expectNoticeShape, notice, watchWarnings } from './helpers.js';

// What a widget that cannot render shows: a plain line for readers, the
// precise reason for editors behind a "Details" disclosure.

describe('the notice of a widget that cannot render', () => {
  let warnings: ReturnType<typeof watchWarnings>;
  beforeEach(() => (warnings = watchWarnings()));
  afterEach(() => warnings.restore());

  it('tells readers one plain sentence, and keeps the attribute, value and nearest ids in closed details', async () => {
    const el = await fixture<HTMLElement>(html`<person-card person="michael-kovrik"></person-card>`);
    const note = notice(el)!;
    expect(note.getAttribute('part')).to.equal('notice');
    const { line, details } = expectNoticeShape(note);
    expect(line).to.equal('This part of the story could not be shown.');
    expect(line).not.to.contain('michael-kovrik');
    expect(details).to.contain('person="michael-kovrik"').and.contain('“michael-kovrig”');
    expect(note.querySelector('summary')!.textContent!.trim()).to.equal('Details');
    // The reader sees the line and the summary; the details are not rendered until opened.
    expect(note.querySelector('details > p')!.checkVisibility()).to.equal(false);
    expect(warnings.messages).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('has a Details summary of at least 24 by 24 px, that a keyboard opens, with a visible focus', async () => {
    const el = await fixture<HTMLElement>(html`<quote-block quote="nobody"></quote-block>`);
    const summary = notice(el)!.querySelector('summary')!;
    const box = summary.getBoundingClientRect();
    expect(box.height, 'height').to.be.at.least(24);
    expect(box.width, 'width').to.be.at.least(24);
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(summary.parentElement as HTMLDetailsElement).to.have.property('open', true);
    expect(getComputedStyle(summary).outlineStyle).to.equal('solid');
    expect(parseFloat(getComputedStyle(summary).outlineWidth)).to.be.at.least(2);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Space' });
    expect(summary.parentElement as HTMLDetailsElement).to.have.property('open', false);
  });

  it('keeps its styles to the widget that shows it, once however often it renders', async () => {
    const el = await fixture<HTMLElement & { person: string; updateComplete: Promise<unknown> }>(
      html`<person-card person="nobody"></person-card>`,
    );
    el.person = 'nobody-else';
    await el.updateComplete;
    const sheets = el.shadowRoot!.adoptedStyleSheets.length;
    el.person = 'still-nobody';
    await el.updateComplete;
    expect(el.shadowRoot!.adoptedStyleSheets.length).to.equal(sheets);
    expect(document.adoptedStyleSheets).to.have.length(0);
    expect(warnings.messages).to.have.length(3);
  });

  it("<case-data>'s dataset notice has the same shape, its errors in the details, and one warning", async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
    wrapper.innerHTML = `<case-data><script type="application/json">{"people": [</script></case-data>`;
    const provider = wrapper.querySelector('case-data') as CaseData;
    for (let i = 0; i < 100 && !provider.shadowRoot?.querySelector('[role="note"]'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const note = provider.shadowRoot!.querySelector<HTMLElement>('[role="note"]')!;
    const { line, details } = expectNoticeShape(note);
    expect(line).to.equal('Cette partie de l’article n’a pas pu être affichée.');
    expect(details).to.contain('inutilisables');
    const summary = note.querySelector('summary')!;
    expect(summary.textContent!.trim()).to.equal('Détails');
    expect(summary.getBoundingClientRect().height).to.be.at.least(24);
    await expect(provider).to.be.accessible();
    expect(warnings.messages.filter((m) => m.includes('<case-data>'))).to.have.length(1);
  });
});
