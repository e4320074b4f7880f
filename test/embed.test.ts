import { expect } from '@open-wc/testing';

// The CDN entries, the loader, the iframe embed page and its resize helper,
// exactly as dist/ ships them (npm test builds first).

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(check: () => T | undefined | null | false, what: string, tries = 150): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const value = check();
    if (value) return value;
    await wait(20);
  }
  throw new Error(`timed out waiting for ${what}`);
}

function frame(attributes: Partial<HTMLIFrameElement>, data: Record<string, string> = {}): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  Object.assign(iframe, attributes);
  Object.assign(iframe.dataset, data);
  iframe.style.width = '600px';
  const loaded = new Promise<HTMLIFrameElement>((resolve) => iframe.addEventListener('load', () => resolve(iframe), { once: true }));
  document.body.append(iframe);
  return loaded;
}

const fetched = (iframe: HTMLIFrameElement) =>
  iframe.contentWindow!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

const shadowText = (el: Element | null | undefined) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('dist/cdn/loader.js', () => {
  it('downloads only the elements whose tags are on the page, and later ones when they appear', async () => {
    const iframe = await frame({
      srcdoc: `<!doctype html><html lang="en"><body>
        <quote-block quote="zhao-lijian-2020-11-20"></quote-block>
        <script type="module" src="/dist/cdn/loader.js"></script></body></html>`,
    });
    const win = iframe.contentWindow!;
    await until(() => win.customElements.get('quote-block'), 'quote-block to register');
    await until(() => shadowText(iframe.contentDocument!.querySelector('quote-block')).includes('Zhao Lijian'), 'render');
    const first = fetched(iframe);
    expect(first).to.include('/dist/cdn/quote-block.js');
    for (const other of ['person-card', 'case-summary', 'case-timeline', 'case-sides', 'case-sources', 'casefile']) {
      expect(first, other).not.to.include(`/dist/cdn/${other}.js`);
    }
    expect(win.customElements.get('person-card')).to.equal(undefined);

    const added = iframe.contentDocument!.createElement('div');
    added.innerHTML = '<person-card person="michael-spavor"></person-card>';
    iframe.contentDocument!.body.append(added);
    await until(() => win.customElements.get('person-card'), 'person-card to register');
    await until(() => shadowText(added.firstElementChild).includes('Michael Spavor'), 'person-card to render');
    expect(fetched(iframe)).to.include('/dist/cdn/person-card.js');
    iframe.remove();
  });

  it('carries no Lit itself', async () => {
    const source = await (await fetch('/dist/cdn/loader.js')).text();
    expect(source).not.to.match(/LitElement|lit-html|adoptedStyleSheets/);
    expect(source.length).to.be.below(1500);
  });
});

describe('dist/embed.html and dist/cdn/frame.js', () => {
  before(async () => {
    await import(/* @vite-ignore */ `${location.origin}/dist/cdn/frame.js`);
  });

  it('renders the one widget its query string names, and the helper sizes the iframe to it', async () => {
    const iframe = await frame({ src: '/dist/embed.html?widget=quote-block&quote=zhao-lijian-2020-11-20', title: 'Quote' });
    const doc = iframe.contentDocument!;
    await until(() => shadowText(doc.querySelector('quote-block')).includes('Zhao Lijian'), 'the widget to render');
    const contentHeight = () => doc.documentElement.getBoundingClientRect().height;
    const height = await until(
      () => Math.abs(parseFloat(iframe.style.height) - contentHeight()) <= 1 && parseFloat(iframe.style.height),
      'the helper to size the iframe to its content',
    );
    expect(height).to.be.greaterThan(150);
    expect(doc.querySelectorAll('body > *')).to.have.length(1);
    expect(getComputedStyle(doc.body).marginTop).to.equal('0px');
    iframe.remove();
  });

  it('follows the widget when its height changes', async () => {
    const iframe = await frame({ src: '/dist/embed.html?widget=person-card&person=michael-kovrig&variant=compact', title: 'Person' });
    const rendered = () => iframe.contentDocument!.querySelector('person-card')?.shadowRoot?.querySelector('[part~="status"]');
    await until(rendered, 'the compact card');
    const first = await until(() => parseFloat(iframe.style.height) > 50 && parseFloat(iframe.style.height), 'a first height');
    iframe.contentDocument!.querySelector('person-card')!.setAttribute('variant', 'full');
    const second = await until(() => parseFloat(iframe.style.height) > first && parseFloat(iframe.style.height), 'a new height');
    expect(second).to.be.greaterThan(first);
    iframe.remove();
  });

  it('honours only known attributes, and the language', async () => {
    const iframe = await frame({
      src: '/dist/embed.html?widget=person-card&person=michael-kovrig&onclick=alert(1)&style=display:none&lang=fr',
      title: 'Person',
    });
    const doc = iframe.contentDocument!;
    const card = await until(() => doc.querySelector('person-card'), 'the card');
    await until(() => shadowText(card).includes('Nationalité'), 'French text');
    expect(card.getAttribute('person')).to.equal('michael-kovrig');
    expect(card.hasAttribute('onclick')).to.equal(false);
    expect(card.hasAttribute('style') && card.getAttribute('style')!.includes('display')).to.equal(false);
    expect(doc.documentElement.lang).to.equal('fr');
    iframe.remove();
  });

  it('shows a notice for an unknown widget, and the widget\'s notice for a bad id', async () => {
    const unknown = await frame({ src: '/dist/embed.html?widget=script&src=evil.js', title: 'Unknown' });
    const note = await until(() => unknown.contentDocument!.querySelector('[role="note"]'), 'a notice');
    expect(note.textContent).to.contain('person-card');
    expect(unknown.contentDocument!.querySelector('script:not([src$="embed.js"])')).to.equal(null);
    unknown.remove();
    const bad = await frame({ src: '/dist/embed.html?widget=person-card&person=nobody', title: 'Bad' });
    const card = await until(() => bad.contentDocument!.querySelector('person-card'), 'the card');
    await until(() => card.shadowRoot?.querySelector('[role="note"]'), 'the widget notice');
    bad.remove();
  });

  it('accepts a height only from the iframe\'s own window and origin', async () => {
    const iframe = await frame({ src: '/dist/embed.html?widget=case-sources&for=meng-wanzhou', title: 'Sources' });
    await until(() => parseFloat(iframe.style.height) > 50, 'a first height');
    const forged = { type: 'casefile:resize', height: 3 };
    const send = (init: MessageEventInit) => window.dispatchEvent(new MessageEvent('message', { data: forged, ...init }));
    send({ origin: 'https://evil.example', source: iframe.contentWindow });
    send({ origin: location.origin, source: window });
    send({ origin: location.origin, source: null });
    window.dispatchEvent(
      new MessageEvent('message', { data: { type: 'casefile:resize', height: 'x' }, origin: location.origin, source: iframe.contentWindow }),
    );
    expect(iframe.style.height).not.to.equal('3px');
    expect(parseFloat(iframe.style.height)).to.be.greaterThan(50);
    // The same message from the right window and origin is obeyed: the checks above are what stopped the others.
    send({ origin: location.origin, source: iframe.contentWindow });
    expect(iframe.style.height).to.equal('3px');
    iframe.remove();
  });

  it('leaves any other iframe alone, even when it posts the same message', async () => {
    // A real postMessage from inside the frame, as an ad or another widget would send it.
    const srcdoc = `<!doctype html><script>parent.postMessage({ type: 'casefile:resize', height: 777 }, '*');</script>`;
    const foreign = document.createElement('iframe');
    foreign.style.border = '3px solid rgb(255, 0, 0)';
    const foreignLoaded = new Promise((resolve) => foreign.addEventListener('load', resolve, { once: true }));
    foreign.srcdoc = srcdoc;
    document.body.append(foreign);
    await foreignLoaded;
    // A page of the same origin, with the same query string, that is not the embed page beside frame.js.
    const lookalike = await frame({ src: '/dist/story.schema.json?widget=quote-block', title: 'Lookalike' });
    window.dispatchEvent(
      new MessageEvent('message', { data: { type: 'casefile:resize', height: 5 }, origin: location.origin, source: lookalike.contentWindow }),
    );
    // The same frame marked data-casefile is sized: the check above is what left the others alone.
    const marked = await frame({ srcdoc, title: 'Marked' }, { casefile: '' });
    await until(() => marked.style.height === '777px', 'the data-casefile frame to be sized');
    expect(foreign.style.height).to.equal('');
    expect(foreign.style.border).to.equal('3px solid rgb(255, 0, 0)');
    expect(lookalike.style.height).to.equal('');
    expect(lookalike.style.border).to.equal('');
    for (const iframe of [foreign, lookalike, marked]) iframe.remove();
  });

  it('clamps a height to 0–20,000 px, and ignores any message not exactly {type, height}', async () => {
    const iframe = await frame({ src: '/dist/embed.html?widget=quote-block&quote=zhao-lijian-2020-11-20', title: 'Quote' });
    await until(() => parseFloat(iframe.style.height) > 50, 'a first height');
    const send = (data: unknown) =>
      window.dispatchEvent(new MessageEvent('message', { data, origin: location.origin, source: iframe.contentWindow }));
    send({ type: 'casefile:resize', height: 99_999 });
    expect(iframe.style.height).to.equal('20000px');
    send({ type: 'casefile:resize', height: Number.MAX_VALUE });
    expect(iframe.style.height).to.equal('20000px');
    send({ type: 'casefile:resize', height: -400 });
    expect(iframe.style.height).to.equal('0px');
    send({ type: 'casefile:resize', height: 120.2 });
    expect(iframe.style.height).to.equal('121px');
    for (const bad of [
      { type: 'casefile:resize', height: Infinity },
      { type: 'casefile:resize', height: NaN },
      { type: 'casefile:resize', height: '300' },
      { type: 'casefile:resize', height: 300, style: 'display:none' },
      { type: 'casefile:resize' },
      [{ type: 'casefile:resize', height: 300 }],
      'casefile:resize 300',
      null,
    ]) {
      send(bad);
      expect(iframe.style.height, JSON.stringify(bad)).to.equal('121px');
    }
    // Nothing but the height and the documented border: 0.
    const set = [...Array.from({ length: iframe.style.length }, (_, i) => iframe.style.item(i))];
    expect(set.filter((name) => name !== 'width' && name !== 'height' && !name.startsWith('border'))).to.deep.equal([]);
    expect(iframe.style.borderStyle).to.equal('none');
    iframe.remove();
  });

  it("ignores a message from another window, even another Casefile frame's", async () => {
    const first = await frame({ src: '/dist/embed.html?widget=quote-block&quote=zhao-lijian-2020-11-20', title: 'First' });
    const second = await frame({ src: '/dist/embed.html?widget=person-card&person=michael-kovrig', title: 'Second' });
    await until(() => parseFloat(first.style.height) > 50 && parseFloat(second.style.height) > 50, 'first heights');
    const before = first.style.height;
    const send = (source: MessageEventSource | null) =>
      window.dispatchEvent(new MessageEvent('message', { data: { type: 'casefile:resize', height: 9 }, origin: location.origin, source }));
    send(second.contentWindow);
    expect(first.style.height).to.equal(before);
    expect(second.style.height).to.equal('9px');
    send(window);
    send(first.contentWindow!.parent);
    expect(first.style.height).to.equal(before);
    first.remove();
    second.remove();
  });
});

describe('loaded twice, or two ways', () => {
  it('the CDN bundle and the npm build on one page: no error, every widget renders', async () => {
    const importMap = {
      imports: {
        lit: '/node_modules/lit/index.js',
        'lit/': '/node_modules/lit/',
        '@lit/context': '/node_modules/@lit/context/index.js',
      },
    };
    const iframe = await frame({
      srcdoc: `<!doctype html><html lang="en"><head>
        <script type="importmap">${JSON.stringify(importMap)}</script></head><body>
        <person-card person="michael-kovrig"></person-card><case-sides></case-sides>
        <script type="module" src="/dist/cdn/casefile.js"></script>
        <script type="module" src="/dist/index.js"></script>
        <script type="module" src="/dist/cdn/loader.js"></script></body></html>`,
    });
    const win = iframe.contentWindow! as Window & typeof globalThis;
    const errors: string[] = [];
    win.addEventListener('error', (event) => errors.push(event.message));
    await until(() => shadowText(iframe.contentDocument!.querySelector('case-sides')).includes('China'), 'render');
    await wait(300);
    expect(shadowText(iframe.contentDocument!.querySelector('person-card'))).to.contain('Michael Kovrig');
    expect(errors).to.deep.equal([]);
    // The npm build really ran beside the bundle: it resolved its own Lit through the import map.
    expect(fetched(iframe)).to.include('/node_modules/lit/index.js').and.include('/dist/index.js');
    iframe.remove();
  });
});
