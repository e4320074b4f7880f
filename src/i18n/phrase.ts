/**
 * Phrases as few pieces as they can be. A catalog writes a sentence as a list
 * of pieces (`['Sources', ': ', name]`), often with a phrase inside another;
 * Lit renders each piece of a list as a part of its own, with its own marker
 * in the DOM and its own object in memory. Flattened, with adjacent words
 * joined, a sentence of words alone becomes one string, one text node.
 */
import type { Phrase, UiStrings } from './strings.js';

/** A phrase flattened, its adjacent strings joined, empty strings dropped; a lone string is returned as is. */
export function compactPhrase(phrase: Phrase): Phrase {
  if (typeof phrase === 'string') return phrase;
  const pieces: unknown[] = [];
  const add = (piece: unknown): void => {
    if (Array.isArray(piece)) {
      for (const inner of piece) add(inner);
    } else if (typeof piece === 'string') {
      if (piece === '') return;
      const last = pieces.length - 1;
      if (typeof pieces[last] === 'string') pieces[last] += piece;
      else pieces.push(piece);
    } else {
      pieces.push(piece);
    }
  };
  add(phrase);
  return pieces.length === 0 ? '' : pieces.length === 1 && typeof pieces[0] === 'string' ? pieces[0] : pieces;
}

/** A catalog whose sentences come out compacted (`compactPhrase`). */
export function withCompactPhrases(strings: UiStrings): UiStrings {
  return Object.fromEntries(
    Object.entries(strings).map(([key, value]) => [
      key,
      typeof value === 'function'
        ? (...args: unknown[]) => {
            const result: unknown = (value as (...args: unknown[]) => unknown)(...args);
            return Array.isArray(result) ? compactPhrase(result) : result;
          }
        : value,
    ]),
  ) as unknown as UiStrings;
}
