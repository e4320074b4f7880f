import { ContextProvider } from '@lit/context';
import { storyContext } from '../src/context/story-context.js';
import type { Story } from '../src/data/types.js';

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

/** Collects console.warn calls until restored. */
export function watchWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/** Provides a story to everything inside `host`, as `<case-data>` will. */
export function provideStory(host: HTMLElement, story: Story): ContextProvider<typeof storyContext> {
  return new ContextProvider(host, { context: storyContext, initialValue: story });
}
