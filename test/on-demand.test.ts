/**
 * The bundled story loads in parts, each when a widget shows it: a quote
 * loads the people and the quotes, not the timeline's events. The sources'
 * details (publishers, titles, addresses) load at once for a timeline, a
 * source list or structured data, and for a closed "Sources (n)" list when a
 * reader is about to open it. The schema.org writer loads only for a widget
 * with `structured-data`. Each test uses a language no earlier test has
 * loaded, since what is loaded stays for the page. (What the network fetches
 * is checked on the build: test/build.test.ts.)
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/elements/case-sides/define.js';
import '../src/elements/case-sources/define.js';
import '../src/elements/case-summary/define.js';
import '../src/elements/case-timeline/define.js';
import '../src/elements/person-card/define.js';
import '../src/elements/quote-block/define.js';
import type { CaseSources } from '../src/elements/case-sources/case-sources.js';
import type { CaseTimeline } from '../src/elements/case-timeline/case-timeline.js';
import type { PersonCard } from '../src/elements/person-card/person-card.js';
import type { QuoteBlock } from '../src/elements/quote-block/quote-block.js';
import type { LitElement } from 'lit';
import { hasParts } from '../src/data/bundled-story.js';
import { schemaOrg } from '../src/internal/schema-org-loader.js';
import { part } from './helpers.js';

/** Whether the page has loaded a language's source details. */
const fetched = (lang: 'en' | 'fr' | 'zh-Hans') => hasParts(lang, ['sources']);

const sourceList = (el: HTMLElement) => part(el, 'sources') as HTMLDetailsElement;
const listed = (el: HTMLElement) => sourceList(el).querySelectorAll('li').length;

describe('source details, loaded when shown', () => {
  it('are not loaded for widgets whose source lists are closed, which still count their sources', async () => {
    const el = await fixture<PersonCard>(html`<person-card person="michael-kovrig"></person-card>`);
    expect(hasParts('en', ['people'])).to.equal(true);
    expect(hasParts('en', ['quotes'])).to.equal(false);
    await fixture(html`<quote-block quote="zhao-lijian-2020-11-20"></quote-block>`);
    expect(hasParts('en', ['quotes'])).to.equal(true);
    expect(hasParts('en', ['events'])).to.equal(false);
    await fixture(html`<case-summary></case-summary>`);
    expect(fetched('en')).to.equal(false);
    const list = sourceList(el);
    expect(list.open).to.equal(false);
    expect(list.querySelector('summary')!.textContent).to.match(/^Sources \(\d+\)$/);
    expect(list.querySelector('ol')!.getAttribute('aria-busy')).to.equal('true');
    expect(listed(el)).to.equal(0);
  });

  it('load when a pointer reaches a closed list, which stays closed and then lists every counted source', async () => {
    const el = await fixture<PersonCard>(html`<person-card person="michael-kovrig"></person-card>`);
    const count = Number(/\d+/.exec(sourceList(el).querySelector('summary')!.textContent!)![0]);
    sourceList(el).dispatchEvent(new PointerEvent('pointerenter'));
    await waitUntil(() => listed(el) > 0, 'hovering did not load the sources');
    expect(fetched('en')).to.equal(true);
    expect(sourceList(el).open).to.equal(false);
    expect(listed(el)).to.equal(count);
    expect(sourceList(el).querySelector('ol')!.hasAttribute('aria-busy')).to.equal(false);
    for (const link of sourceList(el).querySelectorAll('a')) expect(link.href).to.match(/^https?:\/\//);
  });

  it('load when the keyboard reaches a list, in the widget’s language only', async () => {
    const el = await fixture<QuoteBlock>(html`<quote-block lang="fr" quote="zhao-lijian-2020-11-20"></quote-block>`);
    expect(fetched('fr')).to.equal(false);
    sourceList(el).querySelector('summary')!.focus();
    await waitUntil(() => listed(el) > 0, 'focusing did not load the sources');
    expect(fetched('fr')).to.equal(true);
    expect(fetched('zh-Hans')).to.equal(false);
  });

  it('load when a reader opens a list before they are here, which stays open', async () => {
    const el = await fixture<PersonCard>(html`<person-card lang="zh-Hans" person="meng-wanzhou"></person-card>`);
    expect(fetched('zh-Hans')).to.equal(false);
    // Opening by a click: the list may open before the details arrive.
    sourceList(el).querySelector('summary')!.click();
    await waitUntil(() => listed(el) > 0, 'opening did not load the sources');
    expect(sourceList(el).open).to.equal(true);
  });

  it('come with the structured-data writer only for a widget that publishes JSON-LD', async () => {
    await fixture(html`<person-card person="michael-spavor"></person-card>`);
    expect(schemaOrg()).to.equal(undefined);
    const card = await fixture<PersonCard>(html`<person-card structured-data person="michael-spavor"></person-card>`);
    expect(schemaOrg()).to.not.equal(undefined);
    const json = JSON.parse(card.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(json['@graph'][0].name).to.equal('Michael Spavor');
  });

  it('are there at the first render of widgets that show them at once', async () => {
    const timeline = await fixture<CaseTimeline>(html`<case-timeline lang="en-GB"></case-timeline>`);
    expect(timeline.shadowRoot!.querySelectorAll('a.cite').length).to.be.greaterThan(0);
    const sources = await fixture<CaseSources>(html`<case-sources></case-sources>`);
    expect(sources.shadowRoot!.querySelectorAll('li a').length).to.be.greaterThan(0);
  });

  it('are listed only once a reader reaches for a list, even when another widget has loaded them', async () => {
    // The sources list of the whole story loads every source's details at once.
    await fixture<CaseSources>(html`<case-sources></case-sources>`);
    expect(fetched('en')).to.equal(true);
    const card = await fixture<LitElement>(html`<case-sides></case-sides>`);
    const lists = [...card.shadowRoot!.querySelectorAll<HTMLDetailsElement>('details[part~="sources"]')];
    expect(lists.length).to.be.greaterThan(1);
    for (const list of lists) {
      expect(list.querySelectorAll('li').length).to.equal(0);
      expect(list.querySelector('ol')!.getAttribute('aria-busy')).to.equal('true');
    }
    // Reaching for one fills them all, at once since the details are here.
    lists[0]!.dispatchEvent(new PointerEvent('pointerenter'));
    await card.updateComplete;
    for (const list of lists) {
      const count = Number(/\d+/.exec(list.querySelector('summary')!.textContent!)![0]);
      expect(list.querySelectorAll('li').length).to.equal(count);
      expect(list.querySelector('ol')!.hasAttribute('aria-busy')).to.equal(false);
    }
  });
});
