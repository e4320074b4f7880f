/**
 * A story of 5,000 people and 20,000 events loaded through <case-data> with
 * a <case-timeline>: how long until it shows, the longest task on the main
 * thread meanwhile, and how late a reader's input would be answered (a probe
 * scheduled every 16 ms measures its own lateness). Reported, never asserted.
 */
import '../src/index.js';
import type { Story } from '../src/data/types.js';
import { bigStory } from '../test/fixtures/big-story.js';

const ROUNDS = 3;

interface Run {
  total: number;
  longestTask: number;
  worstInputDelay: number;
}

async function loadOnce(json: string): Promise<Run> {
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration)));
  observer.observe({ type: 'longtask' });
  let worstInputDelay = 0;
  let expected = performance.now() + 16;
  const probe = setInterval(() => {
    const now = performance.now();
    worstInputDelay = Math.max(worstInputDelay, now - expected);
    expected = now + 16;
  }, 16);

  const start = performance.now();
  const host = document.createElement('div');
  host.innerHTML = '<case-data><script type="application/json"></script><case-timeline></case-timeline></case-data>';
  host.querySelector('script')!.textContent = json;
  document.body.append(host);
  const timeline = host.querySelector('case-timeline')!;
  while (!timeline.shadowRoot?.querySelector('[part~="event"]')) await new Promise((resolve) => setTimeout(resolve, 5));
  void host.offsetHeight;
  const total = performance.now() - start;
  await new Promise((resolve) => setTimeout(resolve, 100));
  clearInterval(probe);
  observer.disconnect();
  host.remove();
  return { total, longestTask: Math.max(0, ...tasks), worstInputDelay };
}

describe('big story benchmark (timings are reported, not asserted)', () => {
  it('measures 5,000 people and 20,000 events', async function () {
    this.timeout(300_000);
    const base = (await (await fetch('/demo/stories/fictional-harbour-inquiry.json')).json()) as Story;
    const json = JSON.stringify(bigStory(base, { people: 5_000, events: 20_000 }));
    const runs: Run[] = [];
    await loadOnce(json); // warm-up
    for (let i = 0; i < ROUNDS; i++) runs.push(await loadOnce(json));
    const line = (name: string, pick: (run: Run) => number) => {
      const values = runs.map(pick).sort((a, b) => a - b);
      return `${name.padEnd(34)} median ${values[Math.floor(values.length / 2)]!.toFixed(0).padStart(6)} ms   range ${values[0]!.toFixed(0)}–${values.at(-1)!.toFixed(0)} ms`;
    };
    console.log(
      [
        `\n${(json.length / 1e6).toFixed(1)} MB dataset, ${ROUNDS} rounds, headless Chromium`,
        line('inline JSON to first events shown', (run) => run.total),
        line('longest main-thread task', (run) => run.longestTask),
        line('worst input delay', (run) => run.worstInputDelay),
      ].join('\n'),
    );
  });
});
