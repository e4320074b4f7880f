/**
 * How long the widgets take to render, as ratios against a baseline measured
 * in the same run on the same machine: a minimal Lit element rendering a
 * heading and a paragraph. Timings are printed, never asserted.
 */
import { html, LitElement, type TemplateResult } from 'lit';
import '../src/index.js';

class BenchBaseline extends LitElement {
  override render(): TemplateResult {
    return html`<div>
      <h3>Michael Kovrig</h3>
      <p>Canadian</p>
    </div>`;
  }
}
customElements.define('bench-baseline', BenchBaseline);

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

const ROUNDS = 7;
const host = document.createElement('div');
document.body.append(host);

/** Milliseconds to create `count` elements from markup and let them render. */
async function timeRender(markup: string, count: number): Promise<number> {
  host.replaceChildren();
  const start = performance.now();
  host.innerHTML = markup.repeat(count);
  await Promise.all([...host.children].map((el) => (el as Updatable).updateComplete));
  // Layout is part of what a reader waits for.
  void host.offsetHeight;
  return performance.now() - start;
}

async function timeLanguageSwitch(count: number): Promise<number> {
  host.replaceChildren();
  host.lang = 'en';
  host.innerHTML = '<person-card person="michael-kovrig"></person-card>'.repeat(count);
  await Promise.all([...host.children].map((el) => (el as Updatable).updateComplete));
  const start = performance.now();
  host.lang = 'fr';
  await new Promise((resolve) => setTimeout(resolve));
  await Promise.all([...host.children].map((el) => (el as Updatable).updateComplete));
  void host.offsetHeight;
  const time = performance.now() - start;
  host.removeAttribute('lang');
  return time;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measure(name: string, run: () => Promise<number>): Promise<[string, number]> {
  await run(); // warm-up: module code compiled, formatters built
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) times.push(await run());
  return [name, median(times)];
}

describe('render benchmark (timings are reported, not asserted)', () => {
  it('measures', async function () {
    this.timeout(120_000);
    const N = 100;
    const results = [
      await measure(`baseline: ${N} minimal Lit elements`, () => timeRender('<bench-baseline></bench-baseline>', N)),
      await measure(`${N} <person-card>`, () => timeRender('<person-card person="michael-kovrig"></person-card>', N)),
      await measure(`${N} <person-card as-of>`, () =>
        timeRender('<person-card person="michael-kovrig" as-of="2020-11-20"></person-card>', N),
      ),
      await measure(`${N} <quote-block show-original>`, () =>
        timeRender('<quote-block quote="zhao-lijian-2020-11-20" show-original></quote-block>', N),
      ),
      await measure(`${N} <case-summary>`, () => timeRender('<case-summary></case-summary>', N)),
      await measure(`10 <case-timeline> (29 events each)`, () => timeRender('<case-timeline></case-timeline>', 10)),
      await measure(`10 <case-sources> (63 sources each)`, () => timeRender('<case-sources></case-sources>', 10)),
      await measure(`${N} <person-card> switching en → fr`, () => timeLanguageSwitch(N)),
    ];
    const baseline = results[0]![1];
    const lines = results.map(
      ([name, ms]) =>
        `${name.padEnd(42)} ${ms.toFixed(1).padStart(8)} ms   ${(ms / baseline).toFixed(1).padStart(6)} × baseline`,
    );
    console.log(`\nmedian of ${ROUNDS} rounds, headless Chromium\n${lines.join('\n')}`);
  });
});
