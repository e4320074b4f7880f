// The fallback HTML that `casefile fallback` writes inside a tag, in a browser:
// readable with JavaScript off, and replaced, not doubled, once the widget
// upgrades. The HTML comes from test/fixtures/fallback/, which
// test/fallback.test.mjs keeps equal to what the CLI prints (this page cannot
// run the server renderer, which needs Node).
import { expect } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import type { CaseElement } from '../src/internal/case-element.js';
import { linkStylesheet } from './helpers.js';

const FIXTURES = [
  'person-card.en.html',
  'person-card.fr.html',
  'quote-block.en.html',
  'case-summary.fr.html',
  'case-sides.en.html',
  'case-corrections.en.html',
  'quote-block.original.en.html',
] as const;
type Fixture = (typeof FIXTURES)[number];

/** The article column both renderings are measured in. */
const COLUMN = 640;

async function load(name: Fixture): Promise<string> {
  const response = await fetch(new URL(`./fixtures/fallback/${name}`, import.meta.url));
  expect(response.ok, name).to.be.true;
  return response.text();
}

/** A page with scripts disabled (`sandbox` without `allow-scripts`) that the test may still read. */
async function pageWithoutJavaScript(body: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.width = `${COLUMN}px`;
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>
    <script>document.title = 'scripts ran';</script>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

const readable = (text: string) => text.replace(/\s+/g, ' ');

describe('fallback HTML with JavaScript disabled', () => {
  const expected: Record<Fixture, { tag: string; heading?: string; facts: string[] }> = {
    'person-card.en.html': {
      tag: 'person-card',
      heading: 'h3',
      facts: ['Michael Kovrig', 'Senior adviser for North East Asia', 'Canadian', '24 September 2021', '1,019 days'],
    },
    'person-card.fr.html': {
      tag: 'person-card',
      heading: 'h3',
      facts: ['Michael Kovrig', 'Conseiller principal pour l’Asie du Nord-Est', 'canadienne', '24 septembre 2021'],
    },
    'quote-block.en.html': {
      tag: 'quote-block',
      facts: ['… no matter how much the Canadian government covers up the truth', 'Zhao Lijian', '20 November 2020'],
    },
    'case-summary.fr.html': {
      tag: 'case-summary',
      heading: 'h3',
      facts: ['Personnes clés', 'Dates clés', '10 décembre 2018', 'Michael Spavor'],
    },
    'case-sides.en.html': {
      tag: 'case-sides',
      heading: 'h3',
      facts: ['Government of Canada', 'arbitrary detention', '19 November 2020'],
    },
    'case-corrections.en.html': {
      tag: 'case-corrections',
      heading: 'h3',
      facts: ['Correction', 'Clarification', 'Dominic Barton', 'Mr. Baldwin'],
    },
    'quote-block.original.en.html': {
      tag: 'quote-block',
      facts: ['no matter how much the Canadian government', '无论加政府如何掩盖真相', 'Zhao Lijian'],
    },
  };

  for (const name of FIXTURES) {
    it(`shows the facts of ${name} as rendered text, with dates and links`, async () => {
      const { tag, heading, facts } = expected[name];
      const doc = await pageWithoutJavaScript(await load(name));
      expect(doc.title, 'the frame runs no script').not.to.equal('scripts ran');
      expect(doc.defaultView!.customElements.get(tag)).to.equal(undefined);
      const text = readable(doc.body.innerText);
      for (const fact of facts) expect(text).to.contain(fact);
      if (heading) expect(doc.querySelector(`${tag} ${heading}`)!.getClientRects().length).to.be.greaterThan(0);
      const time = doc.querySelector(`${tag} time[datetime]`)!;
      expect(time.getClientRects().length).to.be.greaterThan(0);
      expect(time.getAttribute('datetime')).to.match(/^\d{4}(-\d\d){0,2}$/);
      const links = [...doc.querySelectorAll<HTMLAnchorElement>(`${tag} a[href]`)];
      expect(links.length).to.be.greaterThan(0);
      for (const link of links) {
        expect(link.protocol).to.match(/^https?:$/);
        expect(link.getClientRects().length).to.be.greaterThan(0);
      }
    });
  }
});

interface A11yNode {
  role: string;
  name: string;
  children?: A11yNode[];
}

function a11yNodes(node: A11yNode | null, test: (node: A11yNode) => boolean): A11yNode[] {
  if (!node) return [];
  return [...(test(node) ? [node] : []), ...(node.children ?? []).flatMap((child) => a11yNodes(child, test))];
}

const kovrigHeadings = (snapshot: A11yNode | null) =>
  a11yNodes(snapshot, (node) => node.role === 'heading' && node.name === 'Michael Kovrig').length;

/**
 * The accessibility tree, from the test runner's `a11ySnapshot` command, or
 * undefined where the runner was started without that plugin.
 */
async function accessibilityTree(): Promise<A11yNode | null | undefined> {
  try {
    return (await a11ySnapshot({})) as unknown as A11yNode | null;
  } catch {
    return undefined;
  }
}

describe('fallback HTML when the widget upgrades', () => {
  const column = document.createElement('div');
  const boxes = new Map<Fixture, HTMLElement>();
  const heightBefore = new Map<Fixture, number>();
  const heightAfter = new Map<Fixture, number>();
  let treeBefore: A11yNode | null | undefined;

  const widget = (name: Fixture) => boxes.get(name)!.firstElementChild as CaseElement;

  before(async () => {
    // The stylesheet a page links to lay the fallback out like the widgets.
    await linkStylesheet('/dist/fallback.css');
    column.style.width = `${COLUMN}px`;
    document.body.append(column);
    for (const name of FIXTURES) {
      // flow-root: the box's height includes its children's margins, as the article's layout does.
      const box = document.createElement('div');
      box.style.display = 'flow-root';
      box.innerHTML = await load(name);
      column.append(box);
      boxes.set(name, box);
      heightBefore.set(name, box.getBoundingClientRect().height);
    }
    treeBefore = await accessibilityTree();
    // The page loads the library only now, as a page whose script arrives after its HTML.
    await import('../src/index.js');
    for (const name of FIXTURES) {
      await widget(name).updateComplete;
      heightAfter.set(name, boxes.get(name)!.getBoundingClientRect().height);
    }
  });

  after(() => column.remove());

  it('renders the widget in its shadow root, which has no <slot> for the fallback', () => {
    for (const name of FIXTURES) {
      const el = widget(name);
      expect(el.shadowRoot, name).to.exist;
      expect(el.shadowRoot!.querySelector('slot'), name).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="base"]'), name).to.exist;
    }
    expect(widget('person-card.en.html').shadowRoot!.querySelector('h3')!.textContent!.trim()).to.equal(
      'Michael Kovrig',
    );
  });

  it('keeps the fallback in the light DOM but renders none of it', () => {
    for (const name of FIXTURES) {
      const light = [...widget(name).querySelectorAll('*')];
      expect(light.length, name).to.be.greaterThan(0);
      for (const node of light) {
        expect(node.getClientRects().length, `${name}: ${node.localName}`).to.equal(0);
        expect(node.checkVisibility(), `${name}: ${node.localName}`).to.be.false;
      }
    }
    const shadowHeading = widget('person-card.en.html').shadowRoot!.querySelector('h3')!;
    expect(shadowHeading.checkVisibility()).to.be.true;
  });

  it('leaves one copy of the content in the accessibility tree, the widget’s', async function () {
    const treeAfter = await accessibilityTree();
    // The tree comes from a test-runner plugin (a11ySnapshotPlugin) the config may not load.
    if (treeBefore === undefined || treeAfter === undefined) this.skip();
    expect(kovrigHeadings(treeBefore!), 'before: the two fallbacks').to.equal(2);
    expect(kovrigHeadings(treeAfter!), 'after: the two widgets, not four').to.equal(2);
    const quote = (node: A11yNode) => node.name.includes('no matter how much the Canadian government');
    expect(a11yNodes(treeAfter!, quote).length).to.be.at.most(a11yNodes(treeBefore!, quote).length);
  });

  it('takes about the same height before and after the upgrade, with dist/fallback.css', () => {
    for (const name of FIXTURES) {
      const [was, is] = [heightBefore.get(name)!, heightAfter.get(name)!];
      expect(Math.abs(is - was) / is, `${name}: ${was.toFixed(0)} → ${is.toFixed(0)} px`).to.be.below(0.05);
    }
  });

  it('is accessible once upgraded', async () => {
    for (const name of FIXTURES) await expect(widget(name)).to.be.accessible();
  });
});
