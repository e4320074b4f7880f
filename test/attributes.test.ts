import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';
import { story } from '../src/data/story.js';
import { inlineStoryScript, watchWarnings } from './helpers.js';

/**
 * One valid, non-default value for every attribute of every widget. The test
 * below fails when an element gains an attribute that is missing here, so no
 * attribute escapes the "comes and goes" contract.
 */
const SAMPLES: Record<string, Record<string, string>> = {
  'person-card': { person: 'michael-kovrig', variant: 'compact' },
  'quote-block': { quote: 'zhao-lijian-2020-11-20', person: 'justin-trudeau', 'show-original': '' },
  'case-summary': { case: 'meng-wanzhou-two-michaels', variant: 'brief' },
  'case-timeline': { person: 'michael-spavor', from: '2019-01-01', to: '2020-12-31', limit: '3' },
  'case-sides': {},
  'case-corrections': {},
  'case-sources': { for: 'michael-kovrig' },
};
const COMMON = { 'as-of': '2020-11-25', theme: 'dark', 'structured-data': '', corrections: '' };
/** Every widget with a heading of its own; <quote-block> has none. */
const HEADED = { 'heading-level': '4' };

type Widget = LitElement & Record<string, unknown>;

function attributesOf(tag: string): Map<string, string> {
  const ctor = customElements.get(tag) as unknown as typeof LitElement;
  const attributes = new Map<string, string>();
  for (const [name, options] of ctor.elementProperties) {
    if (options.state || options.attribute === false) continue;
    attributes.set(
      typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase(),
      String(name),
    );
  }
  return attributes;
}

async function render(tag: string, attributes: Record<string, string>): Promise<Widget> {
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/** What the widget shows and publishes, without Lit's marker comments or the ids each render numbers anew. */
function output(el: Widget): string {
  const shadow = (el.shadowRoot?.innerHTML ?? '')
    .replace(/<!--[^]*?-->/g, '')
    .replace(/casefile-([a-z-]+)-\d+/g, 'casefile-$1');
  const jsonLd = el.querySelector('script[type="application/ld+json"]')?.textContent ?? '';
  return `${shadow}\n${jsonLd}`;
}

describe('attributes come and go', () => {
  let warnings: ReturnType<typeof watchWarnings>;
  beforeEach(() => (warnings = watchWarnings()));
  afterEach(() => {
    warnings.restore();
    document.body.replaceChildren();
  });

  for (const [tag, own] of Object.entries(SAMPLES)) {
    const all = { ...own, ...COMMON, ...(tag === 'quote-block' ? {} : HEADED) };

    it(`<${tag}>: every attribute has a sample value here`, () => {
      expect([...attributesOf(tag).keys()].sort()).to.deep.equal(Object.keys(all).sort());
    });

    for (const attribute of Object.keys(all)) {
      const without = Object.fromEntries(Object.entries(all).filter(([name]) => name !== attribute));

      it(`<${tag}>: removing ${attribute}, or setting its property to null or undefined, renders as if it was never set`, async () => {
        const expected = output(await render(tag, without));
        const property = attributesOf(tag).get(attribute)!;

        const removed = await render(tag, all);
        removed.removeAttribute(attribute);
        await removed.updateComplete;
        expect(output(removed), 'attribute removed').to.equal(expected);

        for (const empty of [null, undefined]) {
          const cleared = await render(tag, all);
          cleared[property] = empty;
          await cleared.updateComplete;
          expect(output(cleared), `property set to ${String(empty)}`).to.equal(expected);
        }
      });
    }
  }

  it('<case-data>: removing as-of, or setting src to null, leaves the widgets inside as without them', async () => {
    const host = document.createElement('div');
    const inline = inlineStoryScript(story);
    host.innerHTML = `<case-data as-of="2020-11-20">${inline}<person-card person="michael-kovrig"></person-card></case-data>
      <case-data>${inline}<person-card person="michael-kovrig"></person-card></case-data>`;
    document.body.append(host);
    const [provider] = [...host.querySelectorAll('case-data')] as unknown as Widget[];
    const [card, plain] = [...host.querySelectorAll('person-card')] as unknown as Widget[];
    const settled = async () => {
      for (let i = 0; i < 100 && !(card!.shadowRoot?.textContent ?? '').includes('Kovrig'); i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      for (let i = 0; i < 100 && !(plain!.shadowRoot?.textContent ?? '').includes('Kovrig'); i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await card!.updateComplete;
    };
    await settled();
    expect(output(card!)).not.to.equal(output(plain!));

    provider!.removeAttribute('as-of');
    provider!.src = null;
    await provider!.updateComplete;
    await settled();
    expect(output(card!)).to.equal(output(plain!));
    expect(provider!.src).to.equal('');
  });
});
