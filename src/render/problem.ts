import type { UiStrings } from '../i18n/strings.js';

/** What is wrong with a widget's input, enough to tell an editor and a developer. */
export type Problem =
  | { kind: 'missing'; attribute: string; alternative?: string; valid: readonly string[] }
  | { kind: 'unknown'; attribute: string; value: string; valid: readonly string[] }
  | { kind: 'bad-value'; attribute: string; value: string; valid: readonly string[] }
  | { kind: 'bad-date'; attribute: string; value: string }
  | { kind: 'not-yet'; attribute: string; value: string; date: string; asOf: string }
  | { kind: 'order'; attribute: string; value: string; other: string; otherValue: string }
  | { kind: 'unexpected'; error: unknown };

export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'kind' in value;
}

const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

/** A typed value as messages repeat it: whole when short, cut with an ellipsis when it is not. */
function shown(value: string, max = 60): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

/** The same Problem with its values shortened for display. */
function forDisplay(problem: Problem): Problem {
  return 'value' in problem ? { ...problem, value: shown(problem.value) } : problem;
}

/** The one-line warning for the console, in English, naming attribute and valid values. */
export function describeProblem(tag: string, typed: Problem): string {
  const problem = forDisplay(typed);
  const where = `casefile: <${tag}>`;
  switch (problem.kind) {
    case 'missing':
      return `${where} needs a "${problem.attribute}" attribute${
        problem.alternative ? ` (or "${problem.alternative}")` : ''
      }. Valid ids include ${quoted(problem.valid)}.`;
    case 'unknown':
      return `${where} ${problem.attribute}="${problem.value}" matches nothing.${
        problem.valid.length > 0 ? ` Nearest valid ids: ${quoted(problem.valid)}.` : ''
      }`;
    case 'bad-value':
      return `${where} ${problem.attribute}="${problem.value}" is not allowed. Valid values: ${quoted(problem.valid)}.`;
    case 'bad-date':
      return `${where} ${problem.attribute}="${problem.value}" is not a valid date; write it as YYYY-MM-DD, e.g. "2020-11-20".`;
    case 'order':
      return `${where} ${problem.attribute}="${problem.value}" comes before ${problem.other}="${problem.otherValue}"; swap them.`;
    case 'not-yet':
      return `${where} ${problem.attribute}="${problem.value}" dates from ${problem.date}, after as-of="${problem.asOf}"; remove as-of or choose another ${problem.attribute}.`;
    case 'unexpected':
      return `${where} could not render its data: ${problem.error instanceof Error ? problem.error.message : String(problem.error)}`;
  }
}

/** The precise reason, for editors, in the widget's language: the notice's details, under a plain line for readers. */
export function noticeText(typed: Problem, strings: UiStrings): string {
  const problem = forDisplay(typed);
  switch (problem.kind) {
    case 'missing':
      return strings.notice(strings.noticeAttributeMissing(problem.attribute, problem.alternative));
    case 'unknown': {
      const unknown = strings.notice(strings.noticeUnknownId(problem.attribute, problem.value));
      if (problem.valid.length === 0) return unknown;
      return `${unknown} ${strings.noticeDidYouMean(problem.valid)}`;
    }
    case 'bad-value':
      return strings.notice(strings.noticeBadValue(problem.attribute, problem.value, problem.valid.join(', ')));
    case 'bad-date':
      return strings.notice(strings.noticeBadDate(problem.attribute, problem.value));
    case 'order':
      return strings.notice(strings.noticeOrder(problem.attribute, problem.value, problem.other, problem.otherValue));
    case 'not-yet':
      return strings.notice(strings.noticeNotYet(problem.attribute, problem.value, problem.asOf));
    case 'unexpected':
      return strings.notice(strings.noticeUnexpected);
  }
}
