import type { Case } from '../types.js';

/** Cases: the story as a whole, with a version of the headline and summary for each stage it went through. */
export const cases = [
  {
    id: 'meng-wanzhou-two-michaels',
    headline: [
      {
        from: '2020-11-20',
        text: {
          en: 'Canada’s ambassador held virtual consular visits with Michael Kovrig and Michael Spavor',
          fr: 'L’ambassadeur du Canada a effectué des visites consulaires virtuelles auprès de Michael Kovrig et de Michael Spavor',
          'zh-Hans': '加拿大驻华大使通过视频对康明凯和迈克尔·斯帕弗进行领事探视',
        },
      },
      {
        from: '2021-09-24',
        text: {
          en: 'Michael Kovrig and Michael Spavor, visited virtually by Canada’s ambassador in November 2020, were released in September 2021',
          fr: 'Michael Kovrig et Michael Spavor, que l’ambassadeur du Canada avait visités virtuellement en novembre 2020, ont été libérés en septembre 2021',
          'zh-Hans': '加拿大驻华大使曾于2020年11月视频探视的康明凯和迈克尔·斯帕弗已于2021年9月获释',
        },
      },
    ],
    // The summary gives the context the headline and the key dates do not: it
    // restates neither (the full variant lists the dates beside it).
    summary: [
      {
        from: '2020-11-20',
        text: {
          en:
            'The two Canadians had been held in China for nearly two years, since days after Canadian police arrested ' +
            'Huawei’s chief financial officer, Meng Wanzhou, at the request of the United States. ' +
            'Canada called their detention arbitrary; China called Meng’s case political ' +
            'and said the two men were suspected of national-security crimes.',
          fr:
            'Détenus en Chine depuis près de deux ans, les deux Canadiens avaient été interpellés quelques jours après l’arrestation ' +
            'par la police canadienne, à la demande des États-Unis, de la directrice financière de Huawei, Meng Wanzhou. ' +
            'Le Canada a qualifié leur détention d’arbitraire\u202f; la Chine a dénoncé le caractère politique de l’affaire Meng ' +
            'et a déclaré que les deux hommes étaient soupçonnés de crimes contre la sécurité nationale.',
          'zh-Hans':
            '两名加拿大人在华被羁押已近两年：加拿大警方应美国要求逮捕华为首席财务官孟晚舟数日后，两人即被羁押。' +
            '加拿大称两人遭任意拘留；中国则称孟晚舟案具有政治性质，并称两人涉嫌危害国家安全犯罪。',
        },
      },
      {
        from: '2021-09-24',
        text: {
          en:
            'The two Canadians had been held in China since December 2018, days after Canadian police arrested Huawei’s chief financial officer, ' +
            'Meng Wanzhou, at the request of the United States. Canada called their detention arbitrary; China called Meng’s case political. ' +
            'They were released in September 2021, hours after Meng reached a deferred prosecution agreement with US prosecutors; ' +
            'their plane left China as hers left Canada. China said it had released them on bail for health reasons.',
          fr:
            'Les deux Canadiens étaient détenus en Chine depuis décembre 2018, quelques jours après l’arrestation par la police canadienne, ' +
            'à la demande des États-Unis, de la directrice financière de Huawei, Meng Wanzhou. Le Canada a qualifié leur détention d’arbitraire\u202f; ' +
            'la Chine a dénoncé le caractère politique de l’affaire Meng. Ils ont été libérés en septembre 2021, quelques heures après que Meng a conclu un accord ' +
            'de suspension des poursuites avec les procureurs américains\u202f; leur avion a quitté la Chine au moment où le sien quittait le Canada. ' +
            'La Chine a affirmé les avoir libérés sous caution pour raisons de santé.',
          'zh-Hans':
            '加拿大警方应美国要求逮捕华为首席财务官孟晚舟数日后，两名加拿大人自2018年12月起在华被羁押。' +
            '加拿大称两人遭任意拘留；中国称孟晚舟案具有政治性质。2021年9月，孟晚舟与美国检方达成暂缓起诉协议数小时后，两人获释；' +
            '他们的航班离开中国之际，孟晚舟的航班也正离开加拿大。中方称系因健康原因准予二人取保候审。',
        },
      },
      {
        from: '2022-12-02',
        text: {
          en:
            'The two Canadians had been held in China since December 2018, days after Canadian police arrested Huawei’s chief financial officer, ' +
            'Meng Wanzhou, at the request of the United States. Canada called their detention arbitrary; China called Meng’s case political. ' +
            'They were released in September 2021, hours after Meng reached a deferred prosecution agreement with US prosecutors; ' +
            'their plane left China as hers left Canada. China said it had released them on bail for health reasons. A US judge dismissed the charges against Meng in December 2022, as the agreement provided.',
          fr:
            'Les deux Canadiens étaient détenus en Chine depuis décembre 2018, quelques jours après l’arrestation par la police canadienne, ' +
            'à la demande des États-Unis, de la directrice financière de Huawei, Meng Wanzhou. Le Canada a qualifié leur détention d’arbitraire\u202f; ' +
            'la Chine a dénoncé le caractère politique de l’affaire Meng. Ils ont été libérés en septembre 2021, quelques heures après que Meng a conclu un accord ' +
            'de suspension des poursuites avec les procureurs américains\u202f; leur avion a quitté la Chine au moment où le sien quittait le Canada. ' +
            'La Chine a affirmé les avoir libérés sous caution pour raisons de santé. ' +
            'En décembre 2022, une juge américaine a prononcé l’abandon des accusations portées contre Meng, comme le prévoyait l’accord.',
          'zh-Hans':
            '加拿大警方应美国要求逮捕华为首席财务官孟晚舟数日后，两名加拿大人自2018年12月起在华被羁押。' +
            '加拿大称两人遭任意拘留；中国称孟晚舟案具有政治性质。2021年9月，孟晚舟与美国检方达成暂缓起诉协议数小时后，两人获释；' +
            '他们的航班离开中国之际，孟晚舟的航班也正离开加拿大。中方称系因健康原因准予二人取保候审。2022年12月，美国法官依协议撤销了对孟晚舟的起诉。',
        },
      },
    ],
    keyPeople: ['michael-kovrig', 'michael-spavor', 'meng-wanzhou', 'dominic-barton'],
    keyDates: [
      'meng-arrested',
      'kovrig-spavor-detained',
      'virtual-visit-spavor',
      'virtual-visit-kovrig',
      'zhao-press-conference',
      'meng-dpa-and-release',
      'meng-charges-dismissed',
    ],
    positions: ['canada-position', 'china-position'],
    articleDate: '2020-11-20',
    sources: ['s1', 's2', 's80', 's61', 's52', 's62', 's95', 's96', 's98', 's313', 's317', 's318', 's323'],
  },
] as const satisfies readonly Case[];
