import { dayRange, daysBetween, happenedBy, parsePartialDate } from './partial-date.js';
import { CUSTODY_KINDS, type PartialDate, type Person, type Role, type StatusPeriod } from './types.js';

/** A person's legal situation on one day. */
export interface StatusOn {
  period: StatusPeriod;
  inCustody: boolean;
  /**
   * Whole days of the custody that is running on that day, or of the custody
   * that the current period (a release, bail) ended. Undefined when there was none.
   */
  custodyDays?: number;
}

const isCustody = (period: StatusPeriod) => CUSTODY_KINDS.includes(period.kind);

/** A day as the functions below take it: parsed, or written `YYYY-MM-DD` (`YYYY-MM`, `YYYY`). */
export type Day = PartialDate | string;

/** The day, parsed; a string that is not a date is refused with a message that says how to write one. */
function dayOf(day: Day, caller: string): PartialDate {
  if (typeof day !== 'string') return day;
  const parsed = parsePartialDate(day);
  if (!parsed) throw new RangeError(`${caller}: "${day}" is not a date; write it as YYYY-MM-DD, e.g. "2020-11-20".`);
  return parsed;
}

function started(period: StatusPeriod, day: PartialDate): boolean {
  const from = parsePartialDate(period.from);
  return from !== undefined && happenedBy(from, day);
}

/**
 * What was true of a person on `day`: the last status period that had begun
 * by then, and how long the custody around it lasted. Undefined before the
 * person's first period, or for a person with no legal situation in the story.
 *
 * @example statusOn(kovrig, '2020-11-20') // { period: { kind: 'charged', … }, inCustody: true, custodyDays: 711 }
 */
export function statusOn(person: Person, on: Day): StatusOn | undefined {
  const day = dayOf(on, 'statusOn');
  const periods = person.status ?? [];
  const current = periods.findLastIndex((period) => started(period, day));
  const period = periods[current];
  if (!period) return undefined;
  const inCustody = isCustody(period);
  // The custody run is the unbroken sequence of custody periods that ends at
  // the current one (or just before it, for a release).
  const inRun = (i: number) => {
    const step = periods[i];
    return step !== undefined && isCustody(step);
  };
  const last = inCustody ? current : current - 1;
  if (!inRun(last)) return { period, inCustody };
  let first = last;
  while (inRun(first - 1)) first--;
  // Both dates parse: started() read them above, and the validator checks every date.
  const start = parsePartialDate(periods[first]?.from ?? '');
  const end = inCustody ? day : parsePartialDate(period.from);
  return start && end ? { period, inCustody, custodyDays: daysBetween(start, end) } : { period, inCustody };
}

/**
 * The roles a person held on `day`; when none was held any more, the most
 * recent ones, so a card still says who the person was.
 */
export function rolesOn(person: Person, on: Day): { roles: readonly Role[]; current: boolean } {
  const day = dayOf(on, 'rolesOn');
  const first = (value?: string) => (value ? parsePartialDate(value) : undefined);
  const began = (role: Role) => {
    const from = first(role.from);
    return from === undefined || happenedBy(from, day);
  };
  const ongoing = (role: Role) => {
    const to = first(role.to);
    return to === undefined || dayRange(day).first <= dayRange(to).last;
  };
  const held = person.roles.filter((role) => began(role) && ongoing(role));
  if (held.length > 0) return { roles: held, current: true };
  const past = person.roles.filter(began);
  return { roles: past.slice(-1), current: false };
}

/** Today as a calendar date (UTC), the "as of" of a widget with no `as-of`. */
export function today(): Required<PartialDate> {
  const now = new Date();
  return { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
}

/** Where each person of a case stood on one day. */
export function caseStatusOn(people: readonly Person[], on: Day): { person: Person; status: StatusOn }[] {
  const day = dayOf(on, 'caseStatusOn');
  return people.flatMap((person) => {
    const status = statusOn(person, day);
    return status ? [{ person, status }] : [];
  });
}
