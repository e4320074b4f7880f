import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { story } from '../src/data/story.js';
import type { Story } from '../src/data/types.js';
import { provideStory } from './helpers.js';

type Node = Record<string, unknown> & { '@type': string };

/** The JSON-LD a widget published as its light-DOM child, or undefined. */
function jsonLdOf(el: Element): { '@context': string; '@graph': Node[] } | undefined {
  const script = el.querySelector(':scope > script[type="application/ld+json"]');
  return script ? JSON.parse(script.textContent!) : undefined;
}

const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const HTTP = /^https?:\/\//;

/** The schema.org shape each type must have for a consumer to use it. */
function checkShape(node: Node): void {
  const works = (list: unknown) => {
    expect(list, `${node['@type']} cites sources`).to.be.an('array').that.is.not.empty;
    for (const work of list as Node[]) {
      expect(work['@type']).to.equal('CreativeWork');
      expect(work.url).to.match(HTTP);
      expect(work.name).to.be.a('string').that.is.not.empty;
    }
  };
  switch (node['@type']) {
    case 'Person':
      expect(node.name).to.be.a('string').that.is.not.empty;
      works(node.subjectOf);
      break;
    case 'Quotation':
      expect(node.text).to.be.a('string').that.is.not.empty;
      expect(node.dateCreated).to.match(ISO);
      expect((node.creator as Node)['@type']).to.be.oneOf(['Person', 'Organization']);
      expect((node.creator as Node).name).to.be.a('string').that.is.not.empty;
      works(node.isBasedOn);
      break;
    case 'Event':
      expect(node.name).to.be.a('string').that.is.not.empty;
      expect(node.startDate).to.match(ISO);
      works(node.subjectOf);
      break;
    case 'CorrectionComment':
    case 'Comment':
      expect(node.text).to.be.a('string').that.is.not.empty;
      // A clarification is a Comment named as such; both are about the reviewed report.
      if (node['@type'] === 'Comment') expect(node.name).to.be.a('string').that.is.not.empty;
      expect((node.about as Node)['@type']).to.equal('NewsArticle');
      expect((node.about as Node).headline).to.be.a('string').that.is.not.empty;
      break;
    case 'CreativeWork':
      expect(node.url).to.match(HTTP);
      break;
    default:
      expect.fail(`unexpected @type ${node['@type']}`);
  }
}

async function published(template: ReturnType<typeof html>) {
  const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(template);
  await el.updateComplete;
  const doc = jsonLdOf(el);
  expect(doc, 'a JSON-LD child').to.exist;
  expect(doc!['@context']).to.equal('https://schema.org');
  doc!['@graph'].forEach(checkShape);
  return { el, graph: doc!['@graph'] };
}

describe('structured data (schema.org JSON-LD)', () => {
  it('is published only when asked for', async () => {
    const el = await fixture(html`<person-card person="michael-kovrig"></person-card>`);
    expect(jsonLdOf(el)).to.equal(undefined);
  });

  it('<person-card>: a Person with the name in both scripts, and CorrectionComments', async () => {
    const { graph } = await published(
      html`<person-card corrections person="meng-wanzhou" structured-data></person-card>`,
    );
    const person = graph.find((node) => node['@type'] === 'Person')!;
    expect(person.name).to.equal('Meng Wanzhou');
    expect(person.alternateName).to.equal('孟晚舟');
    // A translation of a name (贾斯廷·特鲁多) is never published as the person's alternate name.
    const trudeau = (await published(html`<person-card person="justin-trudeau" structured-data></person-card>`)).graph;
    expect(trudeau.find((node) => node['@type'] === 'Person')!.alternateName).to.equal(undefined);
    const corrections = graph.filter((node) => node['@type'] === 'CorrectionComment');
    expect(corrections).to.have.length(story.corrections.filter((c) => c.subject === 'meng-wanzhou').length);
  });

  it('<quote-block>: a Quotation with its creator, date and the sources it is based on', async () => {
    const { graph } = await published(html`<quote-block quote="zhao-lijian-2020-11-20" structured-data></quote-block>`);
    const quotation = graph.find((node) => node['@type'] === 'Quotation')!;
    expect((quotation.creator as Node).name).to.equal('Zhao Lijian');
    expect(quotation.dateCreated).to.equal('2020-11-20');
    expect(quotation.text).to.contain('accomplice');
  });

  it('<case-timeline>: an Event per event shown, none after as-of', async () => {
    const { graph, el } = await published(
      html`<case-timeline corrections as-of="2020-11-20" structured-data></case-timeline>`,
    );
    const events = graph.filter((node) => node['@type'] === 'Event');
    expect(events).to.have.length(el.shadowRoot!.querySelectorAll('[part~="event"]').length);
    for (const event of events) expect(String(event.startDate) <= '2020-11-20', String(event.startDate)).to.equal(true);
    expect(graph.some((node) => node['@type'] === 'CorrectionComment')).to.equal(true);
  });

  it('<case-sides> and <case-sources> describe their quotes and sources', async () => {
    const sides = await published(html`<case-sides structured-data></case-sides>`);
    expect(sides.graph.filter((node) => node['@type'] === 'Quotation')).to.have.length(2);
    const sources = await published(html`<case-sources for="zhao-lijian-2020-11-20" structured-data></case-sources>`);
    expect(sources.graph.every((node) => node['@type'] === 'CreativeWork')).to.equal(true);
  });

  it('follows the widget: in its language, and gone when the attribute is removed', async () => {
    const { el } = await published(html`<person-card person="michael-kovrig" lang="fr" structured-data></person-card>`);
    expect(jsonLdOf(el)!['@graph'][0]!.nationality).to.equal('canadienne');
    el.removeAttribute('structured-data');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(jsonLdOf(el)).to.equal(undefined);
  });

  it('cannot be closed early by a hostile string, and is not published for a notice', async () => {
    const data = structuredClone(story) as unknown as Story;
    (data.people[0] as { bio: { en: string } }).bio = { en: '</script><img src=x onerror=alert(1)>' };
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    provideStory(host, data);
    host.innerHTML =
      '<person-card person="michael-kovrig" structured-data></person-card><person-card person="nobody" structured-data></person-card>';
    const [card, broken] = host.querySelectorAll('person-card') as NodeListOf<
      HTMLElement & { updateComplete: Promise<unknown> }
    >;
    const original = console.warn;
    console.warn = () => {};
    try {
      await card!.updateComplete;
      await broken!.updateComplete;
    } finally {
      console.warn = original;
    }
    const script = card!.querySelector('script')!;
    expect(script.textContent).not.to.contain('</script>');
    expect(JSON.parse(script.textContent!)['@graph'][0].description).to.contain('</script>');
    expect(host.querySelector('img')).to.equal(null);
    expect(jsonLdOf(broken!)).to.equal(undefined);
  });
});
