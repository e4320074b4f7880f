/**
 * Where a problem with the story belongs in the editor: the validator's
 * errors and the sourcing warnings both name a JSON path, which becomes the
 * section, the entry and the field the editor shows it beside.
 */
import { CARRYING_SOURCE_KINDS, SOURCE_KINDS, type Story } from '../data/types.js';
import type { ValidationError } from '../data/validate.js';
import { COLLECTIONS, parsePath, pathOf, type Collection } from './story-edit.js';

export type Section = Collection | 'cases' | 'report';
export const SECTIONS: readonly Section[] = ['cases', ...COLLECTIONS, 'report'];

export interface Problem {
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

/** Lists of ids: an error about one of them belongs to the list's checkboxes. */
const REFERENCE_LISTS = new Set([
  'sources',
  'people',
  'quotes',
  'keyPeople',
  'keyDates',
  'positions',
  'alsoOn',
  'aliases',
]);

/** The path of the field that shows a problem at `path`. */
export function fieldPath(path: string): string {
  const parts = parsePath(path);
  const last = parts.at(-1);
  const parent = parts.at(-2);
  if (typeof last === 'number' && typeof parent === 'string' && REFERENCE_LISTS.has(parent)) parts.pop();
  if (parent === 'speaker') parts.pop();
  return pathOf(parts);
}

/** The section and entry a path is in. */
export function locate(path: string): { section: Section; index: number } {
  const [head, index] = parsePath(path);
  if (head === 'report') return { section: 'report', index: 0 };
  if (typeof head === 'string' && (SECTIONS as readonly string[]).includes(head))
    return { section: head as Section, index: typeof index === 'number' ? index : 0 };
  return { section: 'cases', index: 0 };
}

export function fromValidation(errors: readonly ValidationError[]): Problem[] {
  return errors.map((error) => ({ path: error.path, message: error.message, severity: 'error' }));
}

/**
 * The sourcing rules (README, "How the story is checked") that the schema
 * does not enforce, as warnings: a fact that only `state-media`,
 * `reference` or `other` sources carry, and a source without a kind.
 */
export function sourcingWarnings(story: Story): Problem[] {
  const kinds = new Map(story.sources.map((source) => [source.id, source.kind as string | undefined]));
  const warnings: Problem[] = [];
  story.sources.forEach((source, i) => {
    if (!(SOURCE_KINDS as readonly (string | undefined)[]).includes(source.kind))
      warnings.push({
        path: pathOf(['sources', i, 'kind']),
        message: `has no kind: say whether it is ${SOURCE_KINDS.join(', ')}`,
        severity: 'warning',
      });
  });
  const check = (sources: readonly string[] | undefined, path: (string | number)[]) => {
    const cited = (sources ?? []).map((id) => kinds.get(id)).filter((kind) => kind !== undefined);
    if (cited.length === 0 || cited.some((kind) => (CARRYING_SOURCE_KINDS as readonly string[]).includes(kind))) return;
    warnings.push({
      path: pathOf([...path, 'sources']),
      message: `carried only by ${[...new Set(cited)].join(' and ')} sources: cite an official or news source too`,
      severity: 'warning',
    });
  };
  for (const collection of ['cases', ...COLLECTIONS] as const) {
    (story[collection] as readonly { sources?: readonly string[] }[]).forEach((entry, i) => {
      if (collection !== 'sources') check(entry.sources, [collection, i]);
    });
  }
  story.people.forEach((person, i) =>
    person.status?.forEach((period, j) => check(period.sources, ['people', i, 'status', j])),
  );
  return warnings;
}
