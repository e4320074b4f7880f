import type { StoryIndex } from './story-index.js';

/** Edit distance, for suggesting the id an editor probably meant. */
function distance(a: string, b: string): number {
  // Row by row of the edit matrix: previous[j] is the distance from a[0, i - 1) to b[0, j).
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * Past this length a typed value is not a mistyped id but something pasted by
 * mistake; the edit distance grows with its length, so no search is made.
 */
export const MAX_SUGGESTION_INPUT = 100;

/**
 * The valid ids closest to what was typed: ids that contain it (or are
 * contained in it) first, then by edit distance. None for values longer than
 * {@link MAX_SUGGESTION_INPUT}.
 */
export function nearestIds(typed: string, valid: Iterable<string>, count = 3): string[] {
  const needle = typed.trim().toLowerCase();
  if (needle.length > MAX_SUGGESTION_INPUT) return [];
  const ranked = [...valid].map((id) => {
    const contains = needle !== '' && (id.includes(needle) || needle.includes(id));
    // Compare part by part too: "kovrik" is one letter from the "kovrig" of
    // "michael-kovrig", and "zhao-2020" matches two parts of "zhao-lijian-2020-11-20".
    const parts = id.split('-');
    const byParts = needle
      .split('-')
      .reduce((sum, typedPart) => sum + Math.min(...parts.map((part) => distance(typedPart, part))), 0);
    const score = Math.min(distance(needle, id), byParts);
    return { id, score: contains ? -1 : score };
  });
  // Ties keep the order given: callers list the likeliest kinds first (people before events).
  ranked.sort((a, b) => a.score - b.score);
  return ranked.slice(0, count).map(({ id }) => id);
}

/**
 * The people closest to what was typed, by id or alias, each named once by
 * its id (an alias is never suggested beside the id it stands for).
 */
export function nearestPeople(index: StoryIndex, typed: string, among?: readonly string[], count = 3): string[] {
  const personOf = (key: string) => index.personIds.get(key) ?? key;
  const keys = [...index.personIds.keys()].filter((key) => !among || among.includes(personOf(key)));
  const ids = nearestIds(typed, keys, keys.length).map(personOf);
  return [...new Set(ids)].slice(0, count);
}
