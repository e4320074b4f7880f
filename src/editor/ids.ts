/**
 * A dataset id from a name: lowercase words joined by hyphens, accents
 * dropped (`François-Philippe Champagne` → `francois-philippe-champagne`).
 * Empty when the name has no Latin letters or digits (a name written only in
 * Chinese); the caller then falls back to the kind of entry.
 */
export function idFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 8)
    .join('-');
}

/** `base`, or `base-2`, `base-3`…: the first that no entry in `taken` has. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
