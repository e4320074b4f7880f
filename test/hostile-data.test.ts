import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { story } from '../src/data/story.js';
import { emptyStory, type Story } from '../src/data/types.js';
import { notice, openSources, part, provideStory, visibleText, watchWarnings } from './helpers.js';

/** A copy of the bundled story, changed by `edit`, as a newsroom's dataset could arrive. */
function storyWith(edit: (copy: Story & Record<string, unknown>) => void): Story {
  const copy = structuredClone(story) as unknown as Story & Record<string, unknown>;
  edit(copy);
  return copy;
}

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

async function inside(data: Story, template: ReturnType<typeof html>): Promise<Widget> {
  const host = document.createElement('div');
  provideStory(host, data);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(host);
  const container = await fixture<HTMLDivElement>(html`<div>${template}</div>`);
  const widget = container.firstElementChild as Widget;
  host.append(widget);
  await widget.updateComplete;
  return widget;
}

describe('a story from a provider, including a hostile one', () => {
  it('renders the provided story instead of the bundled one', async () => {
    const data = storyWith((copy) => {
      (copy.people[0] as { name: { en: string } }).name = { en: 'Alex Example' };
    });
    const el = await inside(data, html`<person-card person=${story.people[0].id}></person-card>`);
    expect(part(el, 'name')!.textContent!.trim()).to.equal('Alex Example');
  });

  it('never renders a javascript: or data: link, and still names the source', async () => {
    const data = storyWith((copy) => {
      const sources = copy.sources as unknown as { url: string; publisher: string }[];
      for (const source of sources) source.url = 'javascript:alert(1)';
      sources[0]!.url = 'data:text/html,<script>alert(1)</script>';
    });
    const el = await inside(data, html`<person-card person="michael-kovrig"></person-card>`);
    const list = await openSources(el);
    const links = [...el.shadowRoot!.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([]);
    expect(list.textContent).to.contain(story.sources.find((s) => s.id === story.people[0].sources[0])!.publisher);
  });

  it('shows markup in strings as text, never as elements', async () => {
    const data = storyWith((copy) => {
      (copy.people[0] as { bio: { en: string } }).bio = { en: '<img src=x onerror="window.hacked=1"><b>bold</b>' };
    });
    const el = await inside(data, html`<person-card person="michael-kovrig"></person-card>`);
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(part(el, 'bio')!.textContent).to.contain('<img src=x');
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('turns a malformed story into a notice and a warning, and leaves the widgets around it alone', async () => {
    const warnings = watchWarnings();
    try {
      const broken = storyWith((copy) => {
        (copy as Record<string, unknown>).people = [{ id: 'michael-kovrig', aliases: null }];
      });
      const el = await inside(broken, html`<person-card person="michael-kovrig"></person-card>`);
      expect(notice(el), 'notice').to.exist;
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('person-card');
      const neighbour = await fixture(html`<person-card person="michael-kovrig"></person-card>`);
      expect(visibleText(neighbour)).to.contain('Michael Kovrig');
    } finally {
      warnings.restore();
    }
  });

  it('survives an empty story with a notice', async () => {
    const warnings = watchWarnings();
    try {
      const empty = emptyStory();
      const summary = await inside(empty, html`<case-summary></case-summary>`);
      expect(notice(summary)).to.exist;
      const card = await inside(empty, html`<person-card person="michael-kovrig"></person-card>`);
      expect(notice(card)).to.exist;
    } finally {
      warnings.restore();
    }
  });
});
