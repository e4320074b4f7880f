import { validateStoryInSlices } from '../data/validate.js';
import type { Story } from '../data/types.js';

/** Why an import was refused: where (a line, a JSON path) and what. */
export interface ImportProblem {
  where: string;
  message: string;
}

export type Opened = { story: Story; problems?: undefined } | { story?: undefined; problems: ImportProblem[] };

/** Line and column (from 1) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/**
 * Parses JSON, or says where it breaks as a line and column: Chromium's
 * messages give a character offset (`at position 42`), or none for text that
 * ends too early, which breaks at its end.
 */
export function parseJson(text: string): { value: unknown } | { problem: ImportProblem } {
  const source = text.replace(/^\uFEFF/, '');
  try {
    return { value: JSON.parse(source) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message)?.[1];
    const offset = position === undefined ? source.length : Number(position);
    const { line, column } = lineAndColumn(source, offset);
    return {
      problem: { where: `line ${line}, column ${column}`, message: message.replace(/\s*\(line \d+ column \d+\)/, '') },
    };
  }
}

/**
 * A story from JSON text, checked as `<case-data>` checks it (in slices, so a
 * big file keeps the page responsive). A story that breaks a rule is not
 * opened: each problem names its JSON path.
 */
export async function openStoryJson(text: string): Promise<Opened> {
  if (text.trim() === '') return { problems: [{ where: 'line 1', message: 'empty; expected a story as JSON' }] };
  const parsed = parseJson(text);
  if ('problem' in parsed) return { problems: [parsed.problem] };
  return openStoryValue(parsed.value);
}

export async function openStoryValue(value: unknown): Promise<Opened> {
  const { story, errors } = await validateStoryInSlices(value);
  if (story) return { story };
  return { problems: errors.map((error) => ({ where: error.path || 'story', message: error.message })) };
}
