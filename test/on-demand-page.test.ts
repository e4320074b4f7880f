/**
 * The bundled story's parts on a page of several widgets: one widget's load
 * serves the others, a reader's open source list follows a change of
 * language, a widget with its own story loads none of the bundled one, and
 * a widget whose language changes twice keeps its render until the last
 * language is there. (The tests run in order: what a test loads stays for
 * the page.)
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { hasParts } from '../src/data/bundled-story.js';
import type { PersonCard } from '../src/elements/person-card/person-card.js';
import type { Story } from '../src/data/types.js';
import { openSources, part, provideStory } from './helpers.js';

const sourceList = (el: HTMLElement) => part(el, 'sources') as HTMLDetailsElement;
const listed = (el: HTMLElement) => sourceList(el).querySelectorAll('li').length;

describe('parts of the story on a page of widgets', () => {
  it('fills a list a reader reaches after another widget loaded the sources', async () => {
    const first = await fixture<PersonCard>(html`<person-card person="michael-kovrig"></person-card>`);
    const second = await fixture<PersonCard>(html`<person-card person="michael-spavor"></person-card>`);
    expect(hasParts('en', ['sources'])).to.equal(false);
    sourceList(first).dispatchEvent(new PointerEvent('pointerenter'));
    await waitUntil(() => listed(first) > 0, 'the first list did not fill');
    expect(listed(second)).to.equal(0);
    sourceList(second).querySelector('summary')!.click();
    await waitUntil(() => listed(second) > 0, 'the second list did not fill');
    expect(sourceList(second).open).to.equal(true);
  });

  it('keeps an open list filled through a change of language', async () => {
    const el = await fixture<PersonCard>(html`<person-card person="michael-kovrig"></person-card>`);
    await openSources(el);
    expect(hasParts('fr', ['sources'])).to.equal(false);
    el.lang = 'fr';
    await waitUntil(
      () => part(el, 'base')?.getAttribute('lang') === 'fr' && listed(el) > 0,
      'the open list did not follow the language',
    );
    expect(sourceList(el).open).to.equal(true);
  });

  it('loads no part of the bundled story for a widget inside <case-data>', async () => {
    const story = await (await fetch('/demo/stories/fictional-harbour-inquiry.json')).json();
    const provider = await fixture(
      html`<case-data lang="zh-Hans"
        ><script type="application/json">
          ${JSON.stringify(story)}
        </script>
        <person-card person="ines-varga"></person-card
      ></case-data>`,
    );
    const card = provider.querySelector<PersonCard>('person-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('.widget'), 'the card did not render its story');
    expect(card.shadowRoot!.textContent).to.contain('伊内丝·瓦尔加');
    expect(hasParts('zh-Hans', ['people'])).to.equal(false);
  });

  it('shows the bundled story again once moved out of <case-data>', async () => {
    const story = await (await fetch('/demo/stories/fictional-harbour-inquiry.json')).json();
    const provider = await fixture(
      html`<case-data
        ><script type="application/json">
          ${JSON.stringify(story)}
        </script>
        <case-timeline></case-timeline
      ></case-data>`,
    );
    const timeline = provider.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('case-timeline')!;
    await waitUntil(() => timeline.shadowRoot?.querySelector('.widget'), 'the timeline did not render its story');
    expect(timeline.shadowRoot!.textContent).to.contain('(fictional)');
    provider.after(timeline);
    await waitUntil(
      () => timeline.shadowRoot?.textContent?.includes('Meng Wanzhou'),
      'the timeline did not come back to the bundled story',
      { timeout: 3000 },
    );
    expect(timeline.shadowRoot!.textContent).not.to.contain('(fictional)');
  });

  it('never asks for the bundled sources for a story a page provides, even one missing their addresses', async () => {
    const { story } = await import('../src/data/story.js');
    const withoutUrls = {
      ...story,
      sources: story.sources.map(({ url: _url, ...source }) => source),
    } as unknown as Story;
    const host = document.createElement('div');
    host.lang = 'zh-Hans';
    provideStory(host, withoutUrls);
    host.innerHTML = '<person-card person="michael-kovrig"></person-card>';
    document.body.append(host);
    const card = host.querySelector('person-card') as PersonCard;
    await card.updateComplete;
    let updates = 0;
    const count = () => updates++;
    card.addController({ hostUpdated: count });
    sourceList(card).open = true;
    sourceList(card).dispatchEvent(new PointerEvent('pointerenter'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(updates).to.be.below(3);
    expect(hasParts('zh-Hans', ['sources'])).to.equal(false);
    expect(sourceList(card).querySelector('ol')!.hasAttribute('aria-busy')).to.equal(false);
    host.remove();
  });

  it('keeps its last render while its language changes twice, then renders the last one', async () => {
    const el = await fixture<PersonCard>(html`<person-card person="michael-kovrig"></person-card>`);
    expect(hasParts('zh-Hans', ['people'])).to.equal(false);
    const renders: string[] = [];
    const observer = new MutationObserver(() => {
      const base = el.shadowRoot!.querySelector('[part="base"]');
      renders.push(base?.hasAttribute('aria-busy') || !base?.classList.contains('widget') ? 'waiting' : 'rendered');
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true });
    // Chinese is not there yet; before it is, the reader's page turns French.
    el.lang = 'zh-Hans';
    await Promise.resolve();
    el.lang = 'fr';
    await waitUntil(() => part(el, 'base')?.getAttribute('lang') === 'fr', 'no French render');
    await el.updateComplete;
    observer.disconnect();
    expect(renders.filter((state) => state === 'waiting')).to.deep.equal([]);
    expect(el.shadowRoot!.textContent).to.contain('Michael Kovrig');
  });
});
