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
      fr:
        'La Chine affirme que le Canada n’avait pas le droit de détenir Meng Wanzhou et que son affaire est politique ; ' +
        'elle soutient que Michael Kovrig et Michael Spavor sont soupçonnés de crimes contre la sécurité nationale ' +
        'et nie tout lien entre ces affaires.',
      'zh-Hans':
        '中国称加拿大无权羁押孟晚舟，孟晚舟案具有政治性质；中方还称康明凯和迈克尔·斯帕弗涉嫌危害国家安全犯罪，' +
        '并否认这些案件之间存在任何关联。',
    },
    quotes: ['zhao-lijian-2020-11-20'],
    sources: ['s1', 's43', 's80'],
  },
  {
    id: 'canada-position',
    party: 'government-of-canada',
    stance: {
      en:
        'Canada says Michael Kovrig and Michael Spavor are arbitrarily detained and calls for their immediate release; ' +
        'it says Meng Wanzhou’s arrest is a legal matter that follows the rule of law.',
      fr:
        'Le Canada affirme que Michael Kovrig et Michael Spavor sont détenus arbitrairement et réclame leur libération immédiate ; ' +
        'il soutient que l’arrestation de Meng Wanzhou relève de la justice et respecte la primauté du droit.',
      'zh-Hans':
        '加拿大称康明凯和迈克尔·斯帕弗遭任意拘留，呼吁立即释放二人；并称逮捕孟晚舟是依法进行的司法事务。',
    },
    quotes: ['global-affairs-canada-2020-11-19', 'justin-trudeau-2020-11-19'],
    sources: ['s1', 's2', 's83', 's82'],
  },
] as const satisfies readonly Position[];
