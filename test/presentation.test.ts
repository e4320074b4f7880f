import { expect } from '@open-wc/testing';

// The widgets as a reader sees them in the demo article on a phone: how much
// of the page each takes, and how small their text gets. Sizes, never timings.

type Updatable = Element & { updateComplete?: Promise<unknown> };

async function article(width: number): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '800px';
  frame.style.border = '0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/demo/article.html';
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  for (let i = 0; i < 200 && !win.customElements.get('case-timeline'); i++) await new Promise((r) => setTimeout(r, 25));
  const doc = frame.contentDocument!;
  await settled(doc);
  return doc;
}

async function settled(doc: Document): Promise<void> {
  const widgets = [...doc.querySelectorAll<Updatable>('*')].filter((el) => el.localName.includes('-'));
  await Promise.all(widgets.map((el) => el.updateComplete));
  await new Promise((r) => setTimeout(r, 100));
}

const height = (el: Element) => el.getBoundingClientRect().height;

/** Every element inside a widget's shadow root that holds text of its own. */
function textHolders(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].filter((el) =>
    [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== ''),
  );
}

describe('the demo article at 375 px', function () {
  this.timeout(30_000);
  let doc: Document;
  before(async () => {
    doc = await article(375);
  });
  after(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('keeps the default timeline within 1,600 px', () => {
    const timeline = doc.querySelector('case-timeline')!;
    expect(height(timeline)).to.be.within(1, 1600);
  });

  it('keeps the full summary within 1,400 px', () => {
    const summary = [...doc.querySelectorAll('case-summary')].find((el) => el.getAttribute('variant') !== 'brief')!;
    expect(height(summary)).to.be.within(1, 1400);
  });

  it('keeps a full person card within 900 px in the article column', async () => {
    const card = doc.createElement('person-card');
    card.setAttribute('person', 'michael-kovrig');
    doc.querySelector('case-timeline')!.before(card);
    await (card as Updatable).updateComplete;
    expect(height(card)).to.be.within(1, 900);
    card.remove();
  });

  it('never sets widget text under 13 px, nor under 0.85 of the widget’s own size', () => {
    const view = doc.defaultView!;
    const widgets = [...doc.querySelectorAll('*')].filter((el) => el.shadowRoot && el.localName.includes('-'));
    expect(widgets.length).to.be.greaterThan(8);
    for (const widget of widgets) {
      const base = parseFloat(view.getComputedStyle(widget).fontSize);
      for (const el of textHolders(widget.shadowRoot!)) {
        if (el.closest('details:not([open])') && el.localName !== 'summary' && !el.closest('summary')) continue;
        const size = parseFloat(view.getComputedStyle(el).fontSize);
        const where = `<${widget.localName}> ${el.localName}.${el.className}: ${size}px of ${base}px`;
        expect(size, where).to.be.at.least(13);
        expect(size / base, where).to.be.at.least(0.85);
      }
    }
  });
});
