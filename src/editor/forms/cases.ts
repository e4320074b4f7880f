import { html, type TemplateResult } from 'lit';
import type { Case, ReviewedReport } from '../../data/types.js';
import { child } from '../../data/validate/report.js';
import { checkboxField, datedTextField, dateField, referenceField, textField, type FormContext } from '../fields.js';
import { eventChoices, personChoices, positionChoices, sourceChoices } from './choices.js';

export function caseForm(ctx: FormContext, index: number): TemplateResult {
  const entry = ctx.story.cases[index] as Case;
  const at = (key: string) => child(`cases[${index}]`, key);
  return html`
    ${datedTextField(ctx, at('headline'), 'Headline', entry.headline)}
    ${datedTextField(ctx, at('summary'), 'Summary', entry.summary, { multiline: true })}
    ${dateField(ctx, at('articleDate'), 'The story is told as of', entry.articleDate)}
    ${referenceField(ctx, at('keyPeople'), 'Key people', personChoices(ctx.story), entry.keyPeople)}
    ${referenceField(ctx, at('keyDates'), 'Key events', eventChoices(ctx.story), entry.keyDates)}
    ${referenceField(ctx, at('positions'), 'Positions', positionChoices(ctx.story), entry.positions)}
    ${referenceField(ctx, at('sources'), 'Sources', sourceChoices(ctx.story), entry.sources)}
  `;
}

/** The report the corrections correct; absent until the newsroom says the story reviews one. */
export function reportForm(ctx: FormContext): TemplateResult {
  const report = ctx.story.report as ReviewedReport | undefined;
  if (!report)
    return html`<p>This story reviews no report. Corrections then name “the reviewed report” by the case’s date.</p>
      <button type="button" data-action="add" data-path="report" data-template="report">
        Describe the reviewed report
      </button>`;
  const at = (key: string) => child('report', key);
  return html`
    ${textField(ctx, at('publisher'), 'Publisher (leave empty when not known)', report.publisher, { optional: true })}
    ${textField(ctx, at('title'), 'Headline, as published', report.title)}
    ${dateField(ctx, at('date'), 'Published', report.date)}
    ${textField(ctx, at('lang'), 'Language of the text reviewed (BCP 47)', report.lang)}
    ${checkboxField(
      ctx,
      at('machineTranslated'),
      'The text reviewed is a machine translation',
      Boolean(report.machineTranslated),
      {
        optional: true,
      },
    )}
    ${textField(ctx, at('translatedFrom'), 'Translated from (BCP 47)', report.translatedFrom, { optional: true })}
    ${textField(ctx, at('url'), 'Address (http or https)', report.url, { optional: true, type: 'url' })}
    <button type="button" data-action="remove" data-path="report">Remove the reviewed report</button>
  `;
}
