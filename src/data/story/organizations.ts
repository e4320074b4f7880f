import type { Organization } from '../types.js';

/** Organizations: governments (the two parties), ministries and companies. */
export const organizations = [
  {
    id: 'government-of-canada',
    name: { en: 'Government of Canada', fr: 'Gouvernement du Canada', 'zh-Hans': '加拿大政府' },
    description: {
      en: 'The federal government of Canada, one of the two parties to the dispute.',
      fr: 'Le gouvernement fédéral du Canada, l’une des deux parties au différend.',
      'zh-Hans': '加拿大联邦政府，争端双方之一。',
    },
    sources: ['s1'],
  },
  {
    id: 'government-of-china',
    name: {
      en: 'Government of the People’s Republic of China',
      fr: 'Gouvernement de la République populaire de Chine',
      'zh-Hans': '中华人民共和国政府',
    },
    description: {
      en: 'China’s central government, one of the two parties to the dispute.',
      fr: 'Le gouvernement central de la Chine, l’une des deux parties au différend.',
      'zh-Hans': '中国中央政府，争端双方之一。',
    },
    sources: ['s1'],
  },
  {
    id: 'global-affairs-canada',
    name: { en: 'Global Affairs Canada', fr: 'Affaires mondiales Canada', 'zh-Hans': '加拿大全球事务部' },
    description: {
      en: 'Canada’s foreign affairs department, which issued the news release of 19 November 2020 on the consular visits.',
      fr: 'Le ministère canadien des Affaires étrangères, qui a publié le communiqué du 19 novembre 2020 sur les visites consulaires.',
      'zh-Hans': '加拿大负责外交事务的政府部门，于2020年11月19日就领事探视发布新闻稿。',
    },
    sources: ['s66', 's1'],
  },
  {
    id: 'china-mfa',
    name: {
      en: 'Ministry of Foreign Affairs of the People’s Republic of China',
      fr: 'Ministère des Affaires étrangères de la République populaire de Chine',
      'zh-Hans': '中华人民共和国外交部',
    },
    nativeName: { text: '中华人民共和国外交部', lang: 'zh-Hans', romanized: 'Zhōnghuá Rénmín Gònghéguó Wàijiāobù' },
    description: {
      en: 'China’s foreign ministry, which holds a regular press conference.',
      fr: 'Le ministère chinois des Affaires étrangères, qui tient des points de presse réguliers.',
      'zh-Hans': '中国主管外交事务的政府部门，举行例行记者会。',
    },
    sources: ['s80'],
  },
  {
    id: 'us-doj',
    name: {
      en: 'United States Department of Justice',
      fr: 'Département de la Justice des États-Unis',
      'zh-Hans': '美国司法部',
    },
    description: {
      en: 'Prosecuted Huawei and Meng Wanzhou in New York and made a deferred prosecution agreement with her on 24 September 2021.',
      fr: 'A poursuivi Huawei et Meng Wanzhou à New York et a conclu avec elle un accord de suspension des poursuites le 24 septembre 2021.',
      'zh-Hans': '在纽约起诉华为和孟晚舟，并于2021年9月24日与孟晚舟达成暂缓起诉协议。',
    },
    sources: ['s94', 's95', 's96'],
  },
  {
    id: 'huawei',
    name: { en: 'Huawei Technologies Co., Ltd.', fr: 'Huawei Technologies Co., Ltd.', 'zh-Hans': '华为' },
    nativeName: { text: '华为', lang: 'zh-Hans', romanized: 'Huáwéi' },
    description: {
      en: 'Telecoms equipment maker based in Shenzhen, China; a defendant in the US indictment unsealed in January 2019.',
      fr:
        'Fabricant d’équipements de télécommunications établi à Shenzhen, en Chine ; l’un des accusés visés ' +
        'par l’acte d’accusation américain rendu public en janvier 2019.',
      'zh-Hans': '位于中国深圳的电信设备制造商；2019年1月公布的美国起诉书中的被告之一。',
    },
    sources: ['s94', 's19'],
  },
  {
    id: 'skycom',
    name: { en: 'Skycom Tech Co. Ltd.', fr: 'Skycom Tech Co. Ltd.', 'zh-Hans': '星通技术有限公司' },
    description: {
      en: 'Hong Kong company operating in Iran that the US alleged Huawei controlled; Meng Wanzhou sat on its board in 2008–09. A defendant in the US case.',
      fr: 'Société de Hong Kong active en Iran, contrôlée par Huawei selon les États-Unis ; Meng Wanzhou a siégé à son conseil en 2008-2009. Accusée dans l’affaire américaine.',
      'zh-Hans': '在伊朗经营的香港公司，美方指其受华为控制；孟晚舟2008年至2009年曾任其董事。美国案件被告之一。',
    },
    sources: ['s94', 's68'],
  },
  {
    id: 'hsbc',
    name: { en: 'HSBC', fr: 'HSBC', 'zh-Hans': '汇丰银行' },
    description: {
      en: 'The bank in the statement of facts Meng Wanzhou accepted in her deferred prosecution agreement, while pleading not guilty.',
      fr: 'La banque citée dans l’exposé des faits que Meng Wanzhou a accepté dans son accord de suspension des poursuites, tout en plaidant non coupable.',
      'zh-Hans': '孟晚舟在暂缓起诉协议中认可的事实陈述所涉及的银行；孟晚舟同时作无罪答辩。',
    },
    sources: ['s60', 's97', 's95', 's96'],
  },
  {
    id: 'international-crisis-group',
    name: { en: 'International Crisis Group', fr: 'International Crisis Group', 'zh-Hans': '国际危机组织' },
    description: {
      en: 'Organization where Michael Kovrig was senior adviser for North East Asia when he was detained.',
      fr: 'Organisation où Michael Kovrig était conseiller principal pour l’Asie du Nord-Est lorsqu’il a été placé en détention.',
      'zh-Hans': '康明凯被羁押时在该机构担任东北亚高级顾问。',
    },
    sources: ['s87', 's74'],
  },
] as const satisfies readonly Organization[];
