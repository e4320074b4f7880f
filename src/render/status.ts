import { html, nothing, type TemplateResult } from 'lit';
import { statusOn, type StatusOn } from '../data/status.js';
import type { Person, StatusKind } from '../data/types.js';
import type { RenderContext } from './context.js';

/** Statuses that are a moment ("released, 24 September 2021"), not a state ("detained since…"). */
const MOMENTS: readonly StatusKind[] = ['released', 'charges-dismissed'];

/**
 * A person's legal situation on the day the widget describes, with how long
 * the detention around it lasted: "Charged with espionage, since 19 June 2020
 * · in detention for 711 days".
 */
export function renderStatus(
  ctx: RenderContext,
  person: Person,
  status: StatusOn | undefined = statusOn(person, ctx.day),
): TemplateResult | typeof nothing {
  if (!status) return nothing;
  const { period, custodyDays, inCustody } = status;
  const when = MOMENTS.includes(period.kind) ? ctx.date(period.from) : ctx.strings.since(ctx.date(period.from));
  const days = custodyDays === undefined ? undefined : ctx.strings.days(custodyDays);
  const duration =
    days === undefined
      ? nothing
      : html` · ${inCustody ? ctx.strings.inCustodyFor(days) : ctx.strings.afterInCustody(days)}`;
  return html`<span part="status" class="status"
    >${ctx.text(period.detail)}${ctx.strings.comma}${when}${duration}</span
  >`;
}
