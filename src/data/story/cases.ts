import type { Case } from '../types.js';

/** Cases: the story as a whole, as of the source article’s date. */
export const cases = [
  {
    id: 'meng-wanzhou-two-michaels',
    headline: {
      en: 'Canada’s ambassador held virtual consular visits with Michael Kovrig and Michael Spavor',
      fr: 'L’ambassadeur du Canada a effectué des visites consulaires virtuelles auprès de Michael Kovrig et de Michael Spavor',
      'zh-Hans': '加拿大驻华大使前往羁押场所，通过视频对康明凯和迈克尔·斯帕弗进行领事探视',
    },
    summary: {
      en:
        'Canada’s ambassador to China, Dominic Barton, held virtual consular visits with Michael Spavor on 10 November 2020 ' +
        'and with Michael Kovrig on 19 November 2020. The two Canadians had been detained in China since 10 December 2018, ' +
        'nine days after Canadian police arrested Huawei’s chief financial officer, Meng Wanzhou, at the request of the United States, ' +
        'and had been charged with espionage in June 2020. Canada called the detentions arbitrary and called for the men’s immediate release; ' +
        'China said Canada had no right to detain Meng, called her case political and said the two men were suspected of national-security crimes.',
      fr:
        'L’ambassadeur du Canada en Chine, Dominic Barton, a effectué des visites consulaires virtuelles auprès de Michael Spavor le 10 novembre 2020 ' +
        'et de Michael Kovrig le 19 novembre 2020. Les deux Canadiens étaient détenus en Chine depuis le 10 décembre 2018, ' +
        'soit neuf jours après l’arrestation par la police canadienne de la directrice financière de Huawei, Meng Wanzhou, à la demande des États-Unis, ' +
        'et avaient été inculpés d’espionnage en juin 2020. Le Canada a qualifié ces détentions d’arbitraires et a réclamé la libération immédiate ' +
        'des deux hommes ; la Chine a affirmé que le Canada n’avait pas le droit de détenir Meng, a qualifié son affaire de politique ' +
        'et a déclaré que les deux hommes étaient soupçonnés de crimes contre la sécurité nationale.',
      'zh-Hans':
        '加拿大驻华大使鲍达民于2020年11月10日和11月19日先后前往羁押场所，通过视频分别对迈克尔·斯帕弗和康明凯进行领事探视。' +
        '两人自2018年12月10日起在中国被羁押，当时距加拿大警方应美国要求逮捕华为首席财务官孟晚舟仅九天；' +
        '2020年6月，两人被以涉嫌为境外刺探国家秘密等罪名提起公诉。加拿大称两人遭任意拘留，要求立即释放二人；' +
        '中国则表示加拿大无权羁押孟晚舟，称孟晚舟案具有政治性质，并称两人涉嫌危害国家安全犯罪。',
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
