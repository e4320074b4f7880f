import type { Position } from '../types.js';

/** Positions: each party’s stance in its own terms, dated where it changed, with its supporting quotes. */
export const positions = [
  {
    id: 'china-position',
    party: 'government-of-china',
    stance: [
      {
        from: '2018-12-13',
        text: {
          en:
            'China says Canada’s detention of Meng Wanzhou at the request of the United States is wrongful and demands her immediate release. ' +
            'It says Michael Kovrig and Michael Spavor were detained on suspicion of activities endangering China’s national security, ' +
            'in accordance with Chinese law, that their legitimate rights are guaranteed, and that their cases and Meng’s arrest are two separate matters.',
          fr:
            'La Chine juge fautive la détention de Meng Wanzhou par le Canada à la demande des États-Unis et exige sa libération immédiate. ' +
            'Elle soutient que Michael Kovrig et Michael Spavor ont été placés en détention, conformément au droit chinois, parce qu’ils sont ' +
            'soupçonnés d’activités portant atteinte à la sécurité nationale de la Chine, que leurs droits légitimes sont garantis ' +
            'et que leurs affaires et l’arrestation de Meng sont deux choses distinctes.',
          'zh-Hans':
            '中方称，加拿大应美方要求拘押孟晚舟是错误行径，要求立即释放孟晚舟；康明凯和迈克尔·斯帕弗因涉嫌从事危害中国国家安全的活动' +
            '被依法采取强制措施，其合法权益得到保障，此事与孟晚舟被捕是两件事情。',
        },
      },
      {
        // The “grave political incident” framing is the embassy’s of 27 June 2020 (s201, s204).
        from: '2020-06-27',
        text: {
          en:
            'China calls Meng Wanzhou’s case “a grave political incident” concocted by the United States, with Canada as its accomplice, ' +
            'and says that what was done to her is the real arbitrary detention. It says Michael Kovrig and Michael Spavor are suspected ' +
            'of crimes endangering national security, that its judicial authorities handle their cases independently and according to law, ' +
            'and that their cases are completely different in nature from Meng’s.',
          fr:
            'La Chine qualifie l’affaire Meng Wanzhou de « grave incident politique » orchestré par les États-Unis avec la complicité du Canada, ' +
            'et affirme que c’est le traitement infligé à Meng qui constitue la véritable détention arbitraire. Elle soutient que Michael Kovrig ' +
            'et Michael Spavor sont soupçonnés de crimes portant atteinte à la sécurité nationale, que ses autorités judiciaires traitent leurs dossiers ' +
            'de manière indépendante et conformément à la loi, et que leurs affaires sont de nature entièrement différente de celle de Meng.',
          'zh-Hans':
            '中方称，孟晚舟事件是美国策划、加拿大充当帮凶的一起“严重政治事件”，对孟晚舟的所作所为才是真正的“任意拘押”；' +
            '康明凯和迈克尔·斯帕弗涉嫌危害中国国家安全犯罪，中国司法机关依法独立办案，两案与孟晚舟事件性质完全不同。',
        },
      },
      {
        from: '2021-09-24',
        text: {
          en:
            'China says what the United States and Canada did to Meng Wanzhou was “typical arbitrary detention”. It says Michael Kovrig ' +
            'and Michael Spavor, suspected of endangering national security, were released on bail for health reasons, and that their cases ' +
            'are completely different in nature from Meng’s.',
          fr:
            'La Chine affirme que ce que les États-Unis et le Canada ont fait subir à Meng Wanzhou était une « détention arbitraire typique ». ' +
            'Elle soutient que Michael Kovrig et Michael Spavor, soupçonnés d’avoir porté atteinte à la sécurité nationale, ont été libérés sous caution ' +
            'pour raisons de santé, et que leurs affaires sont de nature entièrement différente de celle de Meng.',
          'zh-Hans':
            '中方称，美加两国对孟晚舟的所作所为是“典型的任意拘押”；涉嫌危害国家安全的康明凯和迈克尔·斯帕弗是因健康原因获准取保候审，' +
            '两案与孟晚舟事件性质完全不同。',
        },
      },
    ],
    quotes: ['zhao-lijian-2020-11-20'],
    sources: ['s1', 's43', 's80', 's201', 's202', 's204', 's311', 's313', 's319', 's320', 's321'],
  },
  {
    id: 'canada-position',
    party: 'government-of-canada',
    stance: [
      {
        // Canada's first formal call for their release: Chrystia Freeland's statement of 21 December 2018.
        from: '2018-12-21',
        text: {
          en:
            'Canada says Michael Kovrig and Michael Spavor are arbitrarily detained and calls for their immediate release. It says Meng Wanzhou’s ' +
            'arrest applied the rule of law under its extradition treaty with the United States, and that her case is in the hands of ' +
            'independent courts, free of political pressure.',
          fr:
            'Le Canada affirme que Michael Kovrig et Michael Spavor sont détenus arbitrairement et réclame leur libération immédiate. ' +
            'Il soutient que l’arrestation de Meng Wanzhou découlait de l’application de la primauté du droit, en vertu du traité d’extradition qui le lie aux États-Unis, ' +
            'et que son dossier est entre les mains de tribunaux indépendants, à l’abri des pressions politiques.',
          'zh-Hans':
            '加拿大称康明凯和迈克尔·斯帕弗遭任意拘留，呼吁立即释放二人；并称逮捕孟晚舟是依据与美国的引渡条约、遵循法治的做法，' +
            '此案由独立的法院审理，不受政治压力左右。',
        },
      },
      {
        from: '2020-10-13',
        text: {
          en:
            'Canada says Michael Kovrig and Michael Spavor are arbitrarily detained, calls for their immediate release and calls China’s conduct ' +
            '“coercive diplomacy”. It says Meng Wanzhou’s arrest applied the rule of law under its extradition treaty with the United States, ' +
            'and that her case is in the hands of independent courts, free of political pressure.',
          fr:
            'Le Canada affirme que Michael Kovrig et Michael Spavor sont détenus arbitrairement, réclame leur libération immédiate ' +
            'et qualifie la conduite de la Chine de « diplomatie coercitive ». Il soutient que l’arrestation de Meng Wanzhou découlait de l’application ' +
            'de la primauté du droit, en vertu du traité d’extradition qui le lie aux États-Unis, et que son dossier est entre les mains de tribunaux indépendants, ' +
            'à l’abri des pressions politiques.',
          'zh-Hans':
            '加拿大称康明凯和迈克尔·斯帕弗遭任意拘留，呼吁立即释放二人，并称中方的做法是“胁迫外交”；' +
            '加方还称逮捕孟晚舟是依据与美国的引渡条约、遵循法治的做法，此案由独立的法院审理，不受政治压力左右。',
        },
      },
      {
        from: '2021-09-24',
        text: {
          en: 'Canada says Michael Kovrig and Michael Spavor, released on 24 September 2021, had been arbitrarily detained.',
          fr: 'Le Canada affirme que Michael Kovrig et Michael Spavor, libérés le 24 septembre 2021, avaient été détenus arbitrairement.',
          'zh-Hans': '加拿大称，2021年9月24日获释的康明凯和迈克尔·斯帕弗此前遭任意拘留。',
        },
      },
      {
        // Marc Garneau at the UN General Assembly, 27 September 2021 (s313).
        from: '2021-09-27',
        text: {
          en:
            'Canada says Michael Kovrig and Michael Spavor, released on 24 September 2021, had been arbitrarily detained. It says it observed ' +
            'the rule of law, that the two men paid a heavy price for that commitment, and that it will keep pressing for an end to arbitrary detention.',
          fr:
            'Le Canada affirme que Michael Kovrig et Michael Spavor, libérés le 24 septembre 2021, avaient été détenus arbitrairement. ' +
            'Il soutient avoir respecté la primauté du droit, un engagement que les deux hommes ont payé cher, et continuera de réclamer la fin des détentions arbitraires.',
          'zh-Hans':
            '加拿大称，2021年9月24日获释的康明凯和迈克尔·斯帕弗此前遭任意拘留；加方表示其遵循了法治，两名公民为此付出了沉重代价，' +
            '并将继续推动终结任意拘留。',
        },
      },
    ],
    quotes: ['global-affairs-canada-2020-11-19', 'justin-trudeau-2020-11-19'],
    sources: ['s1', 's2', 's83', 's82', 's15', 's200', 's313', 's322'],
  },
] as const satisfies readonly Position[];
