/**
 * What a form control's input means as an edit of the story. Controls say
 * what they edit in data attributes (see fields.ts); this reads them, so the
 * editor needs one listener for every control rather than one per control.
 */
import type { Story } from '../data/types.js';
import { getIn, parsePath } from './story-edit.js';

export interface FieldEdit {
  /** The value to write at `path`; `undefined` removes it. */
  path: string;
  value: unknown;
  /** Edits with the same key in a run of typing are one step of undo. */
  key?: string;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export function editFromControl(story: Story, control: Control): FieldEdit | undefined {
  const data = control.dataset;
  const path = data.path;
  if (!path) return undefined;
  const optional = data.optional !== undefined;
  const checked = control instanceof HTMLInputElement && control.checked;
  if (data.lang && data.owner) {
    // One language of a Localized text: an emptied translation goes, English stays (and is reported empty).
    const before = (getIn(story, parsePath(data.owner)) as Record<string, string> | undefined) ?? {};
    const merged: Record<string, string> = { ...before, [data.lang]: control.value };
    const owner = Object.fromEntries(Object.entries(merged).filter(([lang, text]) => text !== '' || lang === 'en'));
    const empty = Object.values(owner).every((text) => text === '');
    return { path: data.owner, value: optional && empty ? undefined : owner, key: path };
  }
  switch (data.type) {
    case 'text':
      return { path, value: control.value === '' && optional ? undefined : control.value, key: path };
    case 'bool':
      return { path, value: !checked && optional ? undefined : checked };
    case 'select':
      return { path, value: control.value === '' && optional ? undefined : control.value };
    case 'speaker': {
      const [kind, id = ''] = control.value.split(/:(.*)/s);
      return { path, value: kind === 'organization' ? { organization: id } : { person: id } };
    }
    case 'ref':
    case 'key-date': {
      const list = (getIn(story, parsePath(path)) as string[] | undefined) ?? [];
      const value = data.value ?? '';
      const without = list.filter((id) => id !== value);
      return { path, value: checked ? [...without, value] : without };
    }
    default:
      return undefined;
  }
}
