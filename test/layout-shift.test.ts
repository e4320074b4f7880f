import { expect } from '@open-wc/testing';

// The demo article as a reader on a slow connection gets it: the HTML (with
// the fallback the build writes into every widget tag) paints first, the
// script arrives after. Layout shift is measured from then on, at the widths
// of a phone and of a desktop. A size, not a timing: the script is added only
// after the page has painted, however fast the machine. (Without the fallback
// HTML the same measure gives about 0.35 at both widths; with it, about 0.01.)

type ShiftEntry = PerformanceEntry & { value: number; hadRecentInput: boolean };

async function shiftWhenWidgetsArrive(width: number): Promise<number> {
  const source = await (await fetch('/demo/article.html')).text();
  const script = /<script type="module" src="([^"]+)"><\/script>/.exec(source);
  expect(script, 'the article loads its widgets with one module script').to.exist;
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  // A tall viewport: a shift counts only where it is seen, so this sees more of the article move than a phone would.
  frame.style.height = '2400px';
  // On screen: a frame outside the viewport is not rendered, and records no shift.
  Object.assign(frame.style, { position: 'fixed', top: '0', left: '0', border: '0', zIndex: '1' });
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = source.replace(script![0], '').replace('<head>', '<head><base href="/demo/">');
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  const doc = frame.contentDocument!;
  // Painted: two animation frames after load.
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
  let shift = 0;
  // The frame's own observer: layout shifts are reported to the document they happen in.
  const FramePerformanceObserver = (win as unknown as typeof globalThis).PerformanceObserver;
  const observer = new FramePerformanceObserver((list: PerformanceObserverEntryList) => {
    for (const entry of list.getEntries() as ShiftEntry[]) if (!entry.hadRecentInput) shift += entry.value;
  });
  observer.observe({ type: 'layout-shift' });
  const module = doc.createElement('script');
  module.type = 'module';
  module.src = new URL(script![1]!, new URL('/demo/', location.href)).href;
  doc.head.append(module);
  for (let i = 0; i < 200 && !win.customElements.get('case-timeline'); i++) await new Promise((r) => setTimeout(r, 25));
  const widgets = [...doc.querySelectorAll('*')].filter((el) => el.localName.includes('-')) as (Element & {
    updateComplete?: Promise<unknown>;
  })[];
  await Promise.all(widgets.map((el) => el.updateComplete));
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
  await new Promise((resolve) => setTimeout(resolve, 300));
  observer.disconnect();
  expect(widgets.every((el) => el.shadowRoot)).to.equal(true);
  frame.remove();
  return shift;
}

describe('the demo article when its script arrives after its HTML', function () {
  this.timeout(20_000);
  for (const width of [375, 1280]) {
    it(`shifts its layout by no more than 0.05 at ${width} px`, async () => {
      expect(await shiftWhenWidgetsArrive(width)).to.be.at.most(0.05);
    });
  }
});
