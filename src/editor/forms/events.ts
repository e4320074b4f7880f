import { html, type TemplateResult } from 'lit';
import type { CaseEvent, Quote } from '../../data/types.js';
import { child } from '../../data/validate/report.js';
import {
  checkboxField,
  dateField,
  localizedField,
  referenceField,
  selectField,
  textField,
  type FormContext,
} from '../fields.js';
import { organizationChoices, personChoices, sourceChoices } from './choices.js';

export function eventForm(ctx: FormContext, index: number): TemplateResult {
  const event = ctx.story.events[index] as CaseEvent;
  const at = (...keys: (string | number)[]) => keys.reduce<string>((p, key) => child(p, key), `events[${index}]`);
  const keyDates = ctx.story.cases[0]?.keyDates ?? [];
  return html`
    ${dateField(ctx, at('date'), 'Date', event.date)} ${localizedField(ctx, at('title'), 'What happened', event.title)}
    ${referenceField(ctx, at('people'), 'People it involves', personChoices(ctx.story), event.people)}
    ${checkboxField(ctx, at('inArticle'), 'The reviewed report tells of it', event.inArticle)}
    ${checkboxField(ctx, `cases[0].keyDates`, 'Key event (shown by the timeline first)', keyDates.includes(event.id), {
      type: 'key-date',
      value: event.id,
    })}
    ${referenceField(ctx, at('sources'), 'Sources', sourceChoices(ctx.story), event.sources)}
  `;
}

export function quoteForm(ctx: FormContext, index: number): TemplateResult {
  const quote = ctx.story.quotes[index] as Quote;
  const at = (...keys: (string | number)[]) => keys.reduce<string>((p, key) => child(p, key), `quotes[${index}]`);
  const speakers = [
    ...personChoices(ctx.story).map((choice) => ({ value: `person:${choice.value}`, label: choice.label })),
    ...organizationChoices(ctx.story).map((choice) => ({
      value: `organization:${choice.value}`,
      label: `${choice.label} (organization)`,
    })),
  ];
  const speaker =
    'person' in quote.speaker ? `person:${quote.speaker.person}` : `organization:${quote.speaker.organization}`;
  return html`
    ${selectField(ctx, at('speaker'), 'Who said it', speakers, speaker, { type: 'speaker' })}
    ${dateField(ctx, at('date'), 'When', quote.date)}
    ${localizedField(ctx, at('text'), 'The words', quote.text, { multiline: true })}
    ${localizedField(ctx, at('setting'), 'Where and how it was said', quote.setting)}
    <fieldset class="group" data-path=${at('original')}>
      <legend>The words as said, when the text above is a translation <span class="optional">(optional)</span></legend>
      ${textField(ctx, at('original', 'text'), 'Original wording', quote.original?.text, {
        optional: true,
        multiline: true,
        ...(quote.original?.lang ? { lang: quote.original.lang } : {}),
      })}
      ${textField(ctx, at('original', 'lang'), 'Its language (BCP 47, e.g. zh-Hans)', quote.original?.lang, {
        optional: true,
      })}
    </fieldset>
    ${localizedField(ctx, at('translationNote'), 'Translation note', quote.translationNote, { optional: true })}
    ${referenceField(ctx, at('sources'), 'Sources', sourceChoices(ctx.story), quote.sources)}
  `;
}
