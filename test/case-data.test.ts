import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { CaseData } from '../src/elements/case-data/case-data.js';
import type { CasefileErrorEvent } from '../src/elements/case-data/casefile-error-event.js';
import { story } from '../src/data/story.js';
import { expectNoticeShape, inlineStoryScript, part, visibleText, watchWarnings } from './helpers.js';

const EXAMPLE = '/demo/stories/fictional-harbour-inquiry.json';
const exampleJson = async () => (await (await fetch(EXAMPLE)).text()) as string;

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Waits until `check` holds, for what arrives by fetch and dynamic import. */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await settle();
  if (!check()) throw new Error(`timed out waiting for ${what}`);
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
        <div>
          <case-data src=${`${EXAMPLE}?slow`}><case-summary></case-summary></case-data>
        </div>
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
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = `<case-data as-of="2020-11-20" lang="fr">${inlineStoryScript(story)}
      <person-card person="michael-kovrig"></person-card></case-data>`;
    const card = wrapper.querySelector('person-card')!;
    await until(() => visibleText(card).includes('711'), 'the as-of from the provider');
    expect(visibleText(card)).to.contain('Nationalité');
    card.setAttribute('as-of', '2019-01-01');
    await until(() => visibleText(card).includes('22 jours'), "the widget's own as-of to win");
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
      it(`${what}: a visible notice, one console.warn, a casefile-error event, and no other story`, async () => {
        const errors = watchWarnings();
        try {
          const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
          const failed = oneEvent(wrapper, 'casefile-error') as Promise<CasefileErrorEvent>;
          wrapper.innerHTML = `${await open()}<person-card person="michael-kovrig"><p>The newsroom’s fallback</p></person-card></case-data>`;
          const event = await failed;
          expect(event.errors.length).to.be.greaterThan(0);
          expect(event.errors.map((e) => `${e.path}: ${e.message}`).join(' ')).to.match(reason);
          expect(event.bubbles && event.composed).to.equal(true);
          const provider = wrapper.querySelector('case-data') as CaseData;
          await provider.updateComplete;
          const note = provider.shadowRoot!.querySelector<HTMLElement>('[role="note"]')!;
          const { line, details } = expectNoticeShape(note);
          expect(line).to.equal('This part of the story could not be shown.');
          expect(details).to.match(reason);
          expect(details).to.contain('show nothing of it');
          const card = wrapper.querySelector('person-card')!;
          await until(() => card.shadowRoot?.querySelector('slot') !== null, 'the fallback HTML in view');
          await settle();
          expect(visibleText(card), 'no other story').to.equal('');
          const slot = card.shadowRoot!.querySelector('slot')!;
          expect(slot.assignedElements()[0]!.textContent).to.equal('The newsroom’s fallback');
          expect(errors.messages).to.have.length(1);
          expect(errors.messages[0]).to.match(reason);
          await expect(provider).to.be.accessible();
        } finally {
          errors.restore();
        }
      });
    }
  });

  it('leaves no gap in the article for widgets that have nothing to show once its story fails', async () => {
    const errors = watchWarnings();
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const failed = oneEvent(wrapper, 'casefile-error');
      wrapper.innerHTML = `<case-data src="/demo/stories/missing.json"><case-sides></case-sides><person-card person="michael-kovrig"><p>The newsroom’s fallback</p></person-card></case-data>`;
      await failed;
      const [sides, card] = [wrapper.querySelector('case-sides')!, wrapper.querySelector('person-card')!];
      await until(() => sides.matches(':state(failed)') && card.matches(':state(failed)'), 'the widgets give up');
      expect(getComputedStyle(sides).marginBlockStart).to.equal('0px');
      expect(sides.getBoundingClientRect().height).to.equal(0);
      // One with the page's own HTML keeps its place around it.
      expect(getComputedStyle(card).marginBlockStart).to.not.equal('0px');
    } finally {
      errors.restore();
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

describe('<case-data> when the network or the page misbehaves', () => {
  let original: typeof window.fetch;
  let errors: ReturnType<typeof watchWarnings>;
  beforeEach(() => {
    original = window.fetch;
    errors = watchWarnings();
  });
  afterEach(() => {
    window.fetch = original;
    errors.restore();
  });

  /** Answers each fetch of `marker` with the next of `answers`, and counts them. */
  function scriptFetch(marker: string, answers: (() => Promise<Response>)[]): { calls: () => number } {
    let calls = 0;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if (!String(input).includes(marker)) return original(input, init);
      const answer = answers[Math.min(calls, answers.length - 1)]!;
      calls++;
      return answer();
    };
    return { calls: () => calls };
  }

  const never = () => new Promise<Response>(() => {});
  const unavailable = async () => new Response('busy', { status: 503, statusText: 'Service Unavailable' });
  const story = async () => new Response(await exampleJson(), { headers: { 'content-type': 'application/json' } });

  it('gives up on a src that never answers after `timeout` seconds, with the error path', async () => {
    scriptFetch('?never', [never]);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const failed = oneEvent(wrapper, 'casefile-error') as Promise<CasefileErrorEvent>;
    wrapper.innerHTML = `<case-data src="${EXAMPLE}?never" timeout="0.2"><case-summary></case-summary></case-data>`;
    const event = await failed;
    expect(event.errors[0]!.message).to.match(/did not answer within 0\.2 s/);
    const summary = wrapper.querySelector('case-summary')!;
    await until(() => part(summary, 'base')?.getAttribute('aria-busy') === null, 'the end of the wait');
    expect(visibleText(summary)).to.equal('');
  });

  it('does not keep a failure: a later provider with the same src asks again and gets the story', async () => {
    const fetches = scriptFetch('?flaky', [unavailable, story]);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const failed = oneEvent(wrapper, 'casefile-error');
    wrapper.innerHTML = `<case-data src="${EXAMPLE}?flaky"><person-card person="varga"></person-card></case-data>`;
    await failed;
    const later = document.createElement('div');
    later.innerHTML = `<case-data src="${EXAMPLE}?flaky"><person-card person="varga"></person-card></case-data>`;
    wrapper.append(later);
    await until(() => visibleText(later.querySelector('person-card')!).includes('Ines Varga'), 'the retried story');
    expect(fetches.calls()).to.equal(2);
  });

  it('reload() fetches again after a failure', async () => {
    const fetches = scriptFetch('?reload', [unavailable, story]);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const failed = oneEvent(wrapper, 'casefile-error');
    wrapper.innerHTML = `<case-data src="${EXAMPLE}?reload"><person-card person="varga"></person-card></case-data>`;
    await failed;
    const provider = wrapper.querySelector('case-data') as CaseData;
    provider.reload();
    const card = wrapper.querySelector('person-card')!;
    await until(() => visibleText(card).includes('Ines Varga'), 'the reloaded story');
    await provider.updateComplete;
    expect(provider.shadowRoot!.querySelector('[role="note"]')).to.equal(null);
    expect(fetches.calls()).to.equal(2);
  });

  it('drops the answer for a src that has since changed', async () => {
    let releaseOld!: () => void;
    const oldAnswer = new Promise<void>((resolve) => (releaseOld = resolve));
    scriptFetch('?old', [
      async () => {
        await oldAnswer;
        return new Response('{"not": "a story"}', { headers: { 'content-type': 'application/json' } });
      },
    ]);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = `<case-data src="${EXAMPLE}?old"><person-card person="varga"></person-card></case-data>`;
    const provider = wrapper.querySelector('case-data') as CaseData;
    await provider.updateComplete;
    provider.src = `${EXAMPLE}?new`;
    const card = wrapper.querySelector('person-card')!;
    await until(() => visibleText(card).includes('Ines Varga'), 'the new src');
    releaseOld();
    await settle();
    await settle();
    expect(visibleText(card)).to.contain('Ines Varga');
    expect(errors.messages).to.deep.equal([]);
  });

  it('loads inline JSON that arrives after the element started, and again when it changes', async () => {
    const json = await exampleJson();
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = `<case-data><person-card person="varga"></person-card></case-data>`;
    const provider = wrapper.querySelector('case-data') as CaseData;
    await provider.updateComplete;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    provider.prepend(script);
    const card = wrapper.querySelector('person-card')!;
    await until(() => visibleText(card).includes('Ines Varga'), 'the late inline story');
    script.textContent = json.replace('"en": "Ines Varga"', '"en": "Ines Varga-Lind"');
    await until(() => visibleText(card).includes('Ines Varga-Lind'), 'the changed inline story');
  });
});

describe('<case-data> without a story', () => {
  it('shows nothing of the bundled story inside it, and, once the page has loaded, says it has no story', async () => {
    const warnings = watchWarnings();
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const failed = oneEvent(wrapper, 'casefile-error') as Promise<CasefileErrorEvent>;
      // A typo for src, as a page may well make.
      wrapper.innerHTML = `<case-data scr="/demo/stories/fictional-harbour-inquiry.json"><person-card person="michael-kovrig"><p>The newsroom’s fallback</p></person-card></case-data>`;
      const event = await failed;
      expect(event.errors[0]!.message).to.match(/no story/);
      const card = wrapper.querySelector('person-card')!;
      await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(visibleText(card)).to.equal('');
      expect(card.shadowRoot!.querySelector('slot')!.assignedElements()[0]!.textContent).to.equal(
        'The newsroom’s fallback',
      );
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.match(/has no story/);
    } finally {
      warnings.restore();
    }
  });
});
