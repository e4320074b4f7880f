import { plural } from '../plural.js';
import type { ReportName, UiStrings } from '../strings.js';

/** "Example Gazette’s report of 20 June 2025", or, with no publisher, "the reviewed report of November 2020". */
function report({ publisher, date }: ReportName) {
  const of = date ? [' of ', date] : '';
  return publisher ? [publisher, '’s report', of] : ['the reviewed report', of];
}

const count = (n: number, one: string, other: string) => plural('en', n, { one: `{n} ${one}`, other: `{n} ${other}` });

export const en: UiStrings = {
  comma: ', ',
  semicolon: '; ',
  aside: (content) => [' (', content, ')'],
  sources: 'Sources',
  sourcesCount: (count) => `Sources (${count})`,
  sourcesUnavailable: 'The sources could not be loaded. Try again later.',
  stateMedia: 'state media',
  nationality: 'Nationality',
  status: 'Status',
  keyPeople: 'Key people',
  sides: 'The two sides',
  keyDates: 'Key dates',
  timeline: 'Timeline',
  asOf: (date) => ['As of ', date],
  roleAsOf: (date) => ['as of ', date],
  since: (date) => ['since ', date],
  dateRange: (from, to) => [from, ' – ', to],
  about: (heading, subject) => [heading, ': ', subject],
  days: (count) => plural('en', count, { one: '{n} day', other: '{n} days' }),
  inCustodyFor: (days) => `in detention for ${days}`,
  afterInCustody: (days) => `after ${days} in detention`,
  inReport: (r) => ['In ', report(r)],
  alludedInReport: (r) => ['Mentioned loosely in ', report(r)],
  notInReport: (r) => ['Not in ', report(r)],
  afterReport: (r) => ['After ', report(r)],
  reviewedReport: ({ name, title, machineTranslated, translatedFrom }) => [
    'Reviewed report: “',
    title,
    '” (',
    name.publisher ?? 'publisher not known',
    name.date ? [', ', name.date] : '',
    machineTranslated ? `, machine translation${translatedFrom ? ` from ${translatedFrom}` : ''}` : '',
    ')',
  ],
  noEvents: 'No events in this period.',
  keyEventsShown: (shown, total) => `Key events · ${shown} of ${total}`,
  firstEventsShown: (shown, total) => `First ${shown} of ${total} events`,
  showKeyEvents: 'Show key events only',
  showAllEvents: (total) => `Show all ${total} events`,
  showMoreEvents: (shown, total) => `Show more events (${shown} of ${total} shown)`,
  translated: 'translated',
  originalWording: 'Original wording',
  translationNote: 'Translation note',
  correctionOf: (r, said) => ['Correction to ', report(r), ': it said “', said, '”'],
  clarification: 'Clarification',
  correction: 'Correction',
  factCheckOf: (r) => ['Fact-check of ', report(r)],
  reportSaid: (said) => ['It said ', said],
  reportNotYet: (date) => ['The reviewed report dates from ', date, ', after the day this fact-check describes.'],
  noCorrections: 'This story corrects nothing in the report it reviews.',
  clarificationOf: (r, said) => ['Clarification to ', report(r), ': it said “', said, '”'],
  corrections: (corrections, clarifications, r) => {
    const counts = [
      corrections > 0 ? count(corrections, 'correction', 'corrections') : '',
      clarifications > 0 ? count(clarifications, 'clarification', 'clarifications') : '',
    ].filter(Boolean);
    return [counts.join(' and '), ' to ', report(r)];
  },
  notice: (problem) => `This story widget could not be shown: ${problem}`,
  noticeForReaders: 'This part of the story could not be shown.',
  noticeDetails: 'Details',
  noticeAttributeMissing: (attribute, alternative) =>
    alternative
      ? `it needs a “${attribute}” or “${alternative}” attribute.`
      : `the “${attribute}” attribute is missing.`,
  noticeUnknownId: (attribute, value) => `no entry matches ${attribute}="${value}".`,
  noticeBadValue: (attribute, value, allowed) => `${attribute}="${value}" is not one of ${allowed}.`,
  noticeBadDate: (attribute, value) =>
    `${attribute}="${value}" is not a valid date; write it as YYYY-MM-DD, e.g. 2020-11-20.`,
  noticeNotYet: (attribute, value, asOf) =>
    `${attribute}="${value}" is later than ${asOf}, the date this widget describes.`,
  noticeOrder: (attribute, value, other, otherValue) =>
    `${attribute}="${value}" comes before ${other}="${otherValue}".`,
  noticeDidYouMean: (ids) => `Did you mean ${ids.map((id) => `“${id}”`).join(', ')}?`,
  noticeUnexpected: 'its data could not be read.',
  datasetUnusable: 'This story’s data could not be used, so the widgets below show nothing of it:',
  moreErrors: (count) => plural('en', count, { one: 'and {n} more problem', other: 'and {n} more problems' }),
};
