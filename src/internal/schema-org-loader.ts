/**
 * The schema.org writer (`structured-data/schema-org.ts`), loaded only by a
 * page where a widget has `structured-data`: a widget waits for it before an
 * update that publishes JSON-LD, and a page without the attribute never
 * downloads it.
 */
import type * as SchemaOrgModule from '../structured-data/schema-org.js';

export type SchemaOrg = typeof SchemaOrgModule;

let loaded: SchemaOrg | undefined;
let loading: Promise<SchemaOrg | undefined> | undefined;

/** The schema.org writer, once loaded. */
export function schemaOrg(): SchemaOrg | undefined {
  return loaded;
}

/** Makes the writer available without loading it: for the Node renderer, which renders synchronously. */
export function registerSchemaOrg(module: SchemaOrg): void {
  loaded = module;
}

/** Loads the writer, once; resolves to undefined, with a warning, when it cannot be loaded (a later call tries again). */
export function loadSchemaOrg(): Promise<SchemaOrg | undefined> {
  if (loaded) return Promise.resolve(loaded);
  loading ??= import('../structured-data/schema-org.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      console.warn(
        `casefile: could not load the structured-data writer: ${error instanceof Error ? error.message : String(error)}`,
      );
      return undefined;
    },
  );
  return loading;
}
