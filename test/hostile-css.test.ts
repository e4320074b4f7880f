import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { openSources, part } from './helpers.js';

// What a real article page's stylesheet does to everything it reaches.
const HOSTILE = `
  * { box-sizing: content-box !important; margin: 3em !important; }
  * { text-transform: uppercase; letter-spacing: 2px; }
  body, article { text-transform: uppercase; letter-spacing: 0.3em; word-spacing: 1em; text-align: justify;
    line-height: 0.9; white-space: pre; font-style: italic; text-indent: 4em; }
  h2, h3, h4 { display: none !important; }
  a { color: rgb(255, 0, 0) !important; text-decoration: none !important; }
  p, li, dd { font-size: 40px !important; }
  blockquote { font-size: 3em; border: 10px solid red; }
  ol, ul { list-style: none !important; }
  time { display: none; }
`;

describe('inside an article with hostile CSS', () => {
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE;
    document.head.append(style);
  });
  after(() => style.remove());

  it('keeps its headings, links, dates and type as designed', async () => {
    const article = await fixture<HTMLElement>(
      html`<article><person-card person="michael-kovrig" as-of="2020-11-20"></person-card></article>`,
    );
    const card = article.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('person-card')!;
    // The fixture waits for the article only; the card's first render waits for its language.
    await card.updateComplete;
    const name = part(card, 'name')!;
    expect(getComputedStyle(name).display).to.equal('block');
    const status = part(card, 'status')!;
    const css = getComputedStyle(status);
    expect(css.textTransform).to.equal('none');
    expect(css.letterSpacing).to.equal('normal');
    expect(css.whiteSpace).to.equal('normal');
    expect(getComputedStyle(status.querySelector('time')!).display).to.equal('inline');
    const link = (await openSources(card)).querySelector('a')!;
    expect(getComputedStyle(link).color).not.to.equal('rgb(255, 0, 0)');
    expect(getComputedStyle(part(card, 'bio')!).fontSize).not.to.equal('40px');
    expect(
      parseFloat(getComputedStyle(part(card, 'base')!).lineHeight) /
        parseFloat(getComputedStyle(part(card, 'base')!).fontSize),
    ).to.be.closeTo(1.5, 0.01);
    await expect(card).to.be.accessible();
  });

  it("keeps the quotation's figure intact", async () => {
    const el = await fixture<HTMLElement>(html`<quote-block quote="zhao-lijian-2020-11-20"></quote-block>`);
    const quote = part(el, 'quote')!;
    expect(getComputedStyle(quote).borderTopWidth).to.equal('0px');
    expect(getComputedStyle(part(el, 'caption')!.querySelector('time')!).display).to.equal('inline');
  });

  it('keeps a page rule on every element from reaching inside (it matches the host itself)', async () => {
    const card = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<person-card person="michael-kovrig" as-of="2020-11-20"></person-card>`,
    );
    expect(getComputedStyle(card).textTransform).to.equal('uppercase');
    for (const name of ['name', 'role', 'status']) {
      const style = getComputedStyle(part(card, name)!);
      expect(style.textTransform, name).to.equal('none');
      expect(style.letterSpacing, name).to.equal('normal');
    }
  });
});
