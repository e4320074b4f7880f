import { html, type TemplateResult } from 'lit';
import { STATUS_KINDS, type Person } from '../../data/types.js';
import { child } from '../../data/validate/report.js';
import { dateField, localizedField, referenceField, selectField, textField, type FormContext } from '../fields.js';
import { sourceChoices } from './choices.js';

export function personForm(ctx: FormContext, index: number): TemplateResult {
  const person = ctx.story.people[index] as Person;
  const path = `people[${index}]`;
  const at = (...keys: (string | number)[]) => keys.reduce<string>((p, key) => child(p, key), path);
  const sources = sourceChoices(ctx.story);
  const quotes = ctx.story.quotes
    .filter((quote) => 'person' in quote.speaker && quote.speaker.person === person.id)
    .map((quote) => ({ value: quote.id, label: `${quote.date} ${quote.text.en.slice(0, 60)}` }));
  return html`
    ${localizedField(ctx, at('name'), 'Name', person.name)}
    <fieldset class="group" data-path=${at('nativeName')}>
      <legend>Name in its own script <span class="optional">(optional)</span></legend>
      ${textField(ctx, at('nativeName', 'text'), 'Name', person.nativeName?.text, { optional: true })}
      ${textField(ctx, at('nativeName', 'lang'), 'Its language (BCP 47, e.g. zh-Hans)', person.nativeName?.lang, {
        optional: true,
      })}
      ${textField(ctx, at('nativeName', 'romanized'), 'Romanization', person.nativeName?.romanized, {
        optional: true,
      })}
    </fieldset>
    ${localizedField(ctx, at('nationality'), 'Nationality', person.nationality)}
    ${localizedField(ctx, at('bio'), 'Biography (two or three neutral sentences)', person.bio, { multiline: true })}
    <fieldset class="group" data-path=${at('roles')}>
      <legend>Roles</legend>
      ${person.roles.map(
        (role, i) =>
          html`<div class="item">
            ${localizedField(ctx, at('roles', i, 'title'), `Role ${i + 1}`, role.title)}
            <div class="row">
              ${dateField(ctx, at('roles', i, 'from'), 'From', role.from, true)}
              ${dateField(ctx, at('roles', i, 'to'), 'To', role.to, true)}
              ${dateField(ctx, at('roles', i, 'confirmed'), 'Last confirmed', role.confirmed, true)}
            </div>
            <button type="button" data-action="remove" data-path=${at('roles', i)}>Remove role ${i + 1}</button>
          </div>`,
      )}
      <button type="button" data-action="add" data-path=${at('roles')} data-template="role">Add a role</button>
    </fieldset>
    <fieldset class="group" data-path=${at('status')}>
      <legend>
        Legal situation <span class="optional">(only for people whose situation is part of the story)</span>
      </legend>
      ${(person.status ?? []).map(
        (period, i) =>
          html`<div class="item">
            <div class="row">
              ${selectField(
                ctx,
                at('status', i, 'kind'),
                `Step ${i + 1}`,
                STATUS_KINDS.map((kind) => ({ value: kind, label: kind })),
                period.kind,
              )}
              ${dateField(ctx, at('status', i, 'from'), 'From', period.from)}
            </div>
            ${localizedField(ctx, at('status', i, 'detail'), `Step ${i + 1}: what it was`, period.detail)}
            ${localizedField(ctx, at('status', i, 'place'), `Step ${i + 1}: where`, period.place, { optional: true })}
            ${referenceField(ctx, at('status', i, 'sources'), `Step ${i + 1}: sources`, sources, period.sources)}
            <button type="button" data-action="remove" data-path=${at('status', i)}>Remove step ${i + 1}</button>
          </div>`,
      )}
      <button type="button" data-action="add" data-path=${at('status')} data-template="status">
        Add a step of the legal situation
      </button>
    </fieldset>
    ${
      quotes.length > 0
        ? selectField(ctx, at('leadQuote'), 'Lead quote (shown by quote-block)', quotes, person.leadQuote ?? '', {
            optional: true,
            placeholder: 'None',
          })
        : ''
    }
    ${referenceField(ctx, at('sources'), 'Sources', sources, person.sources)}
  `;
}
