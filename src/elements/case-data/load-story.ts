import type { Story } from '../../data/types.js';
import type { DatasetError } from './casefile-error-event.js';

export type LoadResult = { story: Story; errors?: undefined } | { story?: undefined; errors: readonly DatasetError[] };

/** How long `<case-data>` waits for its `src` by default, in seconds. */
export const DEFAULT_TIMEOUT_SECONDS = 15;

/**
 * The largest dataset `<case-data>` reads, in characters of JSON (about as
 * many bytes): more than twice a story of 5,000 people and 20,000 events.
 */
export const MAX_STORY_LENGTH = 16 * 1024 * 1024;

interface Fetching {
  result: Promise<LoadResult>;
  controller: AbortController;
}

// One fetch (and one validation) per URL, shared by every provider on the
// page. Only successes stay: a failure is forgotten as soon as it is known,
// so a later provider, a new src or reload() asks the network again.
const byUrl = new Map<string, Fetching>();

const problem = (message: string): LoadResult => ({ errors: [{ path: '', message }] });
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));
const tooLong = (what: string, length: number) =>
  problem(
    `${what} is ${length.toLocaleString('en')} characters long; the limit is ${MAX_STORY_LENGTH.toLocaleString('en')}`,
  );

/** Validates JSON against the story schema; the validator is loaded only when a dataset is. */
async function validated(json: unknown): Promise<LoadResult> {
  const { validateStoryInSlices } = await import('../../data/validate.js');
  const result = await validateStoryInSlices(json);
  return result.story
    ? { story: result.story }
    : { errors: result.errors.map(({ path, message }) => ({ path, message })) };
}

async function fetchStory(url: string, signal: AbortSignal): Promise<LoadResult> {
  let text: string;
  try {
    const response = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' }, signal });
    if (!response.ok) return problem(`${url} answered ${response.status} ${response.statusText}`.trim());
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > MAX_STORY_LENGTH) return tooLong(url, declared);
    text = await response.text();
  } catch (error) {
    return problem(`could not fetch ${url}: ${reason(error)}`);
  }
  return parseStory(text, url);
}

/** The story at a URL (resolved against the page), fetched once for the whole page while it loads well. */
export function loadStoryFrom(
  src: string,
  base: string,
  timeoutSeconds = DEFAULT_TIMEOUT_SECONDS,
): Promise<LoadResult> {
  let url: string;
  try {
    url = new URL(src, base).href;
  } catch {
    return Promise.resolve(problem(`src="${src}" is not a URL`));
  }
  let fetching = byUrl.get(url);
  if (!fetching) {
    const controller = new AbortController();
    const started: Fetching = { controller, result: fetchStory(url, controller.signal) };
    byUrl.set(url, started);
    void started.result.then((loaded) => {
      if (loaded.errors) forget(url, started);
    });
    fetching = started;
  }
  return withTimeout(url, fetching, timeoutSeconds);
}

/** Forgets a URL's story, so the next provider to ask fetches it anew. */
export function forgetStory(src: string, base: string): void {
  try {
    byUrl.delete(new URL(src, base).href);
  } catch {
    // Not a URL: nothing was kept for it.
  }
}

function forget(url: string, fetching: Fetching): void {
  if (byUrl.get(url) === fetching) byUrl.delete(url);
}

function withTimeout(url: string, fetching: Fetching, seconds: number): Promise<LoadResult> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      forget(url, fetching);
      fetching.controller.abort();
      resolve(problem(`${url} did not answer within ${seconds} s`));
    }, seconds * 1000);
    void fetching.result.then((loaded) => {
      clearTimeout(timer);
      resolve(loaded);
    });
  });
}

/** A story written as JSON text: inline, or as fetched from `where`. */
export function parseStory(text: string, where = 'the inline JSON'): Promise<LoadResult> {
  if (text.length > MAX_STORY_LENGTH) return Promise.resolve(tooLong(where, text.length));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return Promise.resolve(problem(`${where} is malformed: ${reason(error)}`));
  }
  return validated(json);
}
