import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/quote-block/define.js';
import type { QuoteBlock } from '../src/elements/quote-block/quote-block.js';
import { notice, openSources, part, watchWarnings } from './helpers.js';

describe('<quote-block>', () => {
  it('renders figure > blockquote + figcaption with speaker, dated <time>, setting and sources', async () => {
    const el = await fixture<QuoteBlock>(html`<quote-block quote="zhao-lijian-2020-11-20"></quote-block>`);
    const figure = part(el, 'figure')!;
    expect(figure.localName).to.equal('figure');
    const quote = figure.querySelector(':scope > blockquote')!;
    expect(quote.textContent).to.contain('accomplice and pawn');
    const caption = figure.querySelector(':scope > figcaption')!;
    expect(part(el, 'speaker')!.textContent!.trim()).to.equal('Zhao Lijian');
    expect(caption.textContent).to.match(/spokesperson/i);
    const time = caption.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2020-11-20');
    expect(time.textContent).to.contain('20').and.contain('November').and.contain('2020');
    expect(caption.textContent).to.match(/press conference/i);
    expect((await openSources(el)).querySelectorAll('a').length).to.be.greaterThan(0);
    // Once the sources are here, the quotation names its first one as its `cite`.
    expect(el.shadowRoot!.querySelector('blockquote')!.getAttribute('cite')).to.match(/^https?:\/\//);
  });

  it('says a translated quote is a translation, and shows the original wording with its lang on request', async () => {
    const el = await fixture<QuoteBlock>(html`<quote-block quote="zhao-lijian-2020-11-20"></quote-block>`);
    expect(part(el, 'translation-note')!.textContent).to.match(/Chinese/);
    expect(part(el, 'original')).to.equal(null);
    el.showOriginal = true;
    await el.updateComplete;
    const original = part(el, 'original')!.querySelector('blockquote')!;
    expect(original.getAttribute('lang')).to.equal('zh-Hans');
    expect(original.textContent).to.contain('马前卒');
  });

  it('has no translation note for words said in English', async () => {
    const el = await fixture<QuoteBlock>(html`<quote-block quote="global-affairs-canada-2020-11-19"></quote-block>`);
    expect(part(el, 'translation-note')).to.equal(null);
    expect(part(el, 'speaker')!.textContent).to.contain('Global Affairs Canada');
    expect(part(el, 'quote')!.textContent).to.contain('immediate release');
  });

  it('shows the article error about this quote as a correction', async () => {
    const el = await fixture<QuoteBlock>(
      html`<quote-block corrections quote="global-affairs-canada-2020-11-19"></quote-block>`,
    );
    expect(part(el, 'correction')!.textContent).to.contain('release them immediately');
  });

  it("shows a person's lead quote from the person attribute, alias included", async () => {
    const el = await fixture<QuoteBlock>(html`<quote-block person="zhao-lijian"></quote-block>`);
    expect(part(el, 'speaker')!.textContent!.trim()).to.equal('Zhao Lijian');
    const trudeau = await fixture<QuoteBlock>(html`<quote-block person="justin-trudeau"></quote-block>`);
    expect(part(trudeau, 'quote')!.textContent).to.contain('rule of law');
    expect(part(trudeau, 'quote')!.textContent).not.to.match(/hostage/i);
  });

  describe('bad input', () => {
    const cases: [string, ReturnType<typeof html>, RegExp, string][] = [
      [
        'an unknown quote',
        html`<quote-block quote="zhao-2020"></quote-block>`,
        /quote="zhao-2020"/,
        'zhao-lijian-2020-11-20',
      ],
      ['no quote and no person', html`<quote-block></quote-block>`, /"quote" attribute/, 'zhao-lijian-2020-11-20'],
      [
        'a person with no quote',
        html`<quote-block person="michael-kovrig"></quote-block>`,
        /person="michael-kovrig"/,
        'zhao-lijian',
      ],
      [
        'a quote after as-of',
        html`<quote-block quote="zhao-lijian-2020-11-20" as-of="2020-11-01"></quote-block>`,
        /as-of="2020-11-01"/,
        '2020-11-20',
      ],
    ];
    for (const [what, template, attribute, hint] of cases) {
      it(`shows a notice and warns once for ${what}`, async () => {
        const warnings = watchWarnings();
        try {
          const el = await fixture<QuoteBlock>(template);
          expect(notice(el)).to.exist;
          expect(part(el, 'figure')).to.equal(null);
          expect(warnings.messages).to.have.length(1);
          expect(warnings.messages[0]).to.match(attribute);
          expect(warnings.messages[0]).to.contain(hint);
        } finally {
          warnings.restore();
        }
      });
    }
  });

  describe('accessibility', () => {
    for (const quote of ['zhao-lijian-2020-11-20', 'global-affairs-canada-2020-11-19', 'justin-trudeau-2020-11-19']) {
      for (const theme of ['auto', 'light', 'dark']) {
        it(`is accessible: ${quote}, ${theme} theme, original shown`, async () => {
          const el = await fixture<QuoteBlock>(
            html`<quote-block quote=${quote} theme=${theme} show-original></quote-block>`,
          );
          await expect(el).to.be.accessible();
        });
      }
    }
  });
});
