/** How long a run of typing in one field stays one step of undo. */
const MERGE_MS = 1500;

/**
 * Undo and redo over immutable states. Typing in one field is one step, not
 * one per keystroke: a change with the same `key` as the last, within
 * {@link MERGE_MS}, replaces it rather than adding a step.
 */
export class History<T> {
  private past: T[] = [];
  private future: T[] = [];
  private lastKey: string | undefined;
  private lastAt = 0;

  constructor(private readonly limit = 200) {}

  /** Records `before`, the state a change replaces. */
  record(before: T, key?: string, now = Date.now()): void {
    const merge = key !== undefined && key === this.lastKey && now - this.lastAt < MERGE_MS;
    if (!merge) {
      this.past.push(before);
      if (this.past.length > this.limit) this.past.shift();
    }
    this.future = [];
    this.lastKey = key;
    this.lastAt = now;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  undo(current: T): T | undefined {
    const previous = this.past.pop();
    if (previous === undefined) return undefined;
    this.future.push(current);
    this.lastKey = undefined;
    return previous;
  }

  redo(current: T): T | undefined {
    const next = this.future.pop();
    if (next === undefined) return undefined;
    this.past.push(current);
    this.lastKey = undefined;
    return next;
  }

  clear(): void {
    this.past = [];
    this.future = [];
    this.lastKey = undefined;
  }
}
