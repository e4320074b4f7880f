import type { Organization, Position } from '../data/types.js';
import type { RenderContext } from './context.js';

const collators = new Map<string, Intl.Collator>();

/**
 * The parties' positions in the order every widget shows them: alphabetical
 * by the party's name in the reader's language. A rule outside the story, so
 * no side is put first for being first in the data.
 */
export function sidesInOrder(
  ctx: RenderContext,
  positionIds: readonly string[],
): { position: Position; party: Organization | undefined }[] {
  let collator = collators.get(ctx.lang);
  if (!collator) {
    collator = new Intl.Collator(ctx.lang);
    collators.set(ctx.lang, collator);
  }
  const sides = positionIds
    .map((id) => ctx.index.positions.get(id))
    .filter((position): position is Position => position !== undefined)
    .map((position) => ({ position, party: ctx.index.organizations.get(position.party) }));
  const name = (side: (typeof sides)[number]) => (side.party ? ctx.plain(side.party.name) : side.position.party);
  return sides.sort((a, b) => collator.compare(name(a), name(b)));
}
