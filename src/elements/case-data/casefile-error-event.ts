/** One reason a dataset could not be used, with where in the JSON it is. */
export interface DatasetError {
  /** JSON path, e.g. `people[3].name.en`; empty for the whole document. */
  path: string;
  message: string;
}

/**
 * Fired by `<case-data>` (bubbling, across shadow roots) when its dataset
 * cannot be used: the fetch failed, the JSON is malformed, or it breaks the
 * schema. The widgets inside keep showing the bundled story.
 */
export class CasefileErrorEvent extends Event {
  static readonly type = 'casefile-error';

  constructor(
    /** The dataset's URL, or `null` for inline JSON. */
    readonly src: string | null,
    readonly errors: readonly DatasetError[],
  ) {
    super(CasefileErrorEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'casefile-error': CasefileErrorEvent;
  }
}
