import { expect } from '@open-wc/testing';

// The demo pages as a reviewer opens them: every widget renders, nothing
// errors, and axe finds no violation on the page as a whole.

type AxeWindow = Window & {
  axe: { run: (context: Document) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
};

async function open(path: string, width = 1280): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  for (let i = 0; i < 200 && !win.customElements.get('case-summary'); i++) await new Promise((r) => setTimeout(r, 25));
  await new Promise((r) => setTimeout(r, 500));
  return frame;
}

async function axe(frame: HTMLIFrameElement) {
  const doc = frame.contentDocument!;
  const script = doc.createElement('script');
  script.src = '/node_modules/axe-core/axe.min.js';
  const ready = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  doc.head.append(script);
  await ready;
  const { violations } = await (frame.contentWindow as AxeWindow).axe.run(doc);
  return violations.map((v) => `${v.id} (${v.nodes.length})`);
}

describe('the demo pages', function () {
  this.timeout(30_000);
  const warn = console.warn;
  before(() => (console.warn = () => {}));
  after(() => (console.warn = warn));

  for (const page of ['/demo/index.html', '/demo/article.html', '/demo/builder.html']) {
    it(`${page}: every widget renders, and axe finds nothing`, async () => {
      const frame = await open(page);
      const doc = frame.contentDocument!;
      const widgets = [
        ...doc.querySelectorAll('person-card, quote-block, case-summary, case-timeline, case-sides, case-sources'),
      ];
      expect(widgets.length).to.be.greaterThan(0);
      for (const widget of widgets) expect(widget.shadowRoot, widget.outerHTML.slice(0, 80)).to.exist;
      expect(await axe(frame)).to.deep.equal([]);
      if (page === '/demo/index.html') {
        // The snippets are the markup as written, read before the elements upgrade and reflect their defaults.
        const snippets = [...doc.querySelectorAll('pre code')].map((code) => code.textContent!);
        expect(snippets.length).to.be.greaterThan(10);
        expect(snippets.some((text) => text.includes('<person-card person="michael-kovrig"'))).to.equal(true);
        for (const text of snippets) expect(text).not.to.contain('theme="auto"');
      }
      frame.remove();
    });
  }
});

describe('the embed-code builder', function () {
  this.timeout(30_000);
  const warn = console.warn;
  before(() => (console.warn = () => {}));
  after(() => (console.warn = warn));

  it('passes the iframe’s colours and font to snippet (c), and leaves out and marks one embed.html would ignore', async () => {
    const frame = await open(
      '/demo/builder.html#widget=quote-block&quote=zhao-lijian-2020-11-20&color=%23222&accent=banana&font=Georgia,%20serif',
    );
    const doc = frame.contentDocument!;
    const snippet = doc.getElementById('snippet-iframe')!.textContent!.replace(/\s+/g, '');
    expect(snippet).to.contain('color=%23222').and.contain('font=Georgia%2C+serif');
    expect(snippet).not.to.contain('accent');
    expect(doc.getElementById('snippet-script')!.textContent).not.to.contain('color');
    const accent = doc.getElementById('look-accent')!;
    expect(accent.getAttribute('aria-invalid')).to.equal('true');
    expect(doc.getElementById('look-accent-error')!.hidden).to.equal(false);
    expect((doc.getElementById('preview-iframe') as HTMLIFrameElement).src).to.contain('color=%23222');
    frame.remove();
  });

  it('says “Copied” in a live region when it copies', async () => {
    const frame = await open('/demo/builder.html');
    const win = frame.contentWindow! as Window & typeof globalThis;
    const copied: string[] = [];
    Object.defineProperty(win.navigator, 'clipboard', {
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    const button = frame.contentDocument!.querySelector<HTMLButtonElement>('button[data-copy="snippet-iframe"]')!;
    const status = button.parentElement!.querySelector('[role="status"]')!;
    expect(status.textContent).to.equal('');
    button.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(status.textContent).to.equal('Copied');
    expect(copied[0]).to.contain('embed.html?widget=person-card');
    frame.remove();
  });
});

describe('the article demo as a reader sees it', function () {
  this.timeout(30_000);

  it('on a narrow screen, reads “People in this story” after the argument and before the sources', async () => {
    const frame = await open('/demo/article.html', 400);
    const doc = frame.contentDocument!;
    const people = doc.querySelector('aside[aria-labelledby="sidebar-heading"]')!;
    const sources = doc.querySelector('case-sources')!;
    const summary = doc.querySelectorAll('case-summary')[1]!;
    // In the markup, so a screen reader meets it there too.
    expect(people.compareDocumentPosition(sources) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(people.compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    const top = (el: Element) => el.getBoundingClientRect().top;
    expect(top(people)).to.be.below(top(summary));
    expect(top(people)).to.be.below(top(sources));
    expect(people.getBoundingClientRect().width).to.be.above(300);
    frame.remove();
  });

  it('on a wide screen, sets it at the top of the column beside the article', async () => {
    const frame = await open('/demo/article.html', 1280);
    const doc = frame.contentDocument!;
    const people = doc.querySelector('aside[aria-labelledby="sidebar-heading"]')!.getBoundingClientRect();
    const main = doc.querySelector('main')!.getBoundingClientRect();
    const about = doc.querySelector('aside[aria-labelledby="about-heading"]')!.getBoundingClientRect();
    expect(people.left).to.be.above(main.right);
    expect(Math.abs(people.top - main.top)).to.be.below(40);
    expect(Math.abs(about.left - people.left)).to.be.below(1);
    expect(about.top).to.be.above(people.bottom);
    frame.remove();
  });
});
