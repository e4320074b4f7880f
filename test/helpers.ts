import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { ContextProvider } from '@lit/context';
import { storyContext } from '../src/context/story-context.js';
import type { Source, Story } from '../src/data/types.js';
import { story } from '../src/data/story.js';
import { indexStory } from '../src/data/story-index.js';
import { escapeJsonForScript } from '../src/data/script-safe-json.js';

/** Everything a reader sees in a widget's shadow root, whitespace folded. */
export function visibleText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

export function notice(el: Element): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>('[role="note"]');
}

/**
 * Checks a notice's shape: one plain line for readers, without attribute
 * syntax, and the precise reason in a closed "Details" disclosure. Returns the
 * reader's line and the details' text.
 */
export function expectNoticeShape(note: HTMLElement): { line: string; details: string } {
  const line = note.querySelector(':scope > p')!.textContent!.trim();
  const details = note.querySelector<HTMLDetailsElement>(':scope > details')!;
  expect(details, 'a details disclosure').to.exist;
  expect(details.open, 'closed').to.equal(false);
  expect(details.querySelector('summary')!.textContent!.trim()).not.to.equal('');
  expect(line, 'no attribute syntax for readers').not.to.match(/[="<>]/);
  const text = [...details.children].filter((child) => child.localName !== 'summary').map((child) => child.textContent);
  return { line, details: text.join(' ').replace(/\s+/g, ' ').trim() };
}

/** Collects console.warn calls until restored. */
export function watchWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/** The bundled story as the inline JSON child of a `<case-data>`, escaped as a page writes it. */
export function inlineStoryScript(story: unknown): string {
  return `<script type="application/json">${escapeJsonForScript(JSON.stringify(story))}</script>`;
}

/** Provides a story to everything inside `host`, as `<case-data>` will. */
export function provideStory(host: HTMLElement, story: Story): ContextProvider<typeof storyContext> {
  return new ContextProvider(host, { context: storyContext, initialValue: story });
}

/**
 * Renders a widget given bad input and checks the contract for it: a visible
 * notice, exactly one console.warn naming the attribute and a hint, no
 * exception, and an accessible result. Returns the widget.
 */
export async function expectBadInputNotice(
  template: TemplateResult,
  attribute: RegExp,
  hint: string,
): Promise<HTMLElement> {
  const warnings = watchWarnings();
  try {
    const el = await fixture<HTMLElement & { requestUpdate(): void; updateComplete: Promise<unknown> }>(template);
    el.requestUpdate();
    await el.updateComplete;
    const note = notice(el)!;
    expect(note, 'visible notice').to.exist;
    const { line, details } = expectNoticeShape(note);
    expect(line).to.match(/could not be shown/);
    expect(details, 'the reason, for editors').not.to.equal('');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.match(attribute);
    expect(warnings.messages[0]).to.contain(hint);
    await expect(el).to.be.accessible();
    return el;
  } finally {
    warnings.restore();
  }
}

/** The bundled story's source numbered `n` in every widget, with its details. */
export function numberedSource(n: number): Source {
  const id = indexStory(story).sourceList[n - 1]?.id;
  const source = story.sources.find((candidate) => candidate.id === id);
  if (!source) throw new Error(`no source numbered ${n}`);
  return source;
}

/**
 * Opens a widget's closed "Sources (n)" lists as a reader would, and waits
 * until they list them (the bundled story's source details load on demand).
 * Returns the first list.
 */
export async function openSources(el: HTMLElement & { updateComplete: Promise<unknown> }): Promise<HTMLDetailsElement> {
  const lists = () => [...(el.shadowRoot?.querySelectorAll<HTMLDetailsElement>('details[part~="sources"]') ?? [])];
  if (lists().length === 0) throw new Error(`<${el.localName}> shows no source list`);
  for (const details of lists()) details.open = true;
  await waitUntil(
    () => lists().every((details) => details.querySelector('ol:not([aria-busy])')),
    'the source lists did not load',
  );
  await el.updateComplete;
  return lists()[0]!;
}

/** Links a stylesheet into the test page, resolving once it applies; the caller removes it. */
export async function linkStylesheet(href: string): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
  document.head.append(link);
  await loaded;
  return link;
}
