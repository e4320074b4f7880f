/**
 * Run-time validation of a story that arrives as JSON (`<case-data>`).
 *
 * One schema, two readers. story.schema.json is the contract newsroom tools
 * validate against (with any JSON Schema library); this module does not
 * restate it in code but interprets it: validate/schema-walk.ts walks the
 * input along the schema's subset of draft 2020-12 (type, required,
 * properties, additionalProperties, items, pattern, enum, minLength, minItems,
 * $ref, $defs, oneOf), so a field added to the schema is checked here with no
 * second edit, and the two cannot drift. What JSON Schema cannot say is
 * written by hand on top: dates that match the pattern but do not exist
 * (parsePartialDate), URLs that are not absolute http(s) (safeHttpUrl), and in
 * validate/references.ts unique ids and references that resolve.
 * test/validate.test.ts checks the schema uses no keyword the walk ignores;
 * test/schema.test.mjs checks that Ajv and this validator agree.
 *
 * It imports no story, so it stays small: `<case-data>` loads it on demand.
 */
import schema from './story.schema.json' with { type: 'json' };
import type { Story } from './types.js';
import { checkReferences, referenceChecks } from './validate/references.js';
import { child, isEntry, Report, type ValidationError } from './validate/report.js';
import { SchemaWalk, type SchemaNode } from './validate/schema-walk.js';

export { MAX_ERRORS, type ValidationCode, type ValidationError } from './validate/report.js';

export type ValidationResult = { story: Story; errors: [] } | { story: undefined; errors: ValidationError[] };

// TypeScript infers `type: string` from JSON; the keyword test keeps the file within SchemaNode.
const root = schema as unknown as SchemaNode;
let walk: SchemaWalk | undefined;

/**
 * Checks untrusted JSON against the story schema and the rules between its
 * entries. Returns the story when it is valid, otherwise up to
 * {@link MAX_ERRORS} errors in document order. Never throws.
 *
 * @example
 * const { story, errors } = validateStory(JSON.parse(text));
 * if (!story) console.error(errors.slice(0, 5).map(formatError).join('\n'));
 */
export function validateStory(input: unknown): ValidationResult {
  const report = new Report();
  try {
    walk ??= new SchemaWalk(root);
    walk.check(root, input, '', report);
    if (isEntry(input)) checkReferences(input, report);
  } catch (error) {
    // Only a value JSON cannot produce gets here (a getter that throws, a cycle through a list).
    report.add('', 'type', `not a JSON value: ${error instanceof Error ? error.message : String(error)}`);
  }
  return report.errors.length === 0
    ? { story: input as Story, errors: [] }
    : { story: undefined, errors: report.errors };
}

/** Gives the main thread back between slices: `scheduler.yield()` where the browser has it, else a new task. */
function nextTask(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
}

/**
 * {@link validateStory} in slices of about `sliceMs` of work, handing the
 * main thread back between them, so a story of tens of thousands of entries
 * never freezes the page it loads into. Same checks, same result.
 */
export async function validateStoryInSlices(
  input: unknown,
  { sliceMs = 25, pause = nextTask }: { sliceMs?: number; pause?: () => Promise<void> } = {},
): Promise<ValidationResult> {
  if (!isEntry(input)) return validateStory(input);
  const report = new Report();
  try {
    walk ??= new SchemaWalk(root);
    // The story's own shape, with each collection cut to its first entry; the
    // other entries are checked one by one below, against the same item schema.
    const rest: [string, unknown[], SchemaNode][] = [];
    const shallow: Record<string, unknown> = { ...input };
    for (const [key, node] of Object.entries(root.properties ?? {})) {
      const list = input[key];
      if (!Array.isArray(list) || list.length < 2 || !node.items) continue;
      shallow[key] = list.slice(0, 1);
      rest.push([key, list, node.items]);
    }
    walk.check(root, shallow, '', report);
    let started = performance.now();
    for (const [key, list, items] of rest) {
      for (let i = 1; i < list.length && !report.full; i++) {
        walk.check(items, list[i], child(key, i), report);
        if (performance.now() - started > sliceMs) {
          await pause();
          started = performance.now();
        }
      }
    }
    const steps = referenceChecks(input, report);
    while (!steps.next().done) {
      if (performance.now() - started > sliceMs) {
        await pause();
        started = performance.now();
      }
    }
  } catch (error) {
    report.add('', 'type', `not a JSON value: ${error instanceof Error ? error.message : String(error)}`);
  }
  return report.errors.length === 0
    ? { story: input as unknown as Story, errors: [] }
    : { story: undefined, errors: report.errors };
}

/** One error as a line for a reader: `people[3].name.en: required`. */
export function formatError(error: ValidationError): string {
  return `${error.path || 'story'}: ${error.message}`;
}
