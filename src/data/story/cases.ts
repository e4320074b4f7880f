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
          'zh-Hans': '加拿大驻华大使前往羁押场所，通过视频对康明凯和迈克尔·斯帕弗进行领事探视',
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
    summary: [
      {
        from: '2020-11-20',
        text: {
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
      },
      {
        from: '2021-09-24',
        text: {
          en:
            'Canada’s ambassador to China, Dominic Barton, held virtual consular visits with Michael Spavor on 10 November 2020 ' +
            'and with Michael Kovrig on 19 November 2020. The two Canadians had been detained in China since 10 December 2018, ' +
            'nine days after Canadian police arrested Huawei’s chief financial officer, Meng Wanzhou, at the request of the United States. ' +
            'Canada called the detentions arbitrary; China called Meng’s case political and said the two men were suspected of national-security crimes. ' +
            'On 24 September 2021 (Canadian time), after Meng reached a deferred prosecution agreement with US prosecutors and left Canada, ' +
            'the two men were released and flown home; China said it had released them on bail for health reasons.',
          fr:
            'L’ambassadeur du Canada en Chine, Dominic Barton, a effectué des visites consulaires virtuelles auprès de Michael Spavor le 10 novembre 2020 ' +
            'et de Michael Kovrig le 19 novembre 2020. Les deux Canadiens étaient détenus en Chine depuis le 10 décembre 2018, ' +
            'soit neuf jours après l’arrestation par la police canadienne de la directrice financière de Huawei, Meng Wanzhou, à la demande des États-Unis. ' +
            'Le Canada a qualifié ces détentions d’arbitraires ; la Chine a qualifié l’affaire Meng de politique et a déclaré que les deux hommes étaient soupçonnés de crimes contre la sécurité nationale. ' +
            'Le 24 septembre 2021 (heure du Canada), après que Meng eut conclu un accord de suspension des poursuites avec les procureurs américains et quitté le Canada, ' +
            'les deux hommes ont été libérés et rapatriés ; la Chine a affirmé les avoir libérés sous caution pour raisons de santé.',
          'zh-Hans':
            '加拿大驻华大使鲍达民于2020年11月10日和11月19日先后前往羁押场所，通过视频分别对迈克尔·斯帕弗和康明凯进行领事探视。' +
            '两人自2018年12月10日起在中国被羁押，当时距加拿大警方应美国要求逮捕华为首席财务官孟晚舟仅九天。' +
            '加拿大称两人遭任意拘留；中国称孟晚舟案具有政治性质，并称两人涉嫌危害国家安全犯罪。' +
            '加拿大时间2021年9月24日，孟晚舟与美国检方达成暂缓起诉协议并离开加拿大后，两人获释回国；中方称系因健康原因准予二人取保候审。',
        },
      },
      {
        from: '2022-12-02',
        text: {
          en:
            'Canada’s ambassador to China, Dominic Barton, held virtual consular visits with Michael Spavor on 10 November 2020 ' +
            'and with Michael Kovrig on 19 November 2020. The two Canadians had been detained in China since 10 December 2018, ' +
            'nine days after Canadian police arrested Huawei’s chief financial officer, Meng Wanzhou, at the request of the United States. ' +
            'Canada called the detentions arbitrary; China called Meng’s case political and said the two men were suspected of national-security crimes. ' +
            'On 24 September 2021 (Canadian time), after Meng reached a deferred prosecution agreement with US prosecutors and left Canada, ' +
            'the two men were released and flown home; China said it had released them on bail for health reasons. ' +
            'A US judge dismissed the charges against Meng on 2 December 2022, as the agreement provided.',
          fr:
            'L’ambassadeur du Canada en Chine, Dominic Barton, a effectué des visites consulaires virtuelles auprès de Michael Spavor le 10 novembre 2020 ' +
            'et de Michael Kovrig le 19 novembre 2020. Les deux Canadiens étaient détenus en Chine depuis le 10 décembre 2018, ' +
            'soit neuf jours après l’arrestation par la police canadienne de la directrice financière de Huawei, Meng Wanzhou, à la demande des États-Unis. ' +
            'Le Canada a qualifié ces détentions d’arbitraires ; la Chine a qualifié l’affaire Meng de politique et a déclaré que les deux hommes étaient soupçonnés de crimes contre la sécurité nationale. ' +
            'Le 24 septembre 2021 (heure du Canada), après que Meng eut conclu un accord de suspension des poursuites avec les procureurs américains et quitté le Canada, ' +
            'les deux hommes ont été libérés et rapatriés ; la Chine a affirmé les avoir libérés sous caution pour raisons de santé. ' +
            'Le 2 décembre 2022, une juge américaine a rejeté les accusations portées contre Meng, comme le prévoyait l’accord.',
          'zh-Hans':
            '加拿大驻华大使鲍达民于2020年11月10日和11月19日先后前往羁押场所，通过视频分别对迈克尔·斯帕弗和康明凯进行领事探视。' +
            '两人自2018年12月10日起在中国被羁押，当时距加拿大警方应美国要求逮捕华为首席财务官孟晚舟仅九天。' +
            '加拿大称两人遭任意拘留；中国称孟晚舟案具有政治性质，并称两人涉嫌危害国家安全犯罪。' +
            '加拿大时间2021年9月24日，孟晚舟与美国检方达成暂缓起诉协议并离开加拿大后，两人获释回国；中方称系因健康原因准予二人取保候审。' +
            '2022年12月2日，美国法官依协议撤销了对孟晚舟的指控。',
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
      'meng-charges-dismissal-motion',
    ],
    positions: ['canada-position', 'china-position'],
    articleDate: '2020-11-20',
    sources: ['s1', 's2', 's80', 's61', 's52', 's62', 's95', 's96', 's98', 's203', 's206', 's207'],
  },
] as const satisfies readonly Case[];
