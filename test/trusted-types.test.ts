import { expect } from '@open-wc/testing';

// These tests load the built CDN bundle (npm test builds first) into pages
// that enforce Trusted Types, as a strict newsroom page would.

interface FramePage {
  doc: Document;
  warnings: string[];
  errors: string[];
}

/** A page enforcing `require-trusted-types-for 'script'` with the given policy names allowed. */
async function strictPage(allowed: string, body: string): Promise<FramePage> {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const csp = `require-trusted-types-for 'script'; trusted-types ${allowed}`;
  frame.srcdoc = `<!doctype html><html lang="en"><head>
    <meta http-equiv="Content-Security-Policy" content="${csp}">
    <script>
      window.warnings = []; window.errors = [];
      const warn = console.warn.bind(console);
      console.warn = (...args) => { window.warnings.push(args.join(' ')); warn(...args); };
      addEventListener('error', (event) => window.errors.push(String(event.message)));
      addEventListener('unhandledrejection', (event) => window.errors.push(String(event.reason)));
    </script>
    <script type="module" src="/dist/cdn/casefile.js"></script>
  </head><body>${body}</body></html>`;
  await loaded;
  const doc = frame.contentDocument!;
  const view = doc.defaultView! as unknown as Window & { warnings: string[]; errors: string[] };
  for (let i = 0; i < 100 && !view.customElements.get('person-card'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const widgets = [...doc.querySelectorAll('person-card, quote-block')] as (Element & {
    updateComplete: Promise<unknown>;
  })[];
  await Promise.all(widgets.map((el) => el.updateComplete));
  return { doc, warnings: view.warnings, errors: view.errors };
}

const WIDGETS = `
  <person-card person="michael-kovrig" structured-data></person-card>
  <quote-block quote="zhao-lijian-2020-11-20" structured-data></quote-block>`;

describe('Trusted Types', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('publishes JSON-LD through the casefile policy on a page that allows it', async () => {
    const { doc, warnings, errors } = await strictPage('lit-html casefile', WIDGETS);
    const card = doc.querySelector('person-card')!;
    expect(card.shadowRoot!.textContent).to.contain('Michael Kovrig');
    const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).to.have.length(2);
    expect(JSON.stringify(JSON.parse(scripts[0]!.textContent!))).to.contain('Michael Kovrig');
    expect(errors).to.deep.equal([]);
    expect(warnings.filter((w) => w.startsWith('casefile'))).to.deep.equal([]);
  });

  it('on a page that does not allow it, renders the widgets, writes no JSON-LD and warns once', async () => {
    const { doc, warnings, errors } = await strictPage('lit-html', WIDGETS);
    expect(doc.querySelector('person-card')!.shadowRoot!.textContent).to.contain('Michael Kovrig');
    expect(doc.querySelectorAll('script[type="application/ld+json"]')).to.have.length(0);
    expect(errors).to.deep.equal([]);
    const ours = warnings.filter((w) => w.startsWith('casefile'));
    expect(ours).to.have.length(1);
    expect(ours[0]).to.contain('"casefile"');
  });
});
