import { expect } from '@open-wc/testing';
import { validateStory, validateStoryInSlices } from '../src/data/validate.js';
import type { Story } from '../src/data/types.js';
import { MAX_STORY_LENGTH, parseStory } from '../src/elements/case-data/load-story.js';
import { bigStory } from './fixtures/big-story.js';

const base = async () => (await (await fetch('/demo/stories/fictional-harbour-inquiry.json')).json()) as Story;

describe('big stories', () => {
  it('validates in slices, handing the thread back, with the same result as in one go', async () => {
    const story = bigStory(await base(), { people: 500, events: 2_000 });
    let pauses = 0;
    const pause = () => {
      pauses++;
      return Promise.resolve();
    };
    const sliced = await validateStoryInSlices(story, { sliceMs: 0, pause });
    expect(sliced.errors).to.deep.equal([]);
    expect(sliced.story).to.equal(story);
    expect(pauses, 'pauses between slices').to.be.greaterThan(100);
  });

  it('finds the same errors in slices as in one go', async () => {
    const story = bigStory(await base(), { people: 50, events: 200 }) as unknown as {
      events: { date: string; sources: string[] }[];
      people: { name: { en?: string } }[];
    };
    story.events[150]!.date = '2021-02-29';
    story.events[3]!.sources = ['no-such-source'];
    delete story.people[40]!.name.en;
    const whole = validateStory(story);
    const sliced = await validateStoryInSlices(story, { sliceMs: 0 });
    const sorted = (errors: { path: string }[]) => errors.map((e) => JSON.stringify(e)).sort();
    expect(whole.errors.length).to.be.greaterThan(2);
    expect(sorted(sliced.errors)).to.deep.equal(sorted(whole.errors));
  });

  it('refuses a dataset over the size limit with a clear error, before parsing it', async () => {
    const result = await parseStory(' '.repeat(MAX_STORY_LENGTH + 1));
    expect(result.story).to.equal(undefined);
    expect(result.errors![0]!.message).to.match(/characters long; the limit is 16,777,216/);
  });
});

describe('<case-timeline> with thousands of events', () => {
  it('renders a page of events at a time, and "Show more" adds the next page and moves focus to it', async () => {
    await import('../src/elements/case-timeline/define.js');
    const { TIMELINE_PAGE_SIZE } = await import('../src/elements/case-timeline/case-timeline.js');
    const { provideStory } = await import('./helpers.js');
    const story = bigStory(await base(), { people: 10, events: 250 });
    const host = document.createElement('div');
    document.body.append(host);
    provideStory(host, story);
    const timeline = document.createElement('case-timeline') as HTMLElement & { updateComplete: Promise<unknown> };
    timeline.setAttribute('structured-data', '');
    host.append(timeline);
    await timeline.updateComplete;
    const events = () => timeline.shadowRoot!.querySelectorAll('[part~="event"]');
    const total = story.events.length;
    // The key events first; "Show all" then pages through the rest.
    timeline.shadowRoot!.querySelector<HTMLButtonElement>('[part~="show-more"]')!.click();
    await timeline.updateComplete;
    expect(events()).to.have.length(TIMELINE_PAGE_SIZE);
    // Structured data describes exactly what is shown.
    const graph = JSON.stringify(JSON.parse(timeline.querySelector('script')!.textContent!));
    expect(graph.match(/"@type":"Event"/g)).to.have.length(TIMELINE_PAGE_SIZE);
    const button = timeline.shadowRoot!.querySelector<HTMLButtonElement>('[part~="show-more"]')!;
    expect(button.textContent).to.contain(`${TIMELINE_PAGE_SIZE} of ${total} shown`);
    button.click();
    await timeline.updateComplete;
    await timeline.updateComplete;
    expect(events()).to.have.length(2 * TIMELINE_PAGE_SIZE);
    expect(timeline.shadowRoot!.activeElement).to.equal(events()[TIMELINE_PAGE_SIZE]);
    await expect(timeline).to.be.accessible();
    button.click();
    await timeline.updateComplete;
    expect(events()).to.have.length(total);
    expect(timeline.shadowRoot!.querySelector('[part~="show-more"]')).to.equal(null);
    host.remove();
  });
});
