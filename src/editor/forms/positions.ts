import { html, type TemplateResult } from 'lit';
import type { Organization, Position } from '../../data/types.js';
import { child } from '../../data/validate/report.js';
import { datedTextField, localizedField, referenceField, selectField, textField, type FormContext } from '../fields.js';
import { organizationChoices, quoteChoices, sourceChoices } from './choices.js';

export function organizationForm(ctx: FormContext, index: number): TemplateResult {
  const organization = ctx.story.organizations[index] as Organization;
  const at = (...keys: (string | number)[]) =>
    keys.reduce<string>((p, key) => child(p, key), `organizations[${index}]`);
  return html`
    ${localizedField(ctx, at('name'), 'Name', organization.name)}
    <fieldset class="group" data-path=${at('nativeName')}>
      <legend>Name in its own script <span class="optional">(optional)</span></legend>
      ${textField(ctx, at('nativeName', 'text'), 'Name', organization.nativeName?.text, { optional: true })}
      ${textField(ctx, at('nativeName', 'lang'), 'Its language (BCP 47)', organization.nativeName?.lang, {
        optional: true,
      })}
    </fieldset>
    ${localizedField(ctx, at('description'), 'What it is, in a phrase', organization.description)}
    ${referenceField(ctx, at('sources'), 'Sources', sourceChoices(ctx.story), organization.sources)}
  `;
}

export function positionForm(ctx: FormContext, index: number): TemplateResult {
  const position = ctx.story.positions[index] as Position;
  const at = (...keys: (string | number)[]) => keys.reduce<string>((p, key) => child(p, key), `positions[${index}]`);
  return html`
    ${selectField(ctx, at('party'), 'Party (an organization)', organizationChoices(ctx.story), position.party)}
    ${datedTextField(ctx, at('stance'), 'Its stance, in its own terms', position.stance, { multiline: true })}
    ${referenceField(ctx, at('quotes'), 'Quotes that support it', quoteChoices(ctx.story), position.quotes)}
    ${referenceField(ctx, at('sources'), 'Sources', sourceChoices(ctx.story), position.sources)}
  `;
}
