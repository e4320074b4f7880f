import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { CaseData } from '../src/elements/case-data/case-data.js';
import type { CasefileErrorEvent } from '../src/elements/case-data/casefile-error-event.js';
import { part, visibleText, watchWarnings } from './helpers.js';

const EXAMPLE = '/demo/stories/fictional-harbour-inquiry.json';
const exampleJson = async () => (await (await fetch(EXAMPLE)).text()) as string;

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Waits until `check` holds, for what arrives by fetch and dynamic import. */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await settle();
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

function watchErrors(): { messages: string[]; restore: () => void } {
  const original = console.error;
  const messages: string[] = [];
  console.error = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.error = original) };
}

describe('<case-data>', () => {
  it('gives the widgets inside it an inline dataset; widgets outside keep the bundled story', async () => {
    const json = await exampleJson();
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = `<case-data><script type="application/json">${json}</script>
      <person-card person="varga"></person-card></case-data>
      <person-card person="michael-kovrig"></person-card>`;
    const [inside, outside] = wrapper.querySelectorAll('person-card');
    await until(() => visibleText(inside!).includes('Ines Varga'), 'the inline story');
    expect(part(inside!, 'role')!.textContent).to.contain('pier inquiry');
    await until(() => visibleText(outside!).includes('Michael Kovrig'), 'the bundled story outside');
  });

  it('fetches a dataset from src once, however many providers share it', async () => {
    const original = window.fetch;
    const calls: string[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push(String(input));
      return original(input, init);
    };
    try {
      const src = `${EXAMPLE}?shared`;
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <case-data src=${src}><quote-block person="tomas-reid"></quote-block></case-data>
          <case-data src=${src}><case-timeline></case-timeline></case-data>
        </div>
      `);
      const quote = wrapper.querySelector('quote-block')!;
      const timeline = wrapper.querySelector('case-timeline')!;
      await until(() => visibleText(quote).includes('before we build another one'), 'the quote');
      await until(() => visibleText(timeline).includes('pier collapses'), 'the timeline');
      expect(calls.filter((url) => url.includes('?shared'))).to.have.length(1);
    } finally {
      window.fetch = original;
    }
  });

  it('shows nothing of another story while its own is loading', async () => {
    const original = window.fetch;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      await gate;
      return original(input, init);
    };
    try {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div><case-data src=${`${EXAMPLE}?slow`}><case-summary></case-summary></case-data></div>
      `);
      const summary = wrapper.querySelector('case-summary')!;
      await settle();
      expect(part(summary, 'base')!.getAttribute('aria-busy')).to.equal('true');
      expect(visibleText(summary)).not.to.contain('Kovrig');
      release();
      await until(() => visibleText(summary).includes('Port Alder'), 'the fetched story');
    } finally {
      window.fetch = original;
    }
  });

  it('sets as-of and lang for everything inside it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div><case-data as-of="2020-11-20" lang="fr"><person-card person="michael-kovrig"></person-card></case-data></div>
    `);
    const card = wrapper.querySelector('person-card')!;
    await until(() => visibleText(card).includes('711'), 'the as-of from the provider');
    expect(visibleText(card)).to.contain('Nationalité');
    card.setAttribute('as-of', '2019-01-01');
    await until(() => visibleText(card).includes('22 jours'), 'the widget\'s own as-of to win');
  });

  describe('on bad data', () => {
    const cases: [string, () => Promise<string>, RegExp][] = [
      ['a failed fetch', async () => `<case-data src="/demo/stories/missing.json">`, /404/],
      ['malformed JSON', async () => `<case-data><script type="application/json">{"people": [</script>`, /malformed/],
      [
        'a dataset that breaks the schema',
        async () => {
          const json = JSON.parse(await exampleJson()) as { people: { name: Record<string, string> }[] };
          delete json.people[1]!.name.en;
          return `<case-data><script type="application/json">${JSON.stringify(json)}</script>`;
        },
        /people\[1\]\.name\.en/,
      ],
    ];
    for (const [what, open, reason] of cases) {
      it(`${what}: a visible notice, one console.error, a casefile-error event, and the bundled story`, async () => {
        const errors = watchErrors();
        try {
          const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
          const failed = oneEvent(wrapper, 'casefile-error') as Promise<CasefileErrorEvent>;
          wrapper.innerHTML = `${await open()}<person-card person="michael-kovrig"></person-card></case-data>`;
          const event = await failed;
          expect(event.errors.length).to.be.greaterThan(0);
          expect(event.errors.map((e) => `${e.path}: ${e.message}`).join(' ')).to.match(reason);
          expect(event.bubbles && event.composed).to.equal(true);
          const provider = wrapper.querySelector('case-data') as CaseData;
          await provider.updateComplete;
          const note = provider.shadowRoot!.querySelector('[role="note"]')!;
          expect(note.textContent).to.match(reason);
          expect(note.textContent).to.contain('bundled story');
          const card = wrapper.querySelector('person-card')!;
          await until(() => visibleText(card).includes('Michael Kovrig'), 'the bundled story');
          expect(errors.messages).to.have.length(1);
          expect(errors.messages[0]).to.match(reason);
          await expect(provider).to.be.accessible();
        } finally {
          errors.restore();
        }
      });
    }
  });

  it('is accessible with its widgets', async () => {
    const warnings = watchWarnings();
    try {
      const json = await exampleJson();
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.innerHTML = `<case-data><script type="application/json">${json}</script><case-sides></case-sides></case-data>`;
      const sides = wrapper.querySelector('case-sides')!;
      await until(() => visibleText(sides).includes('Port Alder'), 'the sides');
      await expect(wrapper).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });
});
