import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/case-sources/define.js';
import { daysBetween, parsePartialDate } from '../src/data/partial-date.js';
import { formatPartialDate } from '../src/i18n/format.js';
import { MAX_SUGGESTION_INPUT, nearestIds } from '../src/data/nearest.js';
import { notice, watchWarnings } from './helpers.js';

const day = (iso: string) => parsePartialDate(iso)!;

describe('bounded work on any input', () => {
  it('suggests ids for a value up to the limit, and searches nothing past it', () => {
    const ids = ['michael-kovrig', 'michael-spavor'];
    const atLimit = `michael-kovrik${'x'.repeat(MAX_SUGGESTION_INPUT - 'michael-kovrik'.length)}`;
    expect(nearestIds(atLimit, ids)).to.have.length(2);
    expect(nearestIds(`${atLimit}x`, ids)).to.deep.equal([]);
  });

  it('a 40,000-character id gets a short notice and one warning, with no suggestions', async () => {
    const typed = 'a'.repeat(40_000);
    const warnings = watchWarnings();
    try {
      const el = await fixture(html`<case-sources for=${typed}></case-sources>`);
      const text = notice(el)!.textContent!;
      expect(text).to.match(/could not be shown/);
      expect(text.length).to.be.below(400);
      expect(text).not.to.match(/did you mean/i);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]!.length).to.be.below(400);
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });
});

describe('dates of the first centuries', () => {
  it('counts days across years 0–99 as written, not as 1900–1999', () => {
    expect(daysBetween(day('0099-12-31'), day('0100-01-01'))).to.equal(1);
    // Year 0 of the proleptic Gregorian calendar is a leap year; 1900 is not.
    expect(daysBetween(day('0000-01-01'), day('0001-01-01'))).to.equal(366);
    expect(daysBetween(day('0050-01-01'), day('2020-01-01'))).to.equal(
      daysBetween(day('0050-01-01'), day('1950-01-01')) + daysBetween(day('1950-01-01'), day('2020-01-01')),
    );
  });

  it('knows which early years have a 29 February', () => {
    expect(parsePartialDate('0028-02-29')).to.deep.equal({ year: 28, month: 2, day: 29 });
    expect(parsePartialDate('0029-02-29')).to.equal(undefined);
    expect(parsePartialDate('0000-02-29')).to.deep.equal({ year: 0, month: 2, day: 29 });
  });

  it('formats an early year as written', () => {
    expect(formatPartialDate('0050-03-15', 'en'))
      .to.match(/\b50\b/)
      .and.not.to.contain('1950');
  });
});
