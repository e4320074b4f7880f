import { html, nothing, type TemplateResult } from 'lit';
import { WIDGET_PARTS } from '../../data/story-split.js';
import { property } from 'lit/decorators.js';
import { rolesOn } from '../../data/status.js';
import type { Person } from '../../data/types.js';
import { checkChoice } from '../../internal/case-element.js';
import { HeadedElement } from '../../internal/headed-element.js';
import { heading } from '../../render/heading.js';
import { nearestPeople } from '../../data/nearest.js';
import type { Problem } from '../../render/problem.js';
import type { RenderContext } from '../../render/context.js';
import { renderCorrections } from '../../render/corrections.js';
import { renderSources } from '../../render/sources.js';
import { renderRole } from '../../render/role.js';
import { renderStatus } from '../../render/status.js';
import { baseStyles } from '../../internal/base-styles.js';
import type { JsonLd } from '../../structured-data/schema-org.js';
import type { SchemaOrg } from '../../internal/schema-org-loader.js';
import { styles } from './person-card.styles.js';
import { keepsDefault } from '../../internal/keeps-default.js';

export const PERSON_CARD_VARIANTS = ['full', 'compact'] as const;
export type PersonCardVariant = (typeof PERSON_CARD_VARIANTS)[number];

/** What a card shows: one person, in full or compact. */
interface PersonCardModel {
  person: Person;
  compact: boolean;
}

/**
 * One person of the story: name (and name in its own script), role and
 * status on the day described, nationality, a short biography and sources.
 *
 * @summary Profile card for a person in the case.
 * @tagname person-card
 * @csspart name - The person's name (a heading).
 * @csspart native-name - The name in its own script, with its romanization.
 * @csspart role - The role held on the day described.
 * @csspart facts - Nationality and status.
 * @csspart status - The legal situation on the day described, with its duration.
 * @csspart bio - The short biography (full variant).
 */
export class PersonCard extends HeadedElement<PersonCardModel> {
  static override styles = [baseStyles, styles];

  static override readonly shows = WIDGET_PARTS['person-card'];

  /** Dataset id or alias, e.g. `michael-kovrig` or `kang-mingkai`. */
  @property({ reflect: true })
  @keepsDefault
  person = '';

  /** `full` (default) or `compact` (name, role and status only). */
  @property({ reflect: true })
  @keepsDefault
  variant: PersonCardVariant = 'full';

  protected override resolve(ctx: RenderContext): PersonCardModel | Problem {
    const badVariant = checkChoice('variant', this.variant, PERSON_CARD_VARIANTS);
    if (badVariant) return badVariant;
    const ids = [...ctx.index.people.keys()];
    if (this.person.trim() === '') return { kind: 'missing', attribute: 'person', valid: ids.slice(0, 4) };
    const person = ctx.index.person(this.person);
    if (!person) {
      return { kind: 'unknown', attribute: 'person', value: this.person, valid: nearestPeople(ctx.index, this.person) };
    }
    return { person, compact: this.variant === 'compact' };
  }

  protected override renderModel({ person, compact }: PersonCardModel, ctx: RenderContext): TemplateResult {
    return html`
      ${heading(this.level, ctx.text(person.name), 'name')} ${ctx.native(person.nativeName, 'native-name', person.name)}
      ${this.renderRoles(ctx, person)} ${compact ? renderStatus(ctx, person) : this.renderFacts(ctx, person)}
      ${compact ? nothing : html`<p part="bio" class="bio">${ctx.text(person.bio)}</p>`}
      ${renderCorrections(ctx, person.id)} ${compact ? nothing : renderSources(ctx, person.sources)}
    `;
  }

  protected override jsonLd({ person }: PersonCardModel, ctx: RenderContext, schema: SchemaOrg): JsonLd[] {
    const role = rolesOn(person, ctx.day);
    const title = role.current ? role.roles.map((r) => ctx.plain(r.title)).join('; ') : undefined;
    return [schema.personLd(ctx, person, title || undefined), ...schema.correctionsLd(ctx, person.id)];
  }

  private renderRoles(ctx: RenderContext, person: Person): TemplateResult | typeof nothing {
    const { roles, current } = rolesOn(person, ctx.day);
    if (roles.length === 0) return nothing;
    return html`<p part="role" class="role">
      ${roles.map((role, i) => html`${i > 0 ? ctx.strings.semicolon : ''}${renderRole(ctx, role, current)}`)}
    </p>`;
  }

  private renderFacts(ctx: RenderContext, person: Person): TemplateResult {
    const status = renderStatus(ctx, person);
    return html`<dl part="facts" class="facts">
      <div>
        <dt>${ctx.strings.nationality}</dt>
        <dd>${ctx.text(person.nationality)}</dd>
      </div>
      ${
        status === nothing
          ? nothing
          : html`<div>
              <dt>${ctx.strings.status}</dt>
              <dd>${status}</dd>
            </div>`
      }
    </dl>`;
  }
}
