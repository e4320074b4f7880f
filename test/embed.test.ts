import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';

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
  const loaded = new Promise<HTMLIFrameElement>((resolve) =>
    iframe.addEventListener('load', () => resolve(iframe), { once: true }),
  );
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
    await until(
      () => shadowText(iframe.contentDocument!.querySelector('quote-block')).includes('Zhao Lijian'),
      'render',
    );
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
    // With the map of what each tag needs, which it preloads (test/size.test.mjs keeps it under 1 KB brotli).
    expect(source.length).to.be.below(3000);
  });
});

describe('dist/embed.html and dist/cdn/frame.js', () => {
  before(async () => {
    await import(/* @vite-ignore */ `${location.origin}/dist/cdn/frame.js`);
  });

  it('renders the one widget its query string names, and the helper sizes the iframe to it', async () => {
    const iframe = await frame({
      src: '/dist/embed.html?widget=quote-block&quote=zhao-lijian-2020-11-20',
      title: 'Quote',
    });
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
    const iframe = await frame({
      src: '/dist/embed.html?widget=person-card&person=michael-kovrig&variant=compact',
      title: 'Person',
    });
    const rendered = () =>
      iframe.contentDocument!.querySelector('person-card')?.shadowRoot?.querySelector('[part~="status"]');
    await until(rendered, 'the compact card');
    const first = await until(
      () => parseFloat(iframe.style.height) > 50 && parseFloat(iframe.style.height),
      'a first height',
    );
    iframe.contentDocument!.querySelector('person-card')!.setAttribute('variant', 'full');
    const second = await until(
      () => parseFloat(iframe.style.height) > first && parseFloat(iframe.style.height),
      'a new height',
    );
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

  it("shows a notice for an unknown widget, and the widget's notice for a bad id", async () => {
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

  it("accepts a height only from the iframe's own window and origin", async () => {
    const iframe = await frame({ src: '/dist/embed.html?widget=case-sources&for=meng-wanzhou', title: 'Sources' });
    await until(() => parseFloat(iframe.style.height) > 50, 'a first height');
    const forged = { type: 'casefile:resize', height: 3 };
    const send = (init: MessageEventInit) =>
      window.dispatchEvent(new MessageEvent('message', { data: forged, ...init }));
    send({ origin: 'https://evil.example', source: iframe.contentWindow });
    send({ origin: location.origin, source: window });
    send({ origin: location.origin, source: null });
    window.dispatchEvent(
      new MessageEvent('message', {
        data: { type: 'casefile:resize', height: 'x' },
        origin: location.origin,
        source: iframe.contentWindow,
      }),
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
      new MessageEvent('message', {
        data: { type: 'casefile:resize', height: 5 },
        origin: location.origin,
        source: lookalike.contentWindow,
      }),
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
    const iframe = await frame({
      src: '/dist/embed.html?widget=quote-block&quote=zhao-lijian-2020-11-20',
      title: 'Quote',
    });
    await until(() => parseFloat(iframe.style.height) > 50, 'a first height');
    const send = (data: unknown) =>
      window.dispatchEvent(
        new MessageEvent('message', { data, origin: location.origin, source: iframe.contentWindow }),
      );
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
    const first = await frame({
      src: '/dist/embed.html?widget=quote-block&quote=zhao-lijian-2020-11-20',
      title: 'First',
    });
    const second = await frame({ src: '/dist/embed.html?widget=person-card&person=michael-kovrig', title: 'Second' });
    await until(() => parseFloat(first.style.height) > 50 && parseFloat(second.style.height) > 50, 'first heights');
    const before = first.style.height;
    const send = (source: MessageEventSource | null) =>
      window.dispatchEvent(
        new MessageEvent('message', { data: { type: 'casefile:resize', height: 9 }, origin: location.origin, source }),
      );
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

describe('dist/embed.html: its look on the host page', () => {
  const QUOTE = 'widget=quote-block&quote=zhao-lijian-2020-11-20';
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    document.querySelectorAll('iframe').forEach((iframe) => iframe.remove());
  });

  /** What test/fixtures/embed-console.html recorded of the embed script's console.warn calls. */
  const recordedWarnings = (doc: Document) => (doc.defaultView as unknown as { warnings: string[] }).warnings;

  async function embed(query: string, page = '/dist/embed.html') {
    const iframe = await frame({ src: `${page}?${query}`, title: 'Embed' });
    const doc = iframe.contentDocument!;
    const widget = await until(() => doc.querySelector<HTMLElement>('quote-block'), 'the widget');
    await until(() => shadowText(widget).includes('Zhao Lijian'), 'the widget to render');
    const root = getComputedStyle(doc.documentElement);
    const host = iframe.contentWindow!.getComputedStyle(widget);
    return { iframe, doc, widget, root, host };
  }

  it('follows the reader’s dark scheme with theme=auto or none: the page’s colours and the widget’s theme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    for (const query of [QUOTE, `${QUOTE}&theme=auto`]) {
      const { widget, root, iframe } = await embed(query);
      expect(widget.getAttribute('theme'), query).to.equal('dark');
      expect(root.backgroundColor).to.equal('rgb(22, 25, 29)');
      expect(root.color).to.equal('rgb(236, 239, 241)');
      iframe.remove();
    }
    const { widget, root } = await embed(QUOTE);
    await emulateMedia({ colorScheme: 'light' });
    await until(() => widget.getAttribute('theme') === 'light', 'the light theme when the scheme changes');
    expect(root.backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(root.color).to.equal('rgb(28, 28, 28)');
  });

  it('keeps an explicit theme whatever the scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const light = await embed(`${QUOTE}&theme=light`);
    expect(light.widget.getAttribute('theme')).to.equal('light');
    expect(light.root.backgroundColor).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'light' });
    const dark = await embed(`${QUOTE}&theme=dark`);
    expect(dark.widget.getAttribute('theme')).to.equal('dark');
    expect(dark.root.backgroundColor).to.equal('rgb(22, 25, 29)');
  });

  it('applies color, background, accent and font to the page and the widget', async () => {
    const look = new URLSearchParams({
      color: '#123456',
      background: 'rgb(250, 240, 230)',
      accent: 'rebeccapurple',
      font: `"Iowan Old Style", Georgia, 'Times New Roman', serif`,
    });
    const { widget, root, host } = await embed(`${QUOTE}&${look}`, '/test/fixtures/embed-console.html');
    expect(root.color).to.equal('rgb(18, 52, 86)');
    expect(root.backgroundColor).to.equal('rgb(250, 240, 230)');
    expect(root.fontFamily).to.equal(`"Iowan Old Style", Georgia, "Times New Roman", serif`);
    expect(widget.style.getPropertyValue('--casefile-color')).to.equal('#123456');
    expect(widget.style.getPropertyValue('--casefile-background')).to.equal('rgb(250, 240, 230)');
    expect(widget.style.getPropertyValue('--casefile-accent')).to.equal('rebeccapurple');
    // The widget, in the light theme the scheme asks for, takes them.
    expect(host.color).to.equal('rgb(18, 52, 86)');
    expect(host.fontFamily).to.equal(root.fontFamily);
    const base = widget.shadowRoot!.querySelector('[part~="base"]')!;
    expect(getComputedStyle(base).borderBlockStartColor).to.equal('rgb(102, 51, 153)');
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(250, 240, 230)');
    const warnings = recordedWarnings(widget.ownerDocument);
    expect(warnings.filter((w) => w.startsWith('casefile'))).to.deep.equal([]);
  });

  it('ignores a bad parameter, with one warning naming it, and injects nothing through any', async () => {
    const bad = new URLSearchParams({
      color: 'red; background: url(javascript:parent.injected=1)',
      background: 'var(--anything, red)',
      accent: 'url(https://evil.example/x.png)',
      font: `Arial;}</style><script>parent.injected=1</script>`,
    });
    for (const page of ['/test/fixtures/embed-console.html', '/dist/embed.html']) {
      const { doc, widget, root } = await embed(`${QUOTE}&${bad}`, page);
      expect(root.color).to.equal('rgb(28, 28, 28)');
      expect(root.backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(root.fontFamily).to.contain('system-ui');
      expect(doc.documentElement.style.length).to.equal(0);
      for (const name of ['color', 'background', 'accent'])
        expect(widget.style.getPropertyValue(`--casefile-${name}`)).to.equal('');
      expect(
        [...doc.querySelectorAll('script')].filter((script) => script.textContent!.includes('injected')),
      ).to.deep.equal([]);
      expect(doc.querySelectorAll('style')).to.have.length(0);
      expect((window as Window & { injected?: number }).injected).to.equal(undefined);
      if (page.includes('fixtures')) {
        const warnings = recordedWarnings(doc).filter((w) => w.startsWith('casefile'));
        expect(warnings).to.have.length(4);
        for (const [i, name] of ['color', 'background', 'accent', 'font'].entries())
          expect(warnings[i]).to.contain(`${name}="`);
      }
    }
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
