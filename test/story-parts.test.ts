/**
 * A widget loads only the parts of the bundled story it says it shows
 * (`storyParts()`, from `WIDGET_PARTS`). Rendered from those parts alone, it
 * must show and publish exactly what it shows from every part: a part
 * missing from its list would otherwise surface as a wrong notice or a
 * missing line on a reader's page.
 */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';
import { story } from '../src/data/story.js';
import { assemble, outlineOf, partIn, STORY_PARTS, type StoryPart } from '../src/data/story-split.js';
import type { Language, Story } from '../src/data/types.js';
import type { CaseElement } from '../src/internal/case-element.js';
import { provideStory, watchWarnings } from './helpers.js';

/** Each widget in the variants that change what it reads. */
const VARIANTS: Record<string, Record<string, string>[]> = {
  'person-card': [{ person: 'michael-kovrig' }, { person: 'meng-wanzhou', variant: 'compact' }, { person: 'nobody' }],
  'quote-block': [
    { quote: 'zhao-lijian-2020-11-20', 'show-original': '' },
    { person: 'justin-trudeau' },
    { person: 'michael-kovrig' },
  ],
  'case-summary': [{}, { variant: 'brief' }, { case: 'no-such-case' }],
  'case-timeline': [{}, { person: 'michael-spavor', from: '2019-01-01', to: '2020-12-31' }, { limit: '3' }],
  'case-sides': [{}],
  'case-corrections': [{}],
  'case-sources': [{}, { for: 'michael-kovrig' }, { for: 'visit-dates-swapped' }],
};
/** Attributes every widget takes that add to what it reads. */
const ALSO: Record<string, string>[] = [
  {},
  { corrections: '' },
  { 'structured-data': '' },
  { corrections: '', 'structured-data': '' },
  { 'as-of': '2020-11-25' },
];
const LANGS: Language[] = ['en', 'fr', 'zh-Hans'];

type Widget = CaseElement & LitElement;

/** The bundled story in a language with these parts loaded, as a page has it. */
const loadedWith = (parts: readonly StoryPart[], lang: Language) =>
  assemble(outlineOf(story), Object.fromEntries(parts.map((part) => [part, partIn(story, part, lang)])));

/** What a widget shows and publishes, given a story, without Lit's markers or per-render ids. */
async function output(tag: string, attributes: Record<string, string>, lang: Language, given: unknown) {
  const host = document.createElement('div');
  host.lang = lang;
  provideStory(host, given as Story);
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  host.append(el);
  document.body.append(host);
  await el.updateComplete;
  // A reader reaching for a source list fills them all, so that they are compared too.
  const list = el.shadowRoot?.querySelector('details[part~="sources"]');
  if (list) {
    list.dispatchEvent(new Event('focusin'));
    await el.updateComplete;
  }
  const shadow = (el.shadowRoot?.innerHTML ?? '')
    .replace(/<!--[^]*?-->/g, '')
    .replace(/casefile-([a-z-]+)-\d+/g, 'casefile-$1');
  const jsonLd = el.querySelector('script[type="application/ld+json"]')?.textContent ?? '';
  host.remove();
  return `${shadow}\n${jsonLd}`;
}

describe('each widget renders from the parts of the story it loads', () => {
  // The variants with an unknown id warn, as they should, on both sides of each comparison.
  let warnings: ReturnType<typeof watchWarnings>;
  beforeEach(() => (warnings = watchWarnings()));
  afterEach(() => warnings.restore());

  for (const [tag, variants] of Object.entries(VARIANTS)) {
    it(`<${tag}> shows the same from its parts as from every part`, async () => {
      let compared = 0;
      for (const own of variants) {
        for (const also of ALSO) {
          const attributes = { ...own, ...also };
          const probe = document.createElement(tag) as Widget;
          for (const [name, value] of Object.entries(attributes)) probe.setAttribute(name, value);
          const parts = probe.storyParts();
          // The sources' details are loaded or not on both sides: a closed list loads them on demand.
          const every = STORY_PARTS.filter((part) => part !== 'sources' || parts.includes('sources'));
          for (const lang of LANGS) {
            const expected = await output(tag, attributes, lang, loadedWith(every, lang));
            const actual = await output(tag, attributes, lang, loadedWith(parts, lang));
            expect(actual, `<${tag}> ${JSON.stringify(attributes)} in ${lang} from ${parts.join(', ')}`).to.equal(
              expected,
            );
            compared++;
          }
        }
      }
      expect(compared).to.equal(variants.length * ALSO.length * LANGS.length);
    });
  }

  it('leaves out the parts a widget does not show', () => {
    const quote = document.createElement('quote-block') as Widget;
    expect(quote.storyParts()).to.have.members(['people', 'quotes']);
    quote.setAttribute('corrections', '');
    expect(quote.storyParts()).to.include.members(['corrections', 'sources']);
    const card = document.createElement('person-card') as Widget;
    card.setAttribute('structured-data', '');
    expect(card.storyParts()).to.have.members(['people', 'sources']);
  });
});
