import { expect, waitUntil } from '@open-wc/testing';

// These tests read what `npm run build` wrote to dist/ (npm test builds first).
// Its byte budgets, gzip and brotli, are in test/size.test.mjs.

/** A page in an iframe, as a newsroom would write it, with the CDN bundle loaded by URL. */
async function page(body: string, head = ''): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  document.body.append(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
  await loaded;
  const doc = frame.contentDocument!;
  await new Promise((resolve) => setTimeout(resolve, 50));
  for (let i = 0; i < 100 && !doc.defaultView!.customElements.get('case-summary'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await Promise.all(
    [...doc.querySelectorAll('*')]
      .filter((el) => el.localName.includes('-'))
      .map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete),
  );
  return doc;
}

const text = (el: Element | null) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('the built CDN bundle, dist/cdn/casefile.js', () => {
  it('is one self-contained module: Lit inside, no bare imports, no dev-mode Lit', async () => {
    const source = await (await fetch('/dist/cdn/casefile.js')).text();
    expect(source).not.to.match(/\bfrom\s*["'](?:lit|@lit\/)/);
    expect(source).not.to.match(/\bimport\s*\(?\s*["'](?:lit|@lit\/)/);
    expect(source).not.to.contain('Lit is in dev mode');
  });

  it('leaves the validator to a sibling chunk that only <case-data> loads', async () => {
    const source = await (await fetch('/dist/cdn/casefile.js')).text();
    const chunk = /import\("\.\/(chunks\/casefile-validate-[\w-]+\.js)"\)/.exec(source);
    expect(chunk, 'a relative dynamic import of the validator').to.exist;
    expect(source).not.to.contain('https://json-schema.org/draft/2020-12/schema');
    expect(await (await fetch(`/dist/cdn/${chunk![1]}`)).text()).to.contain(
      'https://json-schema.org/draft/2020-12/schema',
    );
  });

  it('loads its validator chunk from the script’s own origin when the page is on another', async () => {
    // The test server answers on localhost and 127.0.0.1: two origins, as a newsroom page and a CDN are.
    const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const cdn = `${location.protocol}//${other}:${location.port}`;
    const doc = await page(
      `<case-data><script type="application/json">{"cases": []}</script>
         <person-card person="michael-kovrig"></person-card></case-data>`,
      `<script type="module" src="${cdn}/dist/cdn/casefile.js"></script>`,
    );
    const provider = doc.querySelector('case-data')!;
    for (let i = 0; i < 100 && !provider.shadowRoot?.querySelector('[role="note"]'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(provider.shadowRoot!.querySelector('[role="note"]')!.textContent).to.contain('people: required');
  });

  it('renders the widgets in a page that loads it, even twice, under a strict CSP', async () => {
    const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'">`;
    const doc = await page(
      `<case-summary as-of="2020-11-20"></case-summary>
       <person-card person="kang-mingkai" as-of="2020-11-20"></person-card>
       <quote-block quote="zhao-lijian-2020-11-20"></quote-block>
       <case-timeline person="michael-spavor"></case-timeline>
       <case-sides></case-sides>
       <case-sources for="meng-wanzhou"></case-sources>
       <script type="module" src="/dist/cdn/casefile.js"></script>
       <script type="module" src="/dist/cdn/casefile.js?copy=2"></script>`,
      csp,
    );
    expect(text(doc.querySelector('case-summary'))).to.contain('Dominic Barton');
    expect(text(doc.querySelector('person-card')))
      .to.contain('Michael Kovrig')
      .and.contain('711 days');
    expect(text(doc.querySelector('quote-block'))).to.contain('Zhao Lijian');
    expect(text(doc.querySelector('case-timeline'))).to.contain('Spavor');
    expect(text(doc.querySelector('case-sides')))
      .to.contain('Canada')
      .and.contain('China');
    expect(text(doc.querySelector('case-sources'))).to.contain('Meng Wanzhou');
    // The styles reached the shadow roots: constructable stylesheets are not blocked by style-src.
    const box = doc.querySelector('person-card')!.shadowRoot!.querySelector('[part="base"]')!;
    expect(doc.defaultView!.getComputedStyle(box).borderBlockStartWidth).to.equal('2px');
  });
});

describe('the built CDN bundle, one language at a time', () => {
  /** The language packs a frame has fetched so far. */
  const packsFetched = (doc: Document) =>
    doc
      .defaultView!.performance.getEntriesByType('resource')
      .map((entry) => /\/chunks\/casefile-(en|fr|zh-hans)-[\w-]+\.js$/.exec(entry.name)?.[1])
      .filter(Boolean);

  it('fetches the English pack alone for an English page', async () => {
    const doc = await page(
      `<case-summary as-of="2020-11-20"></case-summary>
       <person-card person="michael-kovrig" as-of="2020-11-20"></person-card>
       <script type="module" src="/dist/cdn/casefile.js"></script>`,
    );
    expect(text(doc.querySelector('person-card'))).to.contain('in detention for 711 days');
    expect(packsFetched(doc)).to.deep.equal(['en']);
  });

  it('shows a French page in French, fetching the French pack alone, from another origin too', async () => {
    const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const doc = await page(
      `<div lang="fr"><person-card person="michael-kovrig" as-of="2020-11-20"></person-card>
       <case-summary as-of="2020-11-20"></case-summary></div>`,
      `<script type="module" src="${location.protocol}//${other}:${location.port}/dist/cdn/casefile.js"></script>`,
    );
    const card = doc.querySelector('person-card')!;
    expect(card.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('fr');
    expect(text(card)).to.contain('en détention depuis 711 jours').and.not.contain('in detention');
    expect(text(doc.querySelector('case-summary'))).to.contain('Personnes clés');
    expect(packsFetched(doc)).to.deep.equal(['fr']);
  });

  it('switches language at run time once the new pack is there, with no render in between', async () => {
    const doc = await page(
      `<person-card person="michael-kovrig" as-of="2020-11-20"></person-card>
       <script type="module" src="/dist/cdn/casefile.js"></script>`,
    );
    const card = doc.querySelector('person-card') as HTMLElement & { updateComplete: Promise<boolean> };
    const renders: string[] = [];
    const base = () => card.shadowRoot!.querySelector('[part="base"]');
    const observer = new MutationObserver(() => renders.push(`${base()?.getAttribute('lang')}: ${text(card)}`));
    observer.observe(card.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
    card.setAttribute('lang', 'zh-Hans');
    for (let i = 0; i < 100 && base()?.getAttribute('lang') !== 'zh-Hans'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await card.updateComplete;
    observer.disconnect();
    expect(renders.length).to.be.above(0);
    for (const render of renders) {
      expect(render).to.match(/^zh-Hans: /);
      expect(render).to.contain('已被羁押711天').and.not.contain('in detention');
    }
    expect(packsFetched(doc)).to.deep.equal(['en', 'zh-hans']);
  });
});

/** A classic script for a frame's page that keeps its console warnings, read with `warningsOf`. */
const WATCH_WARNINGS = `<script>
  window.warnings = [];
  const warn = console.warn.bind(console);
  console.warn = (...args) => { window.warnings.push(args.join(' ')); warn(...args); };
</script>`;
const warningsOf = (doc: Document) => (doc.defaultView as unknown as { warnings: string[] }).warnings;

/** Waits for a frame's warning matching `pattern`, past the chunks' 15-second deadline. */
async function untilWarned(doc: Document, pattern: RegExp): Promise<void> {
  await waitUntil(() => warningsOf(doc).some((w) => pattern.test(w)), `no warning ${pattern}`, { timeout: 20_000 });
}

/** A widget that gave up shows no rendering of its own, only the page's HTML inside its tag. */
function expectOnlyOwnHtml(widget: Element, text: string): void {
  expect(widget.shadowRoot!.querySelector('.widget')).to.equal(null);
  const slot = widget.shadowRoot!.querySelector('slot')!;
  expect(slot.assignedNodes().some((node) => node.textContent?.includes(text))).to.equal(true);
}

describe('the built CDN bundle, one part of the story at a time', () => {
  /** Every request a frame has made for a part of the story, as `<lang>-<part>`: failures and repeats too. */
  const partsFetchedAll = (doc: Document) =>
    doc
      .defaultView!.performance.getEntriesByType('resource')
      .map((entry) => /\/chunks\/(?:casefile-)?story-((?:en|fr|zh-hans)-\w+)-[\w-]+\.js$/.exec(entry.name)?.[1])
      .filter(Boolean);
  /** The parts of the story a frame has fetched so far, in order of their names. */
  const partsFetched = (doc: Document) => partsFetchedAll(doc).sort();
  const fetched = (doc: Document, pattern: RegExp) =>
    doc.defaultView!.performance.getEntriesByType('resource').some((entry) => pattern.test(entry.name));

  it('fetches for one quote its people and quotes, and its sources when a reader reaches for them', async () => {
    const doc = await page(
      `<quote-block quote="zhao-lijian-2020-11-20"></quote-block>
       <script type="module" src="/dist/cdn/casefile.js"></script>`,
    );
    const quote = doc.querySelector('quote-block')!;
    expect(text(quote)).to.contain('Zhao Lijian');
    expect(partsFetched(doc)).to.deep.equal(['en-people', 'en-quotes']);
    expect(fetched(doc, /schema-org/), 'the structured-data writer').to.equal(false);
    expect(fetched(doc, /validate/), 'the validator').to.equal(false);
    const list = quote.shadowRoot!.querySelector('details[part~="sources"]')!;
    list.dispatchEvent(new PointerEvent('pointerenter'));
    await waitUntil(() => list.querySelector('li'), 'the list did not fill', { timeout: 3000 });
    expect(list.querySelectorAll('li a').length).to.be.greaterThan(0);
    expect(partsFetched(doc)).to.deep.equal(['en-people', 'en-quotes', 'en-sources']);
  });

  it('keeps each widget’s own HTML, and warns, when the network fails to deliver the story', async () => {
    const doc = await page(
      `${WATCH_WARNINGS}
       <quote-block quote="zhao-lijian-2020-11-20"><p>Zhao Lijian, 20 November 2020.</p></quote-block>
       <case-data src="/demo/stories/fictional-harbour-inquiry.json">
         <person-card person="ines-varga"></person-card></case-data>
       <script type="module" src="/unreliable-cdn/dist/cdn/casefile.js"></script>`,
    );
    const quote = doc.querySelector('quote-block')!;
    await waitUntil(() => !quote.shadowRoot?.querySelector('[aria-busy]'), 'the quote stayed busy', { timeout: 3000 });
    // The reader keeps what the page put inside the tag; the widget shows no other story.
    expect(quote.shadowRoot!.querySelector('slot')).to.exist;
    expect(quote.shadowRoot!.querySelector('.widget')).to.equal(null);
    expect((quote.shadowRoot!.querySelector('slot') as HTMLSlotElement).assignedNodes().length).to.be.above(0);
    const warnings = warningsOf(doc);
    expect(warnings.filter((w) => /could not load the story's (people|quotes)/.test(w)).length).to.be.above(0);
    // A widget with its own story needs no part of the bundled one.
    const card = doc.querySelector('person-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('.widget'), 'the card did not render', { timeout: 3000 });
    expect(text(card)).to.contain('Ines Varga');
  });

  it('gives up on parts of the story that never arrive, keeping each widget’s own HTML', async function () {
    this.timeout(30_000);
    // The page waits for the widget's update, which waits for the parts until it gives up (15 s).
    const doc = await page(
      `${WATCH_WARNINGS}
       <person-card person="michael-kovrig"><p>Michael Kovrig, detained in China in December 2018.</p></person-card>
       <script type="module" src="/hanging-cdn/dist/cdn/casefile.js"></script>`,
    );
    const card = doc.querySelector('person-card')!;
    await untilWarned(doc, /did not arrive in 15 s/);
    await waitUntil(() => !card.shadowRoot?.querySelector('[aria-busy]'), 'the card stayed busy', { timeout: 3000 });
    expectOnlyOwnHtml(card, 'detained in China');
  });

  it('tells an editor, once, when a <case-data> around widgets is never defined', async function () {
    this.timeout(30_000);
    const doc = await page(
      `${WATCH_WARNINGS}
       <case-data src="/demo/stories/fictional-harbour-inquiry.json">
         <person-card person="michael-kovrig"><p>Michael Kovrig, detained in China.</p></person-card>
         <quote-block quote="zhao-lijian-2020-11-20"></quote-block>
       </case-data>
       <script type="module" src="/hanging-provider-cdn/dist/cdn/loader.js"></script>`,
    );
    await untilWarned(doc, /inside <case-data>, which is still not defined after 15 s/);
    expect(warningsOf(doc).filter((w) => /inside <case-data>/.test(w))).to.have.length(1);
    // It never shows the bundled story in its place: the page's own HTML stays.
    expectOnlyOwnHtml(doc.querySelector('person-card')!, 'detained in China');
  });

  it('gives up on a language and a structured-data writer that never arrive, then takes another language', async function () {
    this.timeout(30_000);
    const doc = await page(
      `${WATCH_WARNINGS}
       <person-card lang="fr" structured-data person="michael-kovrig"><p>Michael Kovrig, détenu en Chine.</p></person-card>
       <script type="module" src="/hanging-extras-cdn/dist/cdn/casefile.js"></script>`,
    );
    const card = doc.querySelector('person-card')!;
    await untilWarned(doc, /"fr" texts: it did not arrive in 15 s/);
    expect(warningsOf(doc).filter((w) => /structured-data writer: it did not arrive in 15 s/.test(w))).to.have.length(
      1,
    );
    expect(card.shadowRoot!.querySelector('.widget')).to.equal(null);
    card.setAttribute('lang', 'en');
    card.removeAttribute('structured-data');
    await waitUntil(() => card.shadowRoot?.querySelector('.widget'), 'English did not render', { timeout: 3000 });
    expect(text(card)).to.contain('Michael Kovrig');
  });

  it('says so in an opened source list whose details the network fails to deliver, and tries again', async () => {
    const doc = await page(
      `<person-card person="michael-kovrig"></person-card>
       <script type="module" src="/no-sources-cdn/dist/cdn/casefile.js"></script>`,
    );
    const card = doc.querySelector('person-card')!;
    expect(text(card)).to.contain('Michael Kovrig');
    const list = card.shadowRoot!.querySelector<HTMLDetailsElement>('details[part~="sources"]')!;
    list.open = true;
    const line = () => card.shadowRoot!.querySelector('details[part~="sources"] .unavailable');
    await waitUntil(() => line()?.textContent, 'no line said the sources could not be loaded', { timeout: 3000 });
    expect(line()!.textContent).to.equal('The sources could not be loaded. Try again later.');
    // A live region, there (empty) before the failure, so a screen reader announces the line.
    expect(line()!.getAttribute('role')).to.equal('status');
    expect(list.open).to.equal(true);
    expect(list.querySelector('ol')!.hasAttribute('aria-busy')).to.equal(false);
    const attempts = () => partsFetchedAll(doc).filter((part) => part === 'en-sources').length;
    const before = attempts();
    list.dispatchEvent(new PointerEvent('pointerenter'));
    await waitUntil(() => attempts() !== before, 'reaching for the list did not try again', { timeout: 3000 });
    expect(attempts()).to.equal(before + 1);
  });

  it('has the loader preload a tag’s code, its language’s pack and its parts, from another origin too', async () => {
    const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const doc = await page(
      `<div lang="fr"><person-card person="michael-kovrig" structured-data></person-card></div>`,
      `<script type="module" src="${location.protocol}//${other}:${location.port}/dist/cdn/loader.js"></script>`,
    );
    await waitUntil(
      () => doc.querySelector('person-card')?.shadowRoot?.querySelector('.widget'),
      'the card did not render',
      { timeout: 3000 },
    );
    expect(text(doc.querySelector('person-card'))).to.contain('Michael Kovrig');
    const preloads = [...doc.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => link.href);
    expect(preloads.some((href) => /\/chunks\/story-fr-people-/.test(href))).to.equal(true);
    expect(preloads.some((href) => /\/chunks\/fr-[\w-]+\.js$/.test(href))).to.equal(true);
    expect(preloads.every((href) => href.startsWith(`${location.protocol}//${other}:`))).to.equal(true);
    // Its structured data names its sources: they come too, and nothing in another language.
    expect(partsFetched(doc)).to.deep.equal(['fr-people', 'fr-sources']);
    expect(fetched(doc, /schema-org/)).to.equal(true);
  });
});

describe('the npm build, dist/', () => {
  it('leaves lit and @lit/context as imports, so a page never carries two copies', async () => {
    const element = await (await fetch('/dist/elements/person-card/person-card.js')).text();
    expect(element).to.match(/from\s*["']lit["']/);
    const base = await (await fetch('/dist/internal/case-element.js')).text();
    expect(base).to.match(/from\s*["']@lit\/context["']/);
    expect(base).not.to.contain('class LitElement');
  });

  it('ships type declarations with the tag map', async () => {
    const types = await (await fetch('/dist/elements/person-card/define.d.ts')).text();
    expect(types).to.contain('HTMLElementTagNameMap').and.contain("'person-card': PersonCard");
  });

  it('documents every element, attribute, part and CSS property in custom-elements.json', async () => {
    type Declaration = {
      tagName?: string;
      attributes?: { name: string }[];
      cssParts?: { name: string }[];
      cssProperties?: { name: string }[];
    };
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: { declarations: Declaration[] }[];
    };
    const elements = manifest.modules.flatMap((m) => m.declarations).filter((d) => d.tagName);
    const byTag = new Map(elements.map((d) => [d.tagName, d]));
    const expected: Record<string, string[]> = {
      'person-card': ['person', 'variant', 'heading-level', 'theme', 'as-of'],
      'quote-block': ['quote', 'person', 'show-original', 'theme', 'as-of'],
      'case-summary': ['case', 'variant', 'theme', 'as-of'],
      'case-timeline': ['person', 'from', 'to', 'limit', 'theme', 'as-of', 'heading-level'],
      'case-sides': ['theme', 'as-of', 'heading-level'],
      'case-sources': ['for', 'theme', 'as-of'],
    };
    // <quote-block> has no heading, so no heading-level.
    expect(byTag.get('quote-block')!.attributes!.map((a) => a.name)).not.to.include('heading-level');
    for (const [tag, attributes] of Object.entries(expected)) {
      const declaration = byTag.get(tag)!;
      expect(declaration, tag).to.exist;
      expect(declaration.attributes!.map((a) => a.name)).to.include.members(attributes);
      expect(declaration.cssParts!.map((p) => p.name)).to.include.members(['base', 'notice']);
      expect(declaration.cssProperties!.map((p) => p.name)).to.include('--casefile-accent');
    }
  });
});
