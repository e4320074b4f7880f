import { expect } from '@open-wc/testing';
import { daysBetween, happenedBy, parsePartialDate } from '../src/data/partial-date.js';
import { caseStatusOn, rolesOn, statusOn } from '../src/data/status.js';
import { story } from '../src/data/story.js';
import type { Person } from '../src/data/types.js';

const person = (id: string) => story.people.find((p) => p.id === id)! as Person;
const day = (iso: string) => parsePartialDate(iso)!;

describe('statusOn: what was true of a person on a day', () => {
  const kovrig = person('michael-kovrig');

  it('knows nothing before the first period', () => {
    expect(statusOn(kovrig, day('2018-12-09'))).to.equal(undefined);
  });

  it('on the day of detention: detained, day 0 of custody', () => {
    const status = statusOn(kovrig, day('2018-12-10'))!;
    expect(status.period.kind).to.equal('detained');
    expect(status.inCustody).to.equal(true);
    expect(status.custodyDays).to.equal(0);
  });

  it('on the day of the article: charged, 711 days in custody', () => {
    const status = statusOn(kovrig, day('2020-11-20'))!;
    expect(status.period.kind).to.equal('charged');
    expect(status.custodyDays).to.equal(711);
  });

  it('the day before release: still held; on the day of release: released after 1,019 days', () => {
    expect(statusOn(kovrig, day('2021-09-23'))!.inCustody).to.equal(true);
    const released = statusOn(kovrig, day('2021-09-24'))!;
    expect(released.period.kind).to.equal('released');
    expect(released.inCustody).to.equal(false);
    expect(released.custodyDays).to.equal(1019);
    expect(statusOn(kovrig, day('2026-01-01'))!.custodyDays).to.equal(1019);
  });

  it('Spavor: sentenced on 11 August 2021', () => {
    const spavor = person('michael-spavor');
    expect(statusOn(spavor, day('2021-08-10'))!.period.kind).to.equal('tried');
    expect(statusOn(spavor, day('2021-08-11'))!.period.kind).to.equal('sentenced');
  });

  it('Meng: ten days in custody, then bail, which is not custody', () => {
    const meng = person('meng-wanzhou');
    expect(statusOn(meng, day('2018-12-05'))!.custodyDays).to.equal(4);
    const bail = statusOn(meng, day('2020-11-20'))!;
    expect(bail.period.kind).to.equal('on-bail');
    expect(bail.inCustody).to.equal(false);
    expect(bail.custodyDays).to.equal(10);
  });

  it('a person with no legal situation has no status', () => {
    expect(statusOn(person('dominic-barton'), day('2020-11-20'))).to.equal(undefined);
  });
});

describe('caseStatusOn: where each person of the case stood', () => {
  it('on the day of the article: both men held, Meng on bail', () => {
    const statuses = caseStatusOn(story.people as readonly Person[], day('2020-11-20'));
    const byId = Object.fromEntries(statuses.map(({ person, status }) => [person.id, status]));
    expect(byId['michael-kovrig']!.inCustody).to.equal(true);
    expect(byId['michael-spavor']!.inCustody).to.equal(true);
    expect(byId['meng-wanzhou']!.period.kind).to.equal('on-bail');
    expect(byId['dominic-barton']).to.equal(undefined);
  });
});

describe('month-precision dates', () => {
  it('count as known only once their month is over', () => {
    expect(happenedBy(day('2018-12'), day('2018-12-15'))).to.equal(false);
    expect(happenedBy(day('2018-12'), day('2018-12-31'))).to.equal(true);
    expect(happenedBy(day('2018-12'), day('2019-01-01'))).to.equal(true);
  });

  it('a role from a month-precision date is not claimed before that month is out', () => {
    const zhao = person('zhao-lijian');
    const early = rolesOn(zhao, day('2020-02-10')).roles.map((role) => role.title.en);
    expect(early.join(' ')).not.to.match(/spokesperson/i);
    const later = rolesOn(zhao, day('2020-11-20')).roles.map((role) => role.title.en);
    expect(later.join(' ')).to.match(/spokesperson/i);
  });

  it('counts days across a leap year', () => {
    expect(daysBetween(day('2020-02-28'), day('2020-03-01'))).to.equal(2);
    expect(daysBetween(day('2019-02-28'), day('2019-03-01'))).to.equal(1);
  });
});

describe('the day as a string, as users write it', () => {
  const kovrig = person('michael-kovrig');

  it('takes "YYYY-MM-DD" and answers as for the parsed day', () => {
    expect(statusOn(kovrig, '2020-11-20')).to.deep.equal(statusOn(kovrig, { year: 2020, month: 11, day: 20 }));
    expect(statusOn(kovrig, '2020-11-20')!.custodyDays).to.equal(711);
    expect(rolesOn(kovrig, '2020-11-20')).to.deep.equal(rolesOn(kovrig, { year: 2020, month: 11, day: 20 }));
    expect(caseStatusOn([kovrig], '2021-09-25')[0]!.status.inCustody).to.equal(false);
  });

  it('refuses a string that is not a date, saying how to write one', () => {
    expect(() => statusOn(kovrig, '20/11/2020')).to.throw(
      RangeError,
      /"20\/11\/2020" is not a date; write it as YYYY-MM-DD/,
    );
    expect(() => rolesOn(kovrig, '2021-02-29')).to.throw(RangeError, /rolesOn/);
  });
});
