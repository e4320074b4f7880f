import type { DatePrecision, DateString, PartialDate } from './types.js';

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, keeping exactly the precision that
 * was written. Returns `undefined` for anything else, including dates that do
 * not exist (`2021-02-29`).
 */
export function parsePartialDate(value: string): PartialDate | undefined {
  const match = DATE_PATTERN.exec(value.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** Parses a full `YYYY-MM-DD` date, as the `as-of`, `from` and `to` attributes take. */
export function parseDay(value: string): Required<PartialDate> | undefined {
  const date = parsePartialDate(value);
  return date?.day === undefined ? undefined : (date as Required<PartialDate>);
}

export function precisionOf(date: PartialDate): DatePrecision {
  if (date.day !== undefined) return 'day';
  if (date.month !== undefined) return 'month';
  return 'year';
}

/** The ISO form of a partial date, for `<time datetime>`: `2018`, `2018-12`, `2018-12-10`. */
export function toIso(date: PartialDate): DateString {
  const parts = [String(date.year).padStart(4, '0')];
  if (date.month !== undefined) parts.push(String(date.month).padStart(2, '0'));
  if (date.day !== undefined) parts.push(String(date.day).padStart(2, '0'));
  return parts.join('-') as DateString;
}

/**
 * Milliseconds since the epoch for a calendar day in UTC. `Date.UTC` reads
 * years 0–99 as 1900–1999; `setUTCFullYear` takes every year as written.
 */
function utcTime(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

function daysInMonth(year: number, month: number): number {
  return new Date(utcTime(year, month, 0)).getUTCDate();
}

/** The first and last day a partial date can mean, as UTC day numbers. */
export function dayRange(date: PartialDate): { first: number; last: number } {
  const firstMonth = date.month ?? 1;
  const lastMonth = date.month ?? 12;
  const first = utcTime(date.year, firstMonth - 1, date.day ?? 1);
  const last = utcTime(date.year, lastMonth - 1, date.day ?? daysInMonth(date.year, lastMonth));
  return { first: first / DAY_MS, last: last / DAY_MS };
}

const DAY_MS = 86_400_000;

/**
 * Whole days from `start` to `end`, both full dates, e.g. 10 Dec 2018 to
 * 20 Nov 2020 is 711 days.
 */
export function daysBetween(start: PartialDate, end: PartialDate): number {
  return dayRange(end).first - dayRange(start).first;
}

/**
 * Whether a dated fact had certainly happened by `day`: a month-precision date
 * counts only once its whole month is over, so "December 2018" is not claimed
 * as known on 5 December.
 */
export function happenedBy(date: PartialDate, day: PartialDate): boolean {
  return dayRange(date).last <= dayRange(day).first;
}

/** Sorts partial dates by their first possible day, then the more precise first. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const byStart = dayRange(a).first - dayRange(b).first;
  return byStart !== 0 ? byStart : dayRange(a).last - dayRange(b).last;
}
