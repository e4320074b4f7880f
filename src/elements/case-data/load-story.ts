import type { Story } from '../../data/types.js';
import type { DatasetError } from './casefile-error-event.js';

export type LoadResult = { story: Story; errors?: undefined } | { story?: undefined; errors: readonly DatasetError[] };

// One fetch (and one validation) per URL, shared by every provider on the page.
const byUrl = new Map<string, Promise<LoadResult>>();

const problem = (message: string): LoadResult => ({ errors: [{ path: '', message }] });
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Validates JSON against the story schema; the validator is loaded only when a dataset is. */
async function validated(json: unknown): Promise<LoadResult> {
  const { validateStory } = await import('../../data/validate.js');
  const result = validateStory(json);
  return result.story ? { story: result.story } : { errors: result.errors.map(({ path, message }) => ({ path, message })) };
}

async function fetchStory(url: string): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
  } catch (error) {
    return problem(`could not fetch ${url}: ${reason(error)}`);
  }
  if (!response.ok) return problem(`${url} answered ${response.status} ${response.statusText}`.trim());
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    return problem(`${url} is not valid JSON: ${reason(error)}`);
  }
  return validated(json);
}

/** The story at a URL (resolved against the page), fetched once for the whole page. */
export function loadStoryFrom(src: string, base: string): Promise<LoadResult> {
  let url: string;
  try {
    url = new URL(src, base).href;
  } catch {
    return Promise.resolve(problem(`src="${src}" is not a URL`));
  }
  let result = byUrl.get(url);
  if (!result) {
    result = fetchStory(url);
    byUrl.set(url, result);
  }
  return result;
}

/** The story written inline, in a `<script type="application/json">`. */
export function parseInlineStory(text: string): Promise<LoadResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return Promise.resolve(problem(`the inline JSON is malformed: ${reason(error)}`));
  }
  return validated(json);
}
