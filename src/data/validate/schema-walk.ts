import { parsePartialDate } from '../partial-date.js';
import { safeHttpUrl } from '../safe-url.js';
import { child, isEntry, Report, show, type ValidationCode } from './report.js';

/**
 * The part of JSON Schema (draft 2020-12) that story.schema.json uses. Every
 * other keyword is an annotation (`title`, `description`, `$id`…) and checks
 * nothing; test/validate.test.ts fails if the schema starts using a keyword
 * that is not listed here.
 */
export interface SchemaNode {
  type?: 'object' | 'array' | 'string' | 'boolean' | 'number' | 'integer';
  required?: readonly string[];
  properties?: Readonly<Record<string, SchemaNode>>;
  additionalProperties?: boolean;
  items?: SchemaNode;
  pattern?: string;
  enum?: readonly unknown[];
  minLength?: number;
  minItems?: number;
  $ref?: string;
  oneOf?: readonly SchemaNode[];
  $defs?: Readonly<Record<string, SchemaNode>>;
}

export const CHECKED_KEYWORDS = [
  'type',
  'required',
  'properties',
  'additionalProperties',
  'items',
  'pattern',
  'enum',
  'minLength',
  'minItems',
  '$ref',
  'oneOf',
  '$defs',
] as const;

interface Rule {
  code: ValidationCode | ((value: unknown) => ValidationCode);
  message: (value: unknown, node: SchemaNode) => string;
  /** What the schema's pattern cannot say, e.g. that 2021-02-29 does not exist. */
  holds?: (value: string) => boolean;
}

/**
 * Messages for the named definitions, in the newsroom's words rather than the
 * schema's ("is not a date" instead of "does not match ^\d{4}…"), and the
 * checks a pattern cannot make. Keyed by `$defs` name.
 */
const RULES: Readonly<Record<string, Rule>> = {
  Id: {
    code: 'invalid-id',
    message: (v) => `${show(v)} is not an id: use lowercase words joined by hyphens, e.g. "michael-kovrig"`,
  },
  Text: { code: 'empty', message: () => 'must not be empty' },
  LocalizedText: {
    code: (v) => (typeof v === 'string' && /\S/.test(v) ? 'invalid-markup' : 'empty'),
    message: (v) =>
      typeof v === 'string' && /\S/.test(v)
        ? `${show(v)} has a brace outside a language span: mark words in another language as {{zh-Hans|马前卒}}`
        : 'must not be empty',
  },
  LanguageTag: { code: 'invalid-language', message: (v) => `${show(v)} is not a language tag, e.g. "en" or "zh-Hans"` },
  DateString: {
    code: 'invalid-date',
    message: (v) => `${show(v)} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD`,
    holds: (v) => parsePartialDate(v) !== undefined,
  },
  HttpUrl: {
    code: 'invalid-url',
    message: (v) => `${show(v)} is not an http(s) URL`,
    holds: (v) => safeHttpUrl(v) !== undefined,
  },
  StatusKind: {
    code: 'invalid-status-kind',
    message: (v, node) => `${show(v)} is not a status kind: use one of ${(node.enum ?? []).join(', ')}`,
  },
  SourceKind: {
    code: 'invalid-source-kind',
    message: (v, node) => `${show(v)} is not a source kind: use one of ${(node.enum ?? []).join(', ')}`,
  },
  CorrectionKind: {
    code: 'invalid-correction-kind',
    message: (v, node) => `${show(v)} is not a correction kind: use one of ${(node.enum ?? []).join(', ')}`,
  },
  SourceList: { code: 'unsourced', message: () => 'must cite at least one source' },
};

const ARTICLES: Record<NonNullable<SchemaNode['type']>, string> = {
  object: 'an object',
  array: 'an array',
  string: 'a string',
  boolean: 'a boolean',
  number: 'a number',
  integer: 'an integer',
};

/** Walks a value along the schema, reporting every place where it does not fit. */
export class SchemaWalk {
  private readonly patterns = new Map<string, RegExp>();

  constructor(private readonly root: SchemaNode) {}

  check(node: SchemaNode, value: unknown, path: string, report: Report, def?: string): void {
    if (report.full) return;
    if (node.$ref !== undefined) {
      const name = node.$ref.replace(/^#\/\$defs\//, '');
      const target = this.root.$defs && Object.hasOwn(this.root.$defs, name) ? this.root.$defs[name] : undefined;
      // An unresolvable $ref is a bug in the schema, caught by the tests; it checks nothing here.
      if (target) this.check(target, value, path, report, name);
      return;
    }
    if (node.oneOf) return this.checkOneOf(node.oneOf, value, path, report);
    if (node.type !== undefined && !hasType(value, node.type)) {
      return report.add(path, 'type', `expected ${ARTICLES[node.type]}`);
    }
    this.checkValue(node, value, path, report, def);
    if (Array.isArray(value) && node.items) {
      for (let i = 0; i < value.length && !report.full; i++) this.check(node.items, value[i], child(path, i), report);
    } else if (isEntry(value)) {
      this.checkObject(node, value, path, report);
    }
  }

  /** enum, pattern, minLength, minItems, and the named definition's own rule. */
  private checkValue(node: SchemaNode, value: unknown, path: string, report: Report, def?: string): void {
    const broken = this.brokenKeyword(node, value);
    const rule = def !== undefined && Object.hasOwn(RULES, def) ? RULES[def] : undefined;
    if (rule && (broken || (typeof value === 'string' && rule.holds?.(value) === false))) {
      report.add(path, typeof rule.code === 'function' ? rule.code(value) : rule.code, rule.message(value, node));
    } else if (broken === 'enum') {
      report.add(path, 'enum', `${show(value)} is not one of ${(node.enum ?? []).map((v) => show(v)).join(', ')}`);
    } else if (broken === 'pattern') {
      report.add(path, 'pattern', `${show(value)} does not match ${node.pattern}`);
    } else if (broken === 'minLength') {
      report.add(path, 'too-short', `must be at least ${node.minLength} characters long`);
    } else if (broken === 'minItems') {
      report.add(path, 'too-short', `must have at least ${node.minItems} items`);
    }
  }

  private brokenKeyword(node: SchemaNode, value: unknown): 'enum' | 'pattern' | 'minLength' | 'minItems' | undefined {
    if (node.enum && !node.enum.includes(value)) return 'enum';
    if (typeof value === 'string') {
      // JSON Schema counts characters as code points, not UTF-16 units.
      if (node.minLength !== undefined && [...value].length < node.minLength) return 'minLength';
      if (node.pattern !== undefined && !this.regExp(node.pattern).test(value)) return 'pattern';
    }
    if (Array.isArray(value) && node.minItems !== undefined && value.length < node.minItems) return 'minItems';
    return undefined;
  }

  /** Declared properties in the schema's order (present ones checked, required ones missing reported), then unknown ones. */
  private checkObject(node: SchemaNode, value: Record<string, unknown>, path: string, report: Report): void {
    const properties = node.properties ?? {};
    for (const [key, schema] of Object.entries(properties)) {
      if (report.full) return;
      if (Object.hasOwn(value, key) && value[key] !== undefined)
        this.check(schema, value[key], child(path, key), report);
      else if (node.required?.includes(key)) report.add(child(path, key), 'required', 'required');
    }
    for (const key of node.required ?? []) {
      if (!Object.hasOwn(properties, key) && !Object.hasOwn(value, key))
        report.add(child(path, key), 'required', 'required');
    }
    if (node.additionalProperties !== false) return;
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(properties, key)) report.add(child(path, key), 'unknown-property', 'unknown property');
    }
  }

  /**
   * Exactly one branch must fit. When none does, the errors of the branch that
   * came closest say what is wrong; when two come equally close (`{}` for a
   * speaker), one message names the choices.
   */
  private checkOneOf(branches: readonly SchemaNode[], value: unknown, path: string, report: Report): void {
    const tries = branches.map((branch) => {
      const scratch = new Report();
      this.check(branch, value, path, scratch);
      return scratch.errors;
    });
    const fitting = tries.filter((errors) => errors.length === 0).length;
    if (fitting === 1) return;
    // One branch of the value's JSON type (a text, or a list of its versions): its errors say what is wrong.
    const ofType = tries.filter((_, i) => {
      const branch = branches[i];
      const type = branch ? this.resolve(branch).type : undefined;
      return type === undefined || hasType(value, type);
    });
    const [onlyOfType] = ofType;
    if (fitting === 0 && ofType.length === 1 && onlyOfType) {
      for (const error of onlyOfType) report.add(error.path, error.code, error.message);
      return;
    }
    const fewest = Math.min(...tries.map((errors) => errors.length));
    const closest = tries.filter((errors) => errors.length === fewest);
    const [onlyClosest] = closest;
    if (fitting === 0 && closest.length === 1 && onlyClosest) {
      for (const error of onlyClosest) report.add(error.path, error.code, error.message);
      return;
    }
    const keys = branches.map((branch) => branch.required ?? []);
    const choices = keys.map((required) => required.map((key) => `"${key}"`).join(' and ')).join(' or ');
    const held = keys.filter((required) => isEntry(value) && required.every((key) => Object.hasOwn(value, key))).length;
    report.add(path, 'one-of', held > 1 ? `must have only one of ${choices}` : `expected an object with ${choices}`);
  }

  /** The node a `$ref` names, or the node itself. */
  private resolve(node: SchemaNode): SchemaNode {
    if (node.$ref === undefined) return node;
    const name = node.$ref.replace(/^#\/\$defs\//, '');
    return (this.root.$defs && Object.hasOwn(this.root.$defs, name) ? this.root.$defs[name] : undefined) ?? node;
  }

  private regExp(pattern: string): RegExp {
    let re = this.patterns.get(pattern);
    if (!re) this.patterns.set(pattern, (re = new RegExp(pattern, 'u')));
    return re;
  }
}

function hasType(value: unknown, type: NonNullable<SchemaNode['type']>): boolean {
  switch (type) {
    case 'object':
      return isEntry(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    default:
      return typeof value === type;
  }
}
