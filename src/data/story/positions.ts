import type { Position } from '../types.js';

/** Positions: each party’s stance in one sentence, with its supporting quotes. */
export const positions = [
  {
    id: 'china-position',
    party: 'government-of-china',
    stance: {
      en:
        'China says Canada had no right to detain Meng Wanzhou and that her case is political; it says Michael Kovrig ' +
        'and Michael Spavor are suspected of national-security crimes and denies any link between the cases.',
    },
    quotes: ['zhao-lijian-2020-11-20'],
    sources: ['s1', 's43', 's9'],
  },
  {
    id: 'canada-position',
    party: 'government-of-canada',
    stance: {
      en:
        'Canada says Michael Kovrig and Michael Spavor are arbitrarily detained and calls for their immediate release; ' +
        'it says Meng Wanzhou’s arrest is a legal matter that follows the rule of law.',
    },
    quotes: ['global-affairs-canada-2020-11-19', 'justin-trudeau-2020-11-19'],
    sources: ['s1', 's2', 's14'],
  },
] as const satisfies readonly Position[];
