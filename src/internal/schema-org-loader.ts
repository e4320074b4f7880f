/**
 * The schema.org writer (`structured-data/schema-org.ts`), loaded only by a
 * page where a widget has `structured-data`: a widget waits for it before an
 * update that publishes JSON-LD, and a page without the attribute never
 * downloads it.
 */
import { LOAD_TIMEOUT_MS, withDeadline } from '../data/deadline.js';
import type * as SchemaOrgModule from '../structured-data/schema-org.js';

export type SchemaOrg = typeof SchemaOrgModule;

let loaded: SchemaOrg | undefined;
let loading: Promise<SchemaOrg | undefined> | undefined;
/** Whether a load was given up on (`LOAD_TIMEOUT_MS`). */
let late = false;

/** The schema.org writer, once loaded. */
export function schemaOrg(): SchemaOrg | undefined {
  return loaded;
}

/** Makes the writer available without loading it: for the Node renderer, which renders synchronously. */
export function registerSchemaOrg(module: SchemaOrg): void {
  loaded = module;
}

/**
 * Loads the writer, once; resolves to undefined when it cannot be loaded or
 * has not arrived within `LOAD_TIMEOUT_MS`, with a warning the first time (a
 * later call tries again).
 */
export function loadSchemaOrg(): Promise<SchemaOrg | undefined> {
  if (loaded) return Promise.resolve(loaded);
  // Given up on once and still on its way: no second wait (it still serves a later update).
  if (late && loading) return Promise.resolve(undefined);
  loading ??= import('../structured-data/schema-org.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      warnOnce(error instanceof Error ? error.message : String(error));
      return undefined;
    },
  );
  return withDeadline(loading, () => {
    late = true;
    warnOnce(`it did not arrive in ${LOAD_TIMEOUT_MS / 1000} s`);
    return undefined;
  });
}

let warned = false;

function warnOnce(problem: string): void {
  if (warned) return;
  warned = true;
  console.warn(`casefile: could not load the structured-data writer: ${problem}`);
}
