/**
 * How long a widget waits for a chunk it needs (a part of the story, its
 * language's strings, the schema.org writer) before it gives up, keeps the
 * page's own HTML and says so: a chunk that never answers must not keep a
 * widget waiting for good. `<case-data>` gives a story's `src` as long.
 */
export const LOAD_TIMEOUT_MS = 15_000;

/** Settles as `promise` does, or with what `late()` gives once `ms` have passed, whichever comes first. */
export function withDeadline<T>(promise: Promise<T>, late: () => T, ms = LOAD_TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(late()), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
