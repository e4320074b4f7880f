import { html } from 'lit';
import { plural } from '../plural.js';
import type { UiStrings } from '../strings.js';

export const en: UiStrings = {
  comma: ', ',
  sources: 'Sources',
  nationality: 'Nationality',
  status: 'Status',
  keyPeople: 'Key people',
  sides: 'The two sides',
  keyDates: 'Key dates',
  timeline: 'Timeline',
  asOf: (date) => html`As of ${date}`,
  since: (date) => html`since ${date}`,
  dateRange: (from, to) => html`${from} – ${to}`,
  about: (heading, subject) => html`${heading}: ${subject}`,
  days: (count) => plural('en', count, { one: '{n} day', other: '{n} days' }),
  inCustodyFor: (days) => `in detention for ${days}`,
  afterInCustody: (days) => `after ${days} in detention`,
  inArticle: 'In the article',
  alludedInArticle: 'Mentioned loosely in the article',
  notInArticle: 'Not in the article',
  laterDevelopment: 'Later development',
  noEvents: 'No events in this period.',
  translated: 'translated',
  originalWording: 'Original wording',
  translationNote: 'Translation note',
  correctionOf: (said) => html`Correction: the article said <q lang="en">${said}</q>`,
  corrections: (count) =>
    plural('en', count, { one: '{n} correction to the source article', other: '{n} corrections to the source article' }),
  notice: (problem) => `This story widget could not be shown: ${problem}`,
  noticeAttributeMissing: (attribute, alternative) =>
    alternative ? `it needs a “${attribute}” or “${alternative}” attribute.` : `the “${attribute}” attribute is missing.`,
  noticeUnknownId: (attribute, value) => `no entry matches ${attribute}="${value}".`,
  noticeBadValue: (attribute, value, allowed) => `${attribute}="${value}" is not one of ${allowed}.`,
  noticeBadDate: (attribute, value) => `${attribute}="${value}" is not a valid date; write it as YYYY-MM-DD, e.g. 2020-11-20.`,
  noticeNotYet: (attribute, value, asOf) => `${attribute}="${value}" is later than ${asOf}, the date this widget describes.`,
  noticeOrder: (attribute, value, other, otherValue) => `${attribute}="${value}" comes before ${other}="${otherValue}".`,
  noticeDidYouMean: (ids) => `Did you mean ${ids}?`,
  noticeUnexpected: 'its data could not be read.',
  datasetUnusable: 'This story’s data could not be used, so the widgets below show the bundled story instead:',
  moreErrors: (count) => plural('en', count, { one: 'and {n} more problem', other: 'and {n} more problems' }),
};
