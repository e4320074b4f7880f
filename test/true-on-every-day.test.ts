import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { dayRange, happenedBy, parseDay, parsePartialDate } from '../src/data/partial-date.js';
import { statusOn, today } from '../src/data/status.js';
import { story } from '../src/data/story.js';
import type { PartialDate, Person } from '../src/data/types.js';
import { visibleText } from './helpers.js';

/**
 * Without `as-of` a widget describes today, and with it any day: what it says
 * must be true on that day. Expectations come from the data (each person's
 * status periods, the events' dates), not from the widgets' wording.
 */

const DAYS = ['2019-06-01', '2020-11-20', '2021-09-26', '2022-06-01', '2023-01-15', undefined] as const;
const MEN = ['michael-kovrig', 'michael-spavor'] as const;
const person = (id: string) => story.people.find((p) => p.id === id)! as Person;
const event = (id: string) => story.events.find((e) => e.id === id)!;

/** Sentences that say the two men are held now, in English and French (a dated event's title may say "is detained"). */
const HELD_NOW = [
  /\bin detention for\b/i,
  /\b(are|remain) (arbitrarily )?detained\b/i,
  /\bcalls for their immediate release\b/i,
  /\ben détention depuis\b/i,
  /\bsont détenus\b/i,
  /\bréclame leur libération immédiate\b/i,
];

async function widgets(asOf: string | undefined, lang: 'en' | 'fr') {
  const tags = [
    html`<case-summary lang=${lang} as-of=${asOf ?? ''}></case-summary>`,
    html`<case-sides lang=${lang} as-of=${asOf ?? ''}></case-sides>`,
    ...MEN.map((id) => html`<person-card lang=${lang} person=${id} as-of=${asOf ?? ''}></person-card>`),
  ];
  const elements: HTMLElement[] = [];
  for (const tag of tags) {
    const el = await fixture<HTMLElement>(tag);
    // An empty as-of is no as-of: drop it, so the widget describes today.
    if (asOf === undefined) {
      el.removeAttribute('as-of');
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    }
    elements.push(el);
  }
  return elements;
}

function dayOf(asOf: string | undefined): Required<PartialDate> {
  return asOf === undefined ? today() : parseDay(asOf)!;
}

describe('true on every day', () => {
  for (const asOf of DAYS) {
    const label = asOf ?? 'today (no as-of)';
    const day = dayOf(asOf);
    const released = MEN.every((id) => statusOn(person(id), day)?.period.kind === 'released');
    const held = MEN.every((id) => statusOn(person(id), day)?.inCustody === true);
    const dismissed = (story.people.find((p) => p.id === 'meng-wanzhou')!.status ?? []).some(
      (period) => period.kind === 'charges-dismissed' && happenedBy(parsePartialDate(period.from)!, day),
    );

    describe(label, () => {
      for (const lang of ['en', 'fr'] as const) {
        it(`${lang}: says the men are held only while the data has them in custody`, async () => {
          for (const el of await widgets(asOf, lang)) {
            const text = visibleText(el);
            if (released) {
              for (const claim of HELD_NOW) expect(text, `${el.localName}: ${claim}`).not.to.match(claim);
            }
            if (!released) expect(text, el.localName).not.to.match(/\b(were|was) released\b|\bont été libérés\b/);
          }
        });
      }

      it('shows no date after the day it describes', async () => {
        const last = dayRange(day).first;
        for (const el of await widgets(asOf, 'en')) {
          for (const time of el.shadowRoot!.querySelectorAll('time')) {
            const date = parsePartialDate(time.getAttribute('datetime')!)!;
            expect(dayRange(date).first, `${el.localName}: ${time.getAttribute('datetime')}`).to.be.at.most(last);
          }
        }
      });

      it('speaks of the release and of the dismissal only once they happened', async () => {
        const [summary, sides, ...cards] = await widgets(asOf, 'en');
        const all = [summary!, sides!, ...cards].map((el) => visibleText(el)).join(' ');
        if (!happenedBy(parsePartialDate(event('meng-dpa-and-release').date)!, day)) {
          expect(all).not.to.match(/deferred prosecution agreement|released on/);
        }
        if (!dismissed) expect(all).not.to.match(/dismissed the charges/);
        if (held) expect(visibleText(cards[0]!)).to.match(/in detention for/);
        if (released && asOf !== '2019-06-01') {
          // The summary, when it has anything to say on that day, says the men were released.
          expect(visibleText(summary!)).to.match(/released/);
        }
      });

      it('is accessible', async () => {
        for (const el of await widgets(asOf, 'en')) await expect(el).to.be.accessible();
      });
    });
  }
});
