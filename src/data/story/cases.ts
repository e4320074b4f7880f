import type { Case } from '../types.js';

/** Cases: the story as a whole, as of the source article’s date. */
export const cases = [
  {
    id: 'meng-wanzhou-two-michaels',
    headline: {
      en: 'Canada’s ambassador held virtual consular visits with Michael Kovrig and Michael Spavor',
      fr: 'L’ambassadeur du Canada a tenu des visites consulaires virtuelles avec Michael Kovrig et Michael Spavor',
      'zh-Hans': '加拿大驻华大使对康明凯和Michael Spavor进行了视频领事探视',
    },
    summary: {
      en:
        'Canada’s ambassador to China, Dominic Barton, held virtual consular visits with Michael Spavor on 10 November 2020 ' +
        'and with Michael Kovrig on 19 November 2020. The two Canadians had been detained in China since 10 December 2018, ' +
        'nine days after Canadian police arrested Huawei’s chief financial officer, Meng Wanzhou, at the request of the United States, ' +
        'and had been charged with espionage in June 2020. Canada called the detentions arbitrary and called for the men’s immediate release; ' +
        'China said Canada had no right to detain Meng, called her case political and said the two men were suspected of national-security crimes.',
      fr:
        'L’ambassadeur du Canada en Chine, Dominic Barton, a tenu des visites consulaires virtuelles avec Michael Spavor le 10 novembre 2020 ' +
        'et avec Michael Kovrig le 19 novembre 2020. Les deux Canadiens étaient détenus en Chine depuis le 10 décembre 2018, ' +
        'neuf jours après l’arrestation par la police canadienne de la directrice financière de Huawei, Meng Wanzhou, à la demande des États-Unis, ' +
        'et avaient été inculpés d’espionnage en juin 2020. Le Canada a qualifié ces détentions d’arbitraires et a réclamé la libération immédiate ' +
        'des deux hommes ; la Chine a affirmé que le Canada n’avait aucun droit de détenir Meng, a qualifié son affaire de politique ' +
        'et a déclaré que les deux hommes étaient soupçonnés de crimes contre la sécurité nationale.',
      'zh-Hans':
        '加拿大驻华大使鲍达民于2020年11月10日和2020年11月19日分别对Michael Spavor和康明凯进行了视频领事探视。' +
        '2018年12月10日，即加拿大警方应美国要求逮捕华为首席财务官孟晚舟九天后，这两名加拿大人在中国被拘留，此后一直被羁押，' +
        '并于2020年6月被控从事间谍活动。加拿大称对两人的拘留是任意拘留，要求立即释放两人；' +
        '中国则表示加拿大无权拘押孟晚舟，称孟晚舟案具有政治性质，并称两人涉嫌危害国家安全犯罪。',
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
    sources: ['s1', 's2', 's80', 's61', 's52', 's62'],
  },
] as const satisfies readonly Case[];
