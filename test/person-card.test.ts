import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/person-card/define.js';
import '../src/elements/case-data/define.js';
import type { PersonCard } from '../src/elements/person-card/person-card.js';
import { story } from '../src/data/story.js';
import {
  expectBadInputNotice,
  inlineStoryScript,
  notice,
  openSources,
  part,
  visibleText,
  watchWarnings,
} from './helpers.js';

describe('<person-card>', () => {
  it('shows the name as a heading, the name in its own script with its lang, role, nationality and sources', async () => {
    const meng = await fixture<PersonCard>(html`<person-card person="meng-wanzhou"></person-card>`);
    const native = meng.shadowRoot!.querySelector('[part="native-name"] [lang="zh-Hans"]')!;
    expect(native.textContent).to.equal('孟晚舟');
    const el = await fixture<PersonCard>(html`<person-card person="michael-kovrig"></person-card>`);
    const name = part(el, 'name')!;
    expect(name.localName).to.equal('h3');
    expect(name.textContent!.trim()).to.equal('Michael Kovrig');
    // A Chinese name others use for him is a translation, not his name in his own script.
    expect(el.shadowRoot!.querySelector('[part="native-name"]')).to.equal(null);
    expect(part(el, 'role')!.textContent).to.contain('International Crisis Group');
    expect(part(el, 'facts')!.textContent).to.contain('Canadian');
    const links = [...(await openSources(el)).querySelectorAll('a')];
    expect(links.length).to.be.greaterThan(0);
    for (const link of links) expect(link.href).to.match(/^https?:\/\//);
  });

  it('resolves an alias to the same person', async () => {
    const el = await fixture<PersonCard>(html`<person-card person="kang-mingkai"></person-card>`);
    expect(part(el, 'name')!.textContent!.trim()).to.equal('Michael Kovrig');
  });

  it('counts the detention on the day of the article: 711 days from 10 December 2018', async () => {
    const el = await fixture<PersonCard>(html`<person-card person="michael-kovrig" as-of="2020-11-20"></person-card>`);
    const status = part(el, 'status')!.textContent!.replace(/\s+/g, ' ');
    expect(status).to.contain('711 days');
    expect(status).to.match(/in detention/i);
    expect(status).not.to.match(/released/i);
  });

  it('without as-of, says Kovrig was released in September 2021 after 1,019 days', async () => {
    const el = await fixture<PersonCard>(html`<person-card person="michael-kovrig"></person-card>`);
    const status = part(el, 'status')!.textContent!.replace(/\s+/g, ' ');
    expect(status).to.match(/released/i);
    expect(status).to.contain('September').and.to.contain('2021');
    expect(status).to.contain('1,019 days');
    expect(part(el, 'status')!.querySelector('time')!.getAttribute('datetime')).to.equal('2021-09-24');
  });

  it('shows a past role with its dates once it has ended', async () => {
    const el = await fixture<PersonCard>(html`<person-card person="dominic-barton"></person-card>`);
    expect(part(el, 'role')!.textContent).to.contain('Ambassador');
    expect(part(el, 'role')!.textContent).to.contain('2021');
  });

  it('corrects the article: Barton is never "Baldwin" except in the correction note', async () => {
    const el = await fixture<PersonCard>(html`<person-card corrections person="dominic-barton"></person-card>`);
    const correction = part(el, 'correction')!;
    expect(correction.localName).to.equal('details');
    expect(correction.querySelector('summary')!.textContent).to.contain('Correction');
    expect(correction.textContent).to.contain('Mr. Baldwin');
    const outside = visibleText(el).replace(correction.textContent!.replace(/\s+/g, ' ').trim(), '');
    expect(outside).not.to.contain('Baldwin');
  });

  it('dates a role the sources confirm only up to November 2020, instead of passing it off as current', async () => {
    const latest = await fixture<PersonCard>(html`<person-card person="michael-kovrig"></person-card>`);
    expect(part(latest, 'role')!.textContent).to.match(/as of/i).and.contain('November 2020');
    const then = await fixture<PersonCard>(
      html`<person-card person="michael-kovrig" as-of="2020-11-20"></person-card>`,
    );
    expect(part(then, 'role')!.textContent).not.to.match(/as of/i);
  });

  it('cites no source published after the day it describes', async () => {
    const then = await fixture<PersonCard>(
      html`<person-card person="michael-kovrig" as-of="2020-11-20"></person-card>`,
    );
    const latest = await fixture<PersonCard>(html`<person-card person="michael-kovrig"></person-card>`);
    const dates = async (el: PersonCard) =>
      [...(await openSources(el)).querySelectorAll('time')].map((t) => t.getAttribute('datetime')!);
    for (const date of await dates(then)) expect(date <= '2020-11-20', date).to.equal(true);
    expect((await dates(latest)).some((date) => date > '2020-11-20')).to.equal(true);
  });

  it('labels each correction and clarification with the report and the wording it concerns', async () => {
    const meng = await fixture<PersonCard>(html`<person-card corrections person="meng-wanzhou"></person-card>`);
    const labels = [...meng.shadowRoot!.querySelectorAll('[part~="correction"] summary')].map((s) =>
      s.textContent!.trim(),
    );
    expect(labels).to.have.length(1);
    expect(labels[0]).to.match(/^Correction to the reviewed report of November 2020: it said .*former executive/);
    const trudeau = await fixture<PersonCard>(html`<person-card corrections person="justin-trudeau"></person-card>`);
    const clarification = part(trudeau, 'clarification')!;
    expect(clarification.querySelector('summary')!.textContent!.trim()).to.match(
      /^Clarification to the reviewed report of November 2020: it said/,
    );
    const fr = await fixture<PersonCard>(
      html`<person-card corrections person="justin-trudeau" lang="fr"></person-card>`,
    );
    expect(part(fr, 'clarification')!.querySelector('summary')!.textContent!.trim()).to.match(
      /^Précision apportée au reportage examiné de novembre 2020\u202f: on y lisait «\u202f/,
    );
    const zh = await fixture<PersonCard>(
      html`<person-card corrections person="justin-trudeau" lang="zh-Hans"></person-card>`,
    );
    expect(part(zh, 'clarification')!.querySelector('summary')!.textContent!.trim()).to.match(
      /^对2020年11月原报道的澄清：该报道称“/,
    );
  });

  it('puts its heading at the level the page asks for', async () => {
    const el = await fixture<PersonCard>(html`<person-card person="meng-wanzhou" heading-level="2"></person-card>`);
    expect(part(el, 'name')!.localName).to.equal('h2');
  });

  it('compact variant keeps name, role and status and drops the biography', async () => {
    const el = await fixture<PersonCard>(html`<person-card person="michael-spavor" variant="compact"></person-card>`);
    expect(part(el, 'name')).to.exist;
    expect(part(el, 'status')).to.exist;
    expect(part(el, 'bio')).to.equal(null);
    const full = await fixture<PersonCard>(html`<person-card person="michael-spavor"></person-card>`);
    expect(part(full, 'bio')!.textContent!.trim()).not.to.equal('');
  });

  it('re-renders when its person changes', async () => {
    const el = await fixture<PersonCard>(html`<person-card person="michael-kovrig"></person-card>`);
    el.person = 'zhao-lijian';
    await el.updateComplete;
    expect(part(el, 'name')!.textContent!.trim()).to.equal('Zhao Lijian');
  });

  describe('bad input', () => {
    const cases: [string, ReturnType<typeof html>, RegExp, string][] = [
      ['an unknown id', html`<person-card person="kovrig"></person-card>`, /person="kovrig"/, 'michael-kovrig'],
      ['a missing person', html`<person-card></person-card>`, /"person" attribute/, 'michael-kovrig'],
      [
        'a bad variant',
        html`<person-card person="michael-kovrig" variant="huge"></person-card>`,
        /variant="huge"/,
        'compact',
      ],
      [
        'a bad heading level',
        html`<person-card person="michael-kovrig" heading-level="9"></person-card>`,
        /heading-level="9"/,
        '6',
      ],
      [
        'a bad as-of date',
        html`<person-card person="michael-kovrig" as-of="2020-13-45"></person-card>`,
        /as-of="2020-13-45"/,
        'YYYY-MM-DD',
      ],
      ['a bad theme', html`<person-card person="michael-kovrig" theme="neon"></person-card>`, /theme="neon"/, 'dark'],
    ];
    for (const [what, template, attribute, hint] of cases) {
      it(`shows a notice and warns once for ${what}`, async () => {
        await expectBadInputNotice(template, attribute, hint);
      });
    }

    it('suggests the nearest ids for a typo', async () => {
      const warnings = watchWarnings();
      try {
        const el = await fixture<PersonCard>(html`<person-card person="michael-spavour"></person-card>`);
        expect(notice(el)!.textContent).to.contain('michael-spavor');
        expect(warnings.messages[0]).to.contain('"michael-spavor"');
        const alias = await fixture<PersonCard>(html`<person-card person="kovrik"></person-card>`);
        // An alias is never suggested beside the id it stands for.
        expect(notice(alias)!.textContent).to.contain('michael-kovrig').and.not.contain('mingkai-kang');
      } finally {
        warnings.restore();
      }
    });

    it('recovers when the attribute is corrected', async () => {
      const warnings = watchWarnings();
      try {
        const el = await fixture<PersonCard>(html`<person-card person="nobody"></person-card>`);
        el.person = 'michael-spavor';
        await el.updateComplete;
        expect(notice(el)).to.equal(null);
        expect(part(el, 'name')!.textContent!.trim()).to.equal('Michael Spavor');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('accessibility', () => {
    for (const variant of ['full', 'compact']) {
      for (const theme of ['auto', 'light', 'dark']) {
        it(`is accessible: ${variant}, ${theme} theme`, async () => {
          const el = await fixture<PersonCard>(
            html`<person-card person="michael-kovrig" variant=${variant} theme=${theme}></person-card>`,
          );
          await expect(el).to.be.accessible();
        });
      }
    }
    it('is accessible as of the day of the article, with a correction open', async () => {
      const el = await fixture<PersonCard>(
        html`<person-card corrections person="meng-wanzhou" as-of="2020-11-20"></person-card>`,
      );
      (part(el, 'correction') as HTMLDetailsElement).open = true;
      await expect(el).to.be.accessible();
    });
  });
});

describe('<person-card> corrections are opt-in', () => {
  it('shows none by default, and every one with `corrections`, on the card or on its <case-data>', async () => {
    const plain = await fixture<PersonCard>(html`<person-card person="dominic-barton"></person-card>`);
    expect(plain.shadowRoot!.querySelector('[part~="correction"]')).to.equal(null);
    expect(visibleText(plain)).not.to.contain('Baldwin');
    const asked = await fixture<PersonCard>(html`<person-card corrections person="dominic-barton"></person-card>`);
    expect(asked.shadowRoot!.querySelector('[part~="correction"] summary')!.textContent).to.contain('Baldwin');
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = `<case-data corrections>${inlineStoryScript(story)}<person-card person="dominic-barton"></person-card></case-data>`;
    const inside = wrapper.querySelector('person-card') as PersonCard;
    for (let i = 0; i < 100 && !inside.shadowRoot?.querySelector('[part~="correction"]'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(inside.shadowRoot!.querySelector('[part~="correction"]')).to.exist;
    await expect(inside).to.be.accessible();
  });
});

describe('<person-card> in the language of the name', () => {
  it('does not write a Chinese name twice in a Chinese card: the name, then only its romanization', async () => {
    const el = await fixture<PersonCard>(html`<person-card person="meng-wanzhou" lang="zh-Hans"></person-card>`);
    expect(part(el, 'name')!.textContent!.trim()).to.equal('孟晚舟');
    const native = part(el, 'native-name')!;
    expect(native.textContent).not.to.contain('孟晚舟');
    expect(native.querySelector('[lang="zh-Latn"]')!.textContent).to.equal('Mèng Wǎnzhōu');
    const english = await fixture<PersonCard>(html`<person-card person="meng-wanzhou"></person-card>`);
    expect(part(english, 'native-name')!.querySelector('[lang="zh-Hans"]')!.textContent).to.equal('孟晚舟');
  });
});
