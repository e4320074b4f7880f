import { html, nothing, type TemplateResult } from 'lit';
import type { Role } from '../data/types.js';
import type { Phrase } from '../i18n/strings.js';
import type { RenderContext } from './context.js';

/**
 * A role as true on the day described: a role that has ended carries its
 * dates; a role the sources confirm only up to some date says "as of" that
 * date once the day described is later, rather than passing for current.
 */
export function renderRole(ctx: RenderContext, role: Role, current: boolean): TemplateResult {
  let qualifier: Phrase | typeof nothing = nothing;
  if (!current && role.to) {
    qualifier = ctx.strings.aside(ctx.strings.dateRange(role.from ? ctx.date(role.from) : '…', ctx.date(role.to)));
  } else if (current && role.confirmed && ctx.after(role.confirmed)) {
    qualifier = ctx.strings.aside(ctx.strings.roleAsOf(ctx.date(role.confirmed)));
  }
  return html`${ctx.text(role.title)}${qualifier}`;
}
