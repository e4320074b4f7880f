/** What kind of rule a dataset broke; stable, so a tool can react to a kind of error. */
export type ValidationCode =
  | 'type'
  | 'required'
  | 'empty'
  | 'unknown-property'
  | 'invalid-id'
  | 'invalid-language'
  | 'invalid-date'
  | 'invalid-url'
  | 'invalid-status-kind'
  | 'invalid-source-kind'
  | 'invalid-correction-kind'
  | 'version-order'
  | 'invalid-markup'
  | 'unsourced'
  | 'one-of'
  | 'duplicate-id'
  | 'unresolved-reference'
  | 'lead-quote-speaker'
  | 'status-order'
  // A schema keyword with no message of its own (a newer schema than this validator knows).
  | 'pattern'
  | 'enum'
  | 'too-short';

/** One reason a dataset cannot be used, with where in the JSON it is. */
export interface ValidationError {
  /** JS-style path into the JSON, e.g. `people[3].name.en`; empty for the whole document. */
  path: string;
  message: string;
  code: ValidationCode;
}

/** The most errors one validation reports; a caller shows the first few. */
export const MAX_ERRORS = 50;

/** Collects errors up to a limit, after which every check stops early. */
export class Report {
  readonly errors: ValidationError[] = [];

  constructor(private readonly limit = MAX_ERRORS) {}

  get full(): boolean {
    return this.errors.length >= this.limit;
  }

  add(path: string, code: ValidationCode, message: string): void {
    if (!this.full) this.errors.push({ path, code, message });
  }
}

/** `people[3]` + `name` → `people[3].name`; keys that are not identifiers are bracketed: `title["zh-Hans"]`. */
export function child(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** A value quoted for a message, cut short: a message must stay readable whatever the JSON holds. */
export function show(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);
}

export type Entry = Record<string, unknown>;

export function isEntry(value: unknown): value is Entry {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
