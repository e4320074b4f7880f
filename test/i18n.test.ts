import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { story } from '../src/data/story.js';
import type { Story } from '../src/data/types.js';
import { formatPartialDate } from '../src/i18n/format.js';
import { resolveLanguage, toLanguage } from '../src/i18n/language.js';
import { expectNoticeShape, notice, part, provideStory, visibleText, watchWarnings } from './helpers.js';

const LANGUAGES = ['en', 'fr', 'zh-Hans'] as const;
const NNBSP = '\u202f';

/** A widget inside an element carrying `lang`, as a page section would. */
async function inLanguage<T extends HTMLElement>(lang: string, widget: ReturnType<typeof html>): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>${widget}</div>`);
  const el = wrapper.firstElementChild as T & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  return el;
}

type Rerenderable = HTMLElement & { requestUpdate(): void; updateComplete: Promise<unknown> };

async function rerender(el: Rerenderable): Promise<void> {
  el.requestUpdate();
  await el.updateComplete;
}

/** How many `Intl[name]` objects are built while `work` runs. */
async function builtDuring(name: 'DateTimeFormat' | 'DisplayNames', work: () => Promise<void>): Promise<number> {
  const intl = Intl as unknown as Record<typeof name, new (...args: unknown[]) => object>;
  const Original = intl[name];
  let built = 0;
  intl[name] = new Proxy(Original, {
    construct(target, args) {
      built++;
      return Reflect.construct(target, args) as object;
    },
  });
  try {
    await work();
  } finally {
    intl[name] = Original;
  }
  return built;
}

describe('language resolution', () => {
  it('maps page language tags to the three languages', () => {
    expect(toLanguage('fr-CA')).to.equal('fr');
    expect(toLanguage('FR')).to.equal('fr');
    for (const tag of ['zh', 'zh-CN', 'zh-Hans', 'zh-Hans-CN']) expect(toLanguage(tag), tag).to.equal('zh-Hans');
    expect(toLanguage('en-CA')).to.equal('en');
  });

  it("takes the element's lang, then the closest [lang] ancestor, then <html lang>, then English", async () => {
    const warnings = watchWarnings(); // the widgets below have no ids: their notices are not the point here
    const outer = await fixture<HTMLDivElement>(
      html`<div lang="fr">
        <section><person-card lang="zh-CN"></person-card><quote-block></quote-block></section>
      </div>`,
    );
    expect(resolveLanguage(outer.querySelector('person-card')!)).to.equal('zh-Hans');
    expect(resolveLanguage(outer.querySelector('quote-block')!)).to.equal('fr');
    const bare = await fixture<HTMLDivElement>(html`<div><case-sides></case-sides></div>`);
    expect(resolveLanguage(bare.firstElementChild!)).to.equal(toLanguage(document.documentElement.lang || 'en'));
    warnings.restore();
  });

  it('shows English for any other language, with one warning for the page', async () => {
    const warnings = watchWarnings();
    try {
      const first = await inLanguage<HTMLElement>('de-CH', html`<person-card person="michael-kovrig"></person-card>`);
      await inLanguage<HTMLElement>('de-CH', html`<person-card person="michael-spavor"></person-card>`);
      expect(part(first, 'base')!.getAttribute('lang')).to.equal('en');
      expect(warnings.messages.filter((m) => m.includes('de-CH'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('re-renders when the page switches language at run time', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><person-card person="michael-kovrig" as-of="2020-11-20"></person-card></div>`,
    );
    const card = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    expect(visibleText(card)).to.contain('Nationality');
    wrapper.lang = 'fr';
    await new Promise((resolve) => setTimeout(resolve));
    await card.updateComplete;
    expect(visibleText(card)).to.contain('Nationalité');
    expect(part(card, 'base')!.getAttribute('lang')).to.equal('fr');
    card.setAttribute('lang', 'zh-Hans');
    await new Promise((resolve) => setTimeout(resolve));
    await card.updateComplete;
    expect(visibleText(card)).to.contain('国籍');
  });
});

describe('dates, numbers and plurals in each language', () => {
  it("writes dates at their precision, in each language's form", () => {
    expect(formatPartialDate('2021-09-24', 'en')).to.equal('24 September 2021');
    expect(formatPartialDate('2021-09-24', 'fr')).to.equal('24 septembre 2021');
    expect(formatPartialDate('2021-09-24', 'zh-Hans')).to.equal('2021年9月24日');
    expect(formatPartialDate('2018-12', 'en')).to.equal('December 2018');
    expect(formatPartialDate('2018-12', 'fr')).to.equal('décembre 2018');
    expect(formatPartialDate('2018-12', 'zh-Hans')).to.equal('2018年12月');
    expect(formatPartialDate('2018', 'fr')).to.equal('2018');
  });

  it("counts the detention with each language's numbers and plurals", async () => {
    const counts: Record<string, RegExp> = {
      en: /after 1,019 days in detention/,
      fr: new RegExp(`après 1${NNBSP}019 jours de détention`), // French groups digits with a narrow no-break space
      'zh-Hans': /此前共被羁押1019天/, // a day count takes no thousands separator in Chinese
    };
    for (const lang of LANGUAGES) {
      const el = await inLanguage<HTMLElement>(lang, html`<person-card person="michael-kovrig"></person-card>`);
      expect(part(el, 'status')!.textContent!.replace(/[ \n]+/g, ' '), lang).to.match(counts[lang]!);
    }
  });

  it('uses the singular where the language does', async () => {
    const el = await inLanguage<HTMLElement>(
      'fr',
      html`<person-card person="michael-kovrig" as-of="2018-12-11"></person-card>`,
    );
    expect(part(el, 'status')!.textContent).to.contain('1 jour').and.not.contain('1 jours');
    const en = await inLanguage<HTMLElement>(
      'en',
      html`<person-card person="michael-kovrig" as-of="2018-12-11"></person-card>`,
    );
    expect(part(en, 'status')!.textContent).to.contain('1 day').and.not.contain('1 days');
  });

  it('dates a summary at the precision of its latest fact, with the French preposition it takes', async () => {
    const said = async (date: string) => {
      const latest = { ...story.events.at(-1)!, id: 'latest-fact', date };
      const host = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
      provideStory(host, { ...story, events: [...story.events, latest] } as Story);
      const el = document.createElement('case-summary') as HTMLElement & { updateComplete: Promise<unknown> };
      host.append(el);
      await el.updateComplete;
      return part(el, 'as-of')!.textContent!.replace(/\s+/g, ' ').trim();
    };
    expect(await said('2099-06-02')).to.match(/^Situation au 2 juin 2099/);
    expect(await said('2099-04-01')).to.match(/^Situation au 1er avril 2099/);
    expect(await said('2099-06')).to.match(/^Situation en juin 2099/);
    expect(await said('2099')).to.match(/^Situation en 2099/);
  });

  it('builds date formatters once, not on every render', async () => {
    const el = await inLanguage<Rerenderable>('fr', html`<case-timeline from="2018-01-01"></case-timeline>`);
    expect(await builtDuring('DateTimeFormat', () => rerender(el))).to.equal(0);
    expect(el.shadowRoot!.querySelectorAll('time').length).to.be.greaterThan(10);
  });

  it('names the reviewed report’s language with a formatter built once', async () => {
    const el = await inLanguage<Rerenderable>('fr', html`<case-summary corrections></case-summary>`);
    expect(el.shadowRoot!.textContent).to.contain('chinois');
    expect(await builtDuring('DisplayNames', () => rerender(el))).to.equal(0);
  });
});

describe('mixed languages', () => {
  it("marks a string missing in the widget's language as English", async () => {
    const data = structuredClone(story) as unknown as Story;
    const kovrig = data.people.find((p) => p.id === 'michael-kovrig')! as { bio: { en: string; fr?: string } };
    kovrig.bio = { en: 'English only.' };
    const host = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
    provideStory(host, data);
    host.innerHTML = '<person-card person="michael-kovrig"></person-card>';
    const el = host.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    await el.updateComplete;
    const bio = part(el, 'bio')!;
    expect(bio.querySelector('[lang="en"]')!.textContent).to.equal('English only.');
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('fr');
  });

  it('marks a Chinese name in an English card, and an English headline in a French source list', async () => {
    const card = await inLanguage<HTMLElement>('en', html`<person-card person="meng-wanzhou"></person-card>`);
    expect(card.shadowRoot!.querySelector('[part="native-name"] [lang="zh-Hans"]')!.textContent).to.equal('孟晚舟');
    const list = await inLanguage<HTMLElement>('fr', html`<case-sources></case-sources>`);
    // A headline is shown as published, marked with its page's language.
    const headlines = story.sources.filter((s) => !('fr' in s.title));
    const marked = [...list.shadowRoot!.querySelectorAll('[part~="source"] a [lang]')].map((el) =>
      el.getAttribute('lang'),
    );
    expect(marked).to.have.members(headlines.map((s) => s.lang));
    expect(marked.filter((lang) => lang === 'en').length).to.be.greaterThan(0);
  });

  it('quotes Zhao Lijian in the original Chinese in a Chinese widget, without a translation note', async () => {
    const zh = await inLanguage<HTMLElement>(
      'zh-Hans',
      html`<quote-block quote="zhao-lijian-2020-11-20" show-original></quote-block>`,
    );
    expect(part(zh, 'quote')!.textContent).to.contain('马前卒');
    expect(part(zh, 'translation-note')).to.equal(null);
    expect(part(zh, 'original')).to.equal(null);
    const fr = await inLanguage<HTMLElement>(
      'fr',
      html`<quote-block quote="zhao-lijian-2020-11-20" show-original></quote-block>`,
    );
    expect(part(fr, 'translation-note')).to.exist;
    expect(part(fr, 'original')!.querySelector('blockquote')!.getAttribute('lang')).to.equal('zh-Hans');
  });

  it("shows notices in the widget's language", async () => {
    const warnings = watchWarnings();
    try {
      const fr = await inLanguage<HTMLElement>('fr', html`<person-card person="kovrik"></person-card>`);
      const frShape = expectNoticeShape(notice(fr)!);
      expect(frShape.line).to.equal('Cette partie de l’article n’a pas pu être affichée.');
      expect(notice(fr)!.querySelector('summary')!.textContent!.trim()).to.equal('Détails');
      expect(frShape.details).to.contain('Ce module ne peut pas s’afficher').and.contain('person="kovrik"');
      expect(notice(fr)!.getAttribute('lang')).to.equal('fr');
      const zh = await inLanguage<HTMLElement>('zh-Hans', html`<person-card></person-card>`);
      const zhShape = expectNoticeShape(notice(zh)!);
      expect(zhShape.line).to.equal('此部分内容无法显示。');
      expect(notice(zh)!.querySelector('summary')!.textContent!.trim()).to.equal('详细信息');
      expect(zhShape.details).to.contain('缺少');
    } finally {
      warnings.restore();
    }
  });
});

describe('each element in each language', () => {
  const widgets: [string, ReturnType<typeof html>, Record<string, string>][] = [
    [
      'person-card',
      html`<person-card person="michael-kovrig" as-of="2020-11-20"></person-card>`,
      { en: 'Nationality', fr: 'Nationalité', 'zh-Hans': '国籍' },
    ],
    [
      'quote-block',
      html`<quote-block quote="global-affairs-canada-2020-11-19" show-original></quote-block>`,
      { en: 'Sources', fr: 'Sources', 'zh-Hans': '资料来源' },
    ],
    [
      'case-summary',
      html`<case-summary as-of="2020-11-20"></case-summary>`,
      { en: 'Key people', fr: 'Personnes clés', 'zh-Hans': '主要人物' },
    ],
    [
      'case-timeline',
      html`<case-timeline person="michael-spavor"></case-timeline>`,
      { en: 'Timeline', fr: 'Chronologie', 'zh-Hans': '时间线' },
    ],
    [
      'case-sides',
      html`<case-sides></case-sides>`,
      { en: 'The two sides', fr: 'Les deux parties', 'zh-Hans': '双方立场' },
    ],
    [
      'case-sources',
      html`<case-sources for="zhao-lijian"></case-sources>`,
      { en: 'Sources', fr: 'Sources', 'zh-Hans': '资料来源' },
    ],
  ];
  for (const [tag, template, label] of widgets) {
    for (const lang of LANGUAGES) {
      it(`<${tag}> in ${lang}: its own words, and accessible`, async () => {
        const el = await inLanguage<HTMLElement>(lang, template);
        expect(part(el, 'base')!.getAttribute('lang')).to.equal(lang);
        expect(visibleText(el)).to.contain(label[lang]!);
        await expect(el).to.be.accessible();
      });
    }
  }
});
