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
