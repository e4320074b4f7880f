import type { ReviewedReport } from '../types.js';

/**
 * The report this dataset reviews: an English machine translation of a
 * Chinese-language report. Its publisher is not known, so widgets name it
 * "the reviewed report". It quotes Zhao Lijian's press conference of Friday
 * 20 November 2020, so it appeared on or after that day, probably on the 20th
 * or 21st; the day is not known, so the date is the month.
 */
export const report = {
  title:
    'Ambassador Visits Canadian Citizens in Detention, Canadian Foreign Ministry Calls on China to Release Them Immediately',
  date: '2020-11',
  lang: 'en',
  machineTranslated: true,
  translatedFrom: 'zh',
} as const satisfies ReviewedReport;
