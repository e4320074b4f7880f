import { html, type TemplateResult } from 'lit';
import { CORRECTION_KINDS, SOURCE_KINDS, type Correction, type Source } from '../../data/types.js';
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
import { sourceChoices, subjectChoices } from './choices.js';

const KIND_LABELS: Record<(typeof SOURCE_KINDS)[number], string> = {
  official: 'Official (government, court, filing)',
  news: 'News organization',
  'state-media': 'State media',
  reference: 'Reference (encyclopedia)',
  other: 'Other',
};

export function sourceForm(ctx: FormContext, index: number): TemplateResult {
  const source = ctx.story.sources[index] as Source;
  const at = (key: string) => child(`sources[${index}]`, key);
  return html`
    ${textField(ctx, at('publisher'), 'Publisher', source.publisher)}
    ${selectField(
      ctx,
      at('kind'),
      'Kind of publisher',
      SOURCE_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] })),
      source.kind ?? '',
    )}
    ${localizedField(ctx, at('title'), source.titleIsDescription ? 'Description of the page' : 'Headline', source.title)}
    ${checkboxField(ctx, at('titleIsDescription'), 'The headline is not known: the text above describes the page', Boolean(source.titleIsDescription), { optional: true })}
    ${textField(ctx, at('url'), 'Address (http or https)', source.url, { type: 'url' })}
    ${dateField(ctx, at('published'), 'Published', source.published, true)}
    ${textField(ctx, at('lang'), 'Language of the page (BCP 47, e.g. en, fr, zh-Hans)', source.lang)}
  `;
}

export function correctionForm(ctx: FormContext, index: number): TemplateResult {
  const correction = ctx.story.corrections[index] as Correction;
  const at = (key: string) => child(`corrections[${index}]`, key);
  const subjects = subjectChoices(ctx.story);
  return html`
    ${selectField(
      ctx,
      at('kind'),
      'Kind',
      CORRECTION_KINDS.map((kind) => ({
        value: kind,
        label:
          kind === 'correction'
            ? 'Correction: the report said something false'
            : 'Clarification: imprecise, dated or unconfirmed',
      })),
      correction.kind ?? 'correction',
    )}
    ${selectField(ctx, at('subject'), 'Shown with', subjects, correction.subject)}
    ${referenceField(
      ctx,
      at('alsoOn'),
      'Also shown with',
      subjects.filter((subject) => subject.value !== correction.subject),
      correction.alsoOn ?? [],
    )}
    ${textField(ctx, at('articleSaid'), 'What the report said (quoted)', correction.articleSaid, { multiline: true })}
    ${localizedField(ctx, at('verified'), 'What is verified instead', correction.verified, { multiline: true })}
    ${referenceField(ctx, at('sources'), 'Sources', sourceChoices(ctx.story), correction.sources)}
  `;
}
