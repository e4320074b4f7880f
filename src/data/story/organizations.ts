import type { Organization } from '../types.js';

/** Organizations: governments (the two parties), ministries and companies. */
export const organizations = [
  {
    id: 'government-of-canada',
    name: { en: 'Government of Canada' },
    description: { en: 'The federal government of Canada, one of the two parties to the dispute.' },
    sources: ['s1'],
  },
  {
    id: 'government-of-china',
    name: { en: 'Government of the People’s Republic of China' },
    description: { en: 'China’s central government, one of the two parties to the dispute.' },
    sources: ['s1'],
  },
  {
    id: 'global-affairs-canada',
    name: { en: 'Global Affairs Canada' },
    nativeName: { text: '加拿大全球事务部', lang: 'zh-Hans', romanized: 'Jiānádà Quánqiú Shìwùbù' },
    description: {
      en:
        'Canada’s foreign affairs department (legal name: Department of Foreign Affairs, Trade and Development), ' +
        'which issued the news release of 19 November 2020 on the consular visits.',
    },
    sources: ['s63', 's65', 's26', 's66'],
  },
  {
    id: 'china-mfa',
    name: { en: 'Ministry of Foreign Affairs of the People’s Republic of China' },
    nativeName: { text: '中华人民共和国外交部', lang: 'zh-Hans', romanized: 'Zhōnghuá Rénmín Gònghéguó Wàijiāobù' },
    description: { en: 'China’s foreign ministry, which holds a regular press conference.' },
    sources: ['s9'],
  },
  {
    id: 'us-doj',
    name: { en: 'United States Department of Justice' },
    nativeName: { text: '美国司法部', lang: 'zh-Hans', romanized: 'Měiguó Sīfǎbù' },
    description: {
      en:
        'Prosecuted Huawei and Meng Wanzhou in the Eastern District of New York, and entered a deferred prosecution ' +
        'agreement with Meng on 24 September 2021.',
    },
    sources: ['s46', 's56'],
  },
  {
    id: 'huawei',
    name: { en: 'Huawei Technologies Co., Ltd.' },
    nativeName: { text: '华为', lang: 'zh-Hans', romanized: 'Huáwéi' },
    description: {
      en: 'Telecoms equipment maker based in Shenzhen, China; a defendant in the US indictment unsealed in January 2019.',
    },
    sources: ['s46', 's19'],
  },
  {
    id: 'skycom',
    name: { en: 'Skycom Tech Co. Ltd.' },
    nativeName: { text: '星通技术有限公司', lang: 'zh-Hans', romanized: 'Xīngtōng Jìshù Yǒuxiàn Gōngsī' },
    description: {
      en:
        'Company registered in Hong Kong and operating in Iran, which the United States alleged Huawei controlled; ' +
        'Meng Wanzhou sat on its board in 2008–09. A defendant in the US indictment.',
    },
    sources: ['s46', 's64', 's68'],
  },
  {
    id: 'hsbc',
    name: { en: 'HSBC' },
    nativeName: { text: '汇丰银行', lang: 'zh-Hans', romanized: 'Huìfēng Yínháng' },
    description: {
      en: 'The bank Meng Wanzhou admitted misleading, in the statement of facts of her deferred prosecution agreement.',
    },
    sources: ['s60', 's64'],
  },
  {
    id: 'international-crisis-group',
    name: { en: 'International Crisis Group' },
    description: {
      en: 'Organization where Michael Kovrig was senior adviser for North East Asia when he was detained.',
    },
    sources: ['s25', 's74'],
  },
] as const satisfies readonly Organization[];
