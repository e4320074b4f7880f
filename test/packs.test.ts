import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { story } from '../src/data/story.js';
import { assemble, outlineOf, partIn, STORY_PARTS } from '../src/data/story-split.js';
import { emptyStory, LANGUAGES, type Localized, type Story } from '../src/data/types.js';
import { indexStory } from '../src/data/story-index.js';
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

/** The bundled story with every part loaded in one language, as a page that shows them all has it. */
const allPartsIn = (source: Story, lang: (typeof LANGUAGES)[number]) =>
  assemble(outlineOf(source), Object.fromEntries(STORY_PARTS.map((part) => [part, partIn(source, part, lang)])));

describe('the bundled story, one language and one part at a time', () => {
  for (const lang of LANGUAGES) {
    it(`reads in ${lang} exactly as the full story does, fallbacks to English included`, () => {
      const { firstCited, ...split } = allPartsIn(story, lang);
      expect(firstCited).to.be.an('object');
      const byPath = (value: unknown) => [...texts(value, lang)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      expect(byPath(split)).to.deep.equal(byPath(story));
    });
  }

  it('marks a missing translation as English, and keeps English-only texts as they are', () => {
    const empty = emptyStory();
    const tiny = {
      ...empty,
      cases: [{ id: 'c', headline: { en: 'Headline', fr: 'Titre' }, summary: { en: 'Summary' }, sources: [] }],
    } as unknown as Story;
    expect(partIn(tiny, 'cases', 'fr').cases![0]!.headline).to.deep.equal({ en: '', fr: 'Titre' });
    const withFallback = {
      ...empty,
      cases: [{ id: 'c', headline: { en: 'Headline', 'zh-Hans': '标题' }, sources: [] }],
    } as unknown as Story;
    const inFrench = allPartsIn(withFallback, 'fr');
    expect(localize(inFrench.cases[0]!.headline as Localized, 'fr')).to.deep.equal({ text: 'Headline', lang: 'en' });
    const inFrenchToo = allPartsIn(tiny, 'fr');
    expect(localize(inFrenchToo.cases[0]!.headline as Localized, 'fr')).to.deep.equal({ text: 'Titre', lang: 'fr' });
    expect(inFrenchToo.cases[0]!.summary).to.deep.equal({ en: 'Summary' });
  });

  it('numbers the sources alike whatever parts are loaded', () => {
    const full = indexStory(story).sourceNumbers;
    for (const part of STORY_PARTS) {
      const one = assemble(outlineOf(story), { [part]: partIn(story, part, 'en') });
      expect([...indexStory(one).sourceNumbers], part).to.deep.equal([...full]);
    }
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
