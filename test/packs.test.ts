import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { story } from '../src/data/story.js';
import { storyIn, structureOf, textsIn } from '../src/data/story-split.js';
import { LANGUAGES, type Localized, type Story } from '../src/data/types.js';
import { localize } from '../src/i18n/language.js';
import { languagePack, loadLanguagePack } from '../src/i18n/packs.js';

/** Every text of a story as `localize` gives it in a language, by path. */
function texts(value: unknown, lang: (typeof LANGUAGES)[number], path = '', out = new Map<string, unknown>()) {
  if (value && typeof value === 'object' && typeof (value as Localized).en === 'string' && !('id' in value)) {
    out.set(path, localize(value as Localized, lang));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) texts(item, lang, `${path}.${key}`, out);
  } else {
    out.set(path, value);
  }
  return out;
}

describe('the bundled story, one language at a time', () => {
  for (const lang of LANGUAGES) {
    it(`reads in ${lang} exactly as the full story does, fallbacks to English included`, () => {
      const split = storyIn(structureOf(story), textsIn(story, lang), lang);
      expect([...texts(split, lang)]).to.deep.equal([...texts(story, lang)]);
    });
  }

  it('marks a missing translation as English, and keeps English-only texts in the structure', () => {
    const tiny = {
      cases: [{ id: 'c', headline: { en: 'Headline', fr: 'Titre' }, summary: { en: 'Summary' } }],
    } as unknown as Story;
    expect(textsIn(tiny, 'fr')).to.deep.equal(['Titre']);
    const withFallback = { cases: [{ id: 'c', headline: { en: 'Headline', 'zh-Hans': '标题' } }] } as unknown as Story;
    expect(textsIn(withFallback, 'fr')).to.deep.equal([['Headline']]);
    const inFrench = storyIn(structureOf(withFallback), textsIn(withFallback, 'fr'), 'fr');
    expect(localize(inFrench.cases[0]!.headline as Localized, 'fr')).to.deep.equal({ text: 'Headline', lang: 'en' });
    const inFrenchToo = storyIn(structureOf(tiny), textsIn(tiny, 'fr'), 'fr');
    expect(localize(inFrenchToo.cases[0]!.headline as Localized, 'fr')).to.deep.equal({ text: 'Titre', lang: 'fr' });
    expect(inFrenchToo.cases[0]!.summary).to.deep.equal({ en: 'Summary' });
  });

  it('renders a widget only once its language has arrived', async () => {
    expect(languagePack('zh-Hans')).to.equal(undefined);
    const card = await fixture<HTMLElement>(
      html`<person-card lang="zh-Hans" person="michael-kovrig" as-of="2020-11-20"></person-card>`,
    );
    expect(languagePack('zh-Hans')).to.exist;
    expect(card.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('zh-Hans');
    expect(card.shadowRoot!.textContent).to.contain('已被羁押711天');
    expect(await loadLanguagePack('zh-Hans')).to.equal(languagePack('zh-Hans'));
  });
});
