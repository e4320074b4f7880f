import { fixture, html } from '@open-wc/testing';
import '../src/editor/define.js';
import type { CaseEditor } from '../src/editor/case-editor.js';

let databases = 0;

/** A fresh editor with a database of its own, so tests never see one another's drafts. */
export async function editor(database = `casefile-editor-test-${Date.now()}-${databases++}`): Promise<CaseEditor> {
  const el = await fixture<CaseEditor>(
    html`<case-editor database=${database} example-src="/demo/stories/fictional-harbour-inquiry.json"></case-editor>`,
  );
  await el.ready;
  await el.updateComplete;
  return el;
}

export function $(el: CaseEditor, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

export const field = (el: CaseEditor, path: string) =>
  $(el, `[data-path="${CSS.escape(path)}"]:is(input, select, textarea)`) as HTMLInputElement;

/** Types into a field as a person does: input events, then leaving the field. */
export async function type(el: CaseEditor, path: string, value: string): Promise<void> {
  const input = field(el, path);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Ticks the checkbox for `value` in the reference list at `path`. */
export async function pick(el: CaseEditor, path: string, value: string): Promise<void> {
  $(el, `input[data-path="${CSS.escape(path)}"][data-value="${CSS.escape(value)}"]`).click();
  await el.updateComplete;
}

export async function press(el: CaseEditor, action: string, extra = ''): Promise<void> {
  $(el, `[data-action="${action}"]${extra}`).click();
  await el.updateComplete;
}

export async function panel(el: CaseEditor, name: string): Promise<void> {
  await press(el, 'panel', `[data-panel="${name}"]`);
}

export const settle = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));

export async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await settle();
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}
