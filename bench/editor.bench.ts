/**
 * <case-editor> on a story of 2,000 events: how long each keystroke in an
 * event's title takes to be handled and rendered, the longest main-thread
 * task while typing, and the longest after it (the check and the preview
 * that follow a pause in typing). Reported, never asserted.
 */
import '../src/editor/define.js';
import type { CaseEditor } from '../src/editor/case-editor.js';
import type { Story } from '../src/data/types.js';
import { bigStory } from '../test/fixtures/big-story.js';

const KEYSTROKES = 40;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function longTasks(): { durations: number[]; stop: () => void } {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) =>
    list.getEntries().forEach((entry) => durations.push(entry.duration)),
  );
  observer.observe({ type: 'longtask' });
  return { durations, stop: () => observer.disconnect() };
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return `median ${median.toFixed(1).padStart(6)} ms   max ${(sorted.at(-1) ?? 0).toFixed(1).padStart(6)} ms`;
};

describe('editor benchmark (timings are reported, not asserted)', () => {
  it('types into a 2,000-event story', async function () {
    this.timeout(300_000);
    const base = (await (await fetch('/demo/stories/fictional-harbour-inquiry.json')).json()) as Story;
    const story = bigStory(base, { people: 200, events: 2_000 });
    const el = document.createElement('case-editor') as CaseEditor;
    el.database = `casefile-editor-bench-${Date.now()}`;
    document.body.append(el);
    await el.ready;
    const opened = performance.now();
    el.story = story;
    await el.checked();
    const openMs = performance.now() - opened;

    el.shadowRoot!.querySelector<HTMLElement>('[data-panel="events"]')!.click();
    await el.updateComplete;
    // Found through the filter box, as an editor would: the list renders 50 entries at most.
    const filter = el.shadowRoot!.querySelector<HTMLInputElement>('#entry-filter')!;
    filter.value = 'number 1500';
    filter.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    const entry = el.shadowRoot!.querySelector<HTMLElement>('.entry-list li:nth-child(2) [data-action="select"]')!;
    entry.click();
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>(
      `[data-path="events[${entry.dataset.index}].title.en"]`,
    )!;
    const rows = el.shadowRoot!.querySelectorAll('.entry-list li').length;

    await pause(1000);
    const typing = longTasks();
    const keystrokes: number[] = [];
    for (let i = 0; i < KEYSTROKES; i++) {
      const start = performance.now();
      input.value += 'x';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      keystrokes.push(performance.now() - start);
      await pause(60);
    }
    typing.stop();
    const after = longTasks();
    await el.checked();
    await pause(1500);
    after.stop();

    console.log(
      [
        `\n${story.events.length} events, ${story.people.length} people; ${KEYSTROKES} keystrokes 60 ms apart, headless Chromium`,
        `opening the story and first check      ${openMs.toFixed(0)} ms`,
        `entries in the list while filtered      ${rows} (typing into event ${entry.dataset.index})`,
        `keystroke handled and rendered         ${stats(keystrokes)}`,
        `longest task while typing              ${Math.max(0, ...typing.durations).toFixed(0)} ms (${typing.durations.length} over 50 ms)`,
        `longest task after (check, preview)    ${Math.max(0, ...after.durations).toFixed(0)} ms (${after.durations.length} over 50 ms)`,
      ].join('\n'),
    );
    el.remove();
  });
});
