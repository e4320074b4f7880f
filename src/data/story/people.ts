import type { Person } from '../types.js';

/** People: the story’s actors, with their legal status where it is part of the story. */
export const people = [
  {
    id: 'michael-kovrig',
    aliases: ['kang-mingkai', 'mingkai-kang'],
    name: { en: 'Michael Kovrig' },
    nativeName: { text: '康明凯', lang: 'zh-Hans', romanized: 'Kāng Míngkǎi' },
    roles: [
      { title: { en: 'Canadian diplomat in Beijing and Hong Kong' }, from: '2012', to: '2016' },
      { title: { en: 'Senior adviser for North East Asia, International Crisis Group' }, confirmed: '2020-11' },
    ],
    nationality: { en: 'Canadian' },
    bio: {
      en:
        'Michael Kovrig is a Canadian former diplomat who served in Beijing and Hong Kong from 2012 to 2016. ' +
        'He was senior adviser for North East Asia at the International Crisis Group, on leave from Global Affairs Canada, ' +
        'when he was detained in Beijing in December 2018; China accused him of espionage.',
    },
    status: [
      {
        kind: 'detained',
        from: '2018-12-10',
        detail: { en: 'Detained in Beijing' },
        place: { en: 'Beijing' },
        sources: ['s62', 's74', 's6'],
      },
      {
        kind: 'formally-arrested',
        from: '2019-05-16',
        detail: { en: 'Formal arrest announced by China' },
        sources: ['s51'],
      },
      {
        kind: 'charged',
        from: '2020-06-19',
        detail: { en: 'Charged with espionage' },
        sources: ['s52', 's53'],
      },
      {
        kind: 'tried',
        from: '2021-03-22',
        detail: { en: 'Tried at the Beijing No. 2 Intermediate People’s Court; diplomats were refused entry' },
        place: { en: 'Beijing' },
        sources: ['s27', 's59'],
      },
      {
        kind: 'released',
        from: '2021-09-24',
        detail: { en: 'Released by China' },
        sources: ['s59'],
      },
    ],
    sources: ['s25', 's74', 's26', 's27', 's69'],
  },
  {
    id: 'michael-spavor',
    aliases: [],
    name: { en: 'Michael Spavor' },
    roles: [{ title: { en: 'Founder and director of Paektu Cultural Exchange, based in Dandong' }, confirmed: '2020-11' }],
    nationality: { en: 'Canadian' },
    bio: {
      en:
        'Michael Spavor is a Canadian businessman who worked on exchanges with North Korea. ' +
        'He founded and directs Paektu Cultural Exchange, based in Dandong, China, where he was detained in December 2018.',
    },
    status: [
      {
        kind: 'detained',
        from: '2018-12-10',
        detail: { en: 'Detained in Dandong' },
        place: { en: 'Dandong' },
        sources: ['s62', 's6'],
      },
      {
        kind: 'formally-arrested',
        from: '2019-05-16',
        detail: { en: 'Formal arrest announced by China' },
        sources: ['s51'],
      },
      {
        kind: 'charged',
        from: '2020-06-19',
        detail: { en: 'Charged with espionage' },
        sources: ['s52', 's53'],
      },
      {
        kind: 'tried',
        from: '2021-03-19',
        detail: { en: 'Tried behind closed doors in Dandong' },
        place: { en: 'Dandong' },
        sources: ['s27', 's69'],
      },
      {
        kind: 'sentenced',
        from: '2021-08-11',
        detail: { en: 'Sentenced to 11 years in prison, confiscation of ¥50,000 and deportation' },
        sources: ['s55', 's70', 's28'],
      },
      {
        kind: 'released',
        from: '2021-09-24',
        detail: { en: 'Released by China' },
        sources: ['s59'],
      },
    ],
    sources: ['s28', 's29', 's62'],
  },
  {
    id: 'meng-wanzhou',
    aliases: ['sabrina-meng', 'cathy-meng'],
    name: { en: 'Meng Wanzhou' },
    nativeName: { text: '孟晚舟', lang: 'zh-Hans', romanized: 'Mèng Wǎnzhōu' },
    roles: [
      { title: { en: 'Board member, Skycom Tech Co. Ltd.' }, from: '2008', to: '2009' },
      { title: { en: 'Deputy chair and chief financial officer of Huawei' }, confirmed: '2020-11' },
    ],
    nationality: { en: 'Chinese' },
    bio: {
      en:
        'Meng Wanzhou is a Huawei executive and the daughter of the company’s founder, Ren Zhengfei. ' +
        'She was deputy chair and chief financial officer of Huawei when she was arrested in Canada at the request of the United States ' +
        'in December 2018, and still held both posts in November 2020.',
    },
    status: [
      {
        kind: 'arrested',
        from: '2018-12-01',
        detail: { en: 'Arrested at Vancouver International Airport at the request of the United States' },
        place: { en: 'Vancouver' },
        sources: ['s18', 's61'],
      },
      {
        kind: 'on-bail',
        from: '2018-12-11',
        detail: { en: 'Free on bail in Vancouver while contesting extradition' },
        place: { en: 'Vancouver' },
        sources: ['s18'],
      },
      {
        kind: 'released',
        from: '2021-09-24',
        detail: {
          en: 'Entered a deferred prosecution agreement; the BC Supreme Court discharged the extradition case and she left Canada',
        },
        sources: ['s56', 's57'],
      },
      {
        kind: 'charges-dismissed',
        from: '2022-12-01',
        detail: { en: 'US prosecutors moved to dismiss the charges' },
        sources: ['s60'],
      },
    ],
    sources: ['s18', 's1', 's56', 's61'],
  },
  {
    id: 'dominic-barton',
    aliases: [],
    name: { en: 'Dominic Barton' },
    nativeName: { text: '鲍达民', lang: 'zh-Hans', romanized: 'Bào Dámín' },
    roles: [
      { title: { en: 'Global managing partner of McKinsey' }, from: '2009', to: '2018' },
      { title: { en: 'Ambassador of Canada to China' }, from: '2019-09-05', to: '2021-12-31' },
    ],
    nationality: { en: 'Canadian' },
    bio: {
      en:
        'Dominic Barton is a Canadian executive turned diplomat, born in Uganda. ' +
        'He was global managing partner of McKinsey from 2009 to 2018 and Canada’s ambassador to China from September 2019 to December 2021. ' +
        'As ambassador he led Canada’s consular visits to Michael Kovrig and Michael Spavor.',
    },
    sources: ['s22', 's23', 's24', 's1'],
  },
  {
    id: 'zhao-lijian',
    aliases: [],
    name: { en: 'Zhao Lijian' },
    nativeName: { text: '赵立坚', lang: 'zh-Hans', romanized: 'Zhào Lìjiān' },
    roles: [
      {
        title: { en: 'Deputy director-general of the Information Department, Ministry of Foreign Affairs of China' },
        from: '2019-08',
        confirmed: '2020-11',
      },
      { title: { en: 'Spokesperson of the Ministry of Foreign Affairs of China' }, from: '2020-02', confirmed: '2020-11' },
    ],
    nationality: { en: 'Chinese' },
    bio: {
      en:
        'Zhao Lijian is a Chinese diplomat. He became deputy director-general of the foreign ministry’s Information Department ' +
        'in August 2019 and one of the ministry’s spokespersons in February 2020.',
    },
    leadQuote: 'zhao-lijian-2020-11-20',
    sources: ['s20', 's21'],
  },
  {
    id: 'justin-trudeau',
    aliases: [],
    name: { en: 'Justin Trudeau' },
    nativeName: { text: '特鲁多', lang: 'zh-Hans', romanized: 'Tèlǔduō' },
    roles: [{ title: { en: 'Prime Minister of Canada' }, from: '2015-11-04', confirmed: '2020-11' }],
    nationality: { en: 'Canadian' },
    bio: {
      en:
        'Justin Trudeau is a Canadian politician and leader of the Liberal Party. ' +
        'He became Prime Minister of Canada on 4 November 2015.',
    },
    leadQuote: 'justin-trudeau-2020-11-19',
    sources: ['s34', 's10'],
  },
  {
    id: 'ren-zhengfei',
    aliases: [],
    name: { en: 'Ren Zhengfei' },
    nativeName: { text: '任正非', lang: 'zh-Hans', romanized: 'Rén Zhèngfēi' },
    roles: [{ title: { en: 'Founder and chief executive of Huawei' }, confirmed: '2020-11' }],
    nationality: { en: 'Chinese' },
    bio: {
      en:
        'Ren Zhengfei is a Chinese engineer and entrepreneur who founded Huawei and is its chief executive. ' +
        'He is the father of Meng Wanzhou.',
    },
    sources: ['s19'],
  },
  {
    id: 'francois-philippe-champagne',
    aliases: [],
    name: { en: 'François-Philippe Champagne' },
    nativeName: { text: '商鹏飞', lang: 'zh-Hans', romanized: 'Shāng Péngfēi' },
    roles: [
      { title: { en: 'Member of Parliament (Liberal)' }, confirmed: '2020-11' },
      { title: { en: 'Minister of Foreign Affairs of Canada' }, from: '2019-11-20', to: '2021-01-12' },
    ],
    nationality: { en: 'Canadian' },
    bio: {
      en:
        'François-Philippe Champagne is a Canadian Liberal member of Parliament. ' +
        'He was Minister of Foreign Affairs from 20 November 2019 to 12 January 2021, ' +
        'and so headed Global Affairs Canada at the time of the November 2020 visits.',
    },
    sources: ['s32', 's33', 's30'],
  },
] as const satisfies readonly Person[];
