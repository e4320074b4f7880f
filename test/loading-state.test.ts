/**
 * Between its upgrade and its first render a widget loads its language and
 * its parts of the story, and shows the page's own HTML meanwhile. It says
 * so with the custom state `loading`, and dist/fallback.css keeps laying that
 * HTML out as the widget: otherwise the article would move twice, once as
 * the element is defined and once as it renders.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { linkStylesheet } from './helpers.js';

describe('a widget loading what it shows', () => {
  it('keeps the page’s HTML laid out by dist/fallback.css until it renders', async () => {
    const link = await linkStylesheet('/dist/fallback.css');
    const host = await fixture<HTMLElement>(html`<div lang="zh-Hans"></div>`);
    // Chinese is not loaded on this page yet: the widget waits for its strings and parts.
    host.innerHTML = `<quote-block quote="zhao-lijian-2020-11-20"
      ><figure><blockquote data-length="long"><p>……无论加政府如何掩盖真相</p></blockquote></figure></quote-block
    >`;
    const quote = host.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    const blockquote = quote.querySelector('blockquote')!;
    expect(quote.matches(':defined')).to.equal(true);
    expect(quote.matches(':state(loading)')).to.equal(true);
    const whileLoading = getComputedStyle(blockquote).paddingInlineStart;
    expect(whileLoading).to.match(/^[1-9][\d.]*px$/);
    await quote.updateComplete;
    expect(quote.matches(':state(loading)')).to.equal(false);
    expect(quote.shadowRoot!.querySelector('.widget')).to.exist;
    // Rendered, the widget's own shadow root sets the quotation; the page's HTML is out of view.
    expect(getComputedStyle(blockquote).paddingInlineStart).not.to.equal(whileLoading);
    link.remove();
  });
});
