import type { Case } from '../types.js';

/** Cases: the story as a whole, as of the source article’s date. */
export const cases = [
  {
    id: 'meng-wanzhou-two-michaels',
    headline: {
      en: 'Canada’s ambassador held virtual consular visits with Michael Kovrig and Michael Spavor',
    },
    summary: {
      en:
        'Canada’s ambassador to China, Dominic Barton, held virtual consular visits with Michael Spavor on 10 November 2020 ' +
        'and with Michael Kovrig on 19 November 2020. The two Canadians had been detained in China since 10 December 2018, ' +
        'nine days after Canadian police arrested Huawei’s chief financial officer, Meng Wanzhou, at the request of the United States, ' +
        'and had been charged with espionage in June 2020. Canada called the detentions arbitrary and called for the men’s immediate release; ' +
        'China said Canada had no right to detain Meng, called her case political and said the two men were suspected of national-security crimes.',
    },
    keyPeople: ['michael-kovrig', 'michael-spavor', 'meng-wanzhou', 'dominic-barton'],
    keyDates: [
      'meng-arrested',
      'kovrig-spavor-detained',
      'virtual-visit-spavor',
      'virtual-visit-kovrig',
      'zhao-press-conference',
    ],
    positions: ['canada-position', 'china-position'],
    articleDate: '2020-11-20',
    sources: ['s1', 's2', 's3', 's9', 's18', 's52', 's62'],
  },
] as const satisfies readonly Case[];
