import type { Person } from '../types.js';

/** People: the story’s actors, with their legal status where it is part of the story. */
export const people = [
  {
    id: 'michael-kovrig',
    aliases: ['kang-mingkai', 'mingkai-kang'],
    // 康明凯 is the name Chinese-language media use; no source shows he uses it, so it is no nativeName.
    name: { en: 'Michael Kovrig', fr: 'Michael Kovrig', 'zh-Hans': '康明凯' },
    roles: [
      {
        title: {
          en: 'Canadian diplomat in Beijing and Hong Kong',
          fr: 'Diplomate canadien à Pékin et à Hong Kong',
          'zh-Hans': '派驻北京和香港的加拿大外交官',
        },
        to: '2016',
      },
      {
        title: {
          en: 'Senior adviser for North East Asia, International Crisis Group',
          fr: 'Conseiller principal pour l’Asie du Nord-Est, International Crisis Group',
          'zh-Hans': '国际危机组织东北亚高级顾问',
        },
        confirmed: '2020-11',
      },
    ],
    nationality: { en: 'Canadian', fr: 'canadienne', 'zh-Hans': '加拿大' },
    bio: {
      en:
        'Michael Kovrig, a Canadian diplomat in Beijing and Hong Kong until 2016, was senior adviser at the International Crisis Group, ' +
        'on leave from Global Affairs Canada, when he was detained in Beijing in December 2018.',
      fr:
        'Michael Kovrig, diplomate canadien à Pékin et à Hong Kong jusqu’en 2016, était conseiller principal à l’International Crisis Group, ' +
        'en congé d’Affaires mondiales Canada, lorsqu’il a été placé en détention à Pékin en décembre 2018.',
      'zh-Hans':
        '康明凯是加拿大前外交官，2016年以前曾派驻北京和香港。2018年12月在北京被羁押时，他在国际危机组织任高级顾问，处于从加拿大全球事务部离职休假状态。',
    },
    status: [
      {
        kind: 'detained',
        from: '2018-12-10',
        detail: { en: 'Detained in Beijing', fr: 'Détenu à Pékin', 'zh-Hans': '在北京被羁押' },
        place: { en: 'Beijing', fr: 'Pékin', 'zh-Hans': '北京' },
        sources: ['s62', 's74'],
      },
      {
        kind: 'formally-arrested',
        from: '2019-05-16',
        detail: {
          en: 'Arrest approved “in recent days”, China announced',
          fr: 'Arrestation officielle approuvée « ces derniers jours », selon la Chine',
          'zh-Hans': '中方宣布已于近日批准逮捕',
        },
        sources: ['s51'],
      },
      {
        kind: 'charged',
        from: '2020-06-19',
        detail: {
          en: 'Charged with spying on state secrets and intelligence for foreign entities',
          fr: 'Inculpé d’espionnage de secrets d’État et de renseignements au profit de l’étranger',
          'zh-Hans': '以涉嫌为境外刺探国家秘密、情报罪被提起公诉',
        },
        sources: ['s52', 's53', 's306'],
      },
      {
        kind: 'tried',
        from: '2021-03-22',
        detail: {
          en: 'Tried at the Beijing No. 2 Intermediate People’s Court; diplomats were refused entry',
          fr: 'Jugé devant le deuxième tribunal populaire intermédiaire de Pékin ; des diplomates se sont vu refuser l’accès',
          'zh-Hans': '在北京市第二中级人民法院受审；外交官未获准进入法院',
        },
        place: { en: 'Beijing', fr: 'Pékin', 'zh-Hans': '北京' },
        sources: ['s27', 's100', 's102'],
      },
      {
        kind: 'released',
        from: '2021-09-24',
        detail: {
          en: 'Released; China said it had granted him bail on health grounds',
          fr: 'Libéré ; selon la Chine, une libération sous caution lui a été accordée pour raisons de santé',
          'zh-Hans': '获释；中方称因健康原因准予其取保候审',
        },
        sources: ['s98', 's313'],
      },
    ],
    sources: ['s87', 's74', 's26', 's27', 's69'],
  },
  {
    id: 'michael-spavor',
    aliases: [],
    // 迈克尔·斯帕弗 is the form of the Dandong verdict and the foreign ministry; no nativeName: his own name is English.
    name: { en: 'Michael Spavor', fr: 'Michael Spavor', 'zh-Hans': '迈克尔·斯帕弗' },
    roles: [
      {
        title: {
          en: 'Founder and director of Paektu Cultural Exchange, based in Dandong',
          fr: 'Fondateur et directeur de Paektu Cultural Exchange, établi à Dandong',
          'zh-Hans': '总部位于丹东的{{en|Paektu Cultural Exchange}}创始人兼负责人',
        },
        confirmed: '2020-11',
      },
    ],
    nationality: { en: 'Canadian', fr: 'canadienne', 'zh-Hans': '加拿大' },
    bio: {
      en:
        'Michael Spavor, a Canadian businessman working on exchanges with North Korea, founded Paektu Cultural Exchange in Dandong, China, ' +
        'where he was detained in December 2018.',
      fr:
        'Michael Spavor, homme d’affaires canadien actif dans les échanges avec la Corée du Nord, a fondé Paektu Cultural Exchange à Dandong, en Chine, ' +
        'où il a été placé en détention en décembre 2018.',
      'zh-Hans':
        '迈克尔·斯帕弗是从事对朝交流的加拿大商人，在中国丹东创办{{en|Paektu Cultural Exchange}}，2018年12月在丹东被羁押。',
    },
    status: [
      {
        kind: 'detained',
        from: '2018-12-10',
        detail: { en: 'Detained in Dandong', fr: 'Détenu à Dandong', 'zh-Hans': '在丹东被羁押' },
        place: { en: 'Dandong', fr: 'Dandong', 'zh-Hans': '丹东' },
        sources: ['s62'],
      },
      {
        kind: 'formally-arrested',
        from: '2019-05-16',
        detail: {
          en: 'Arrest approved “in recent days”, China announced',
          fr: 'Arrestation officielle approuvée « ces derniers jours », selon la Chine',
          'zh-Hans': '中方宣布已于近日批准逮捕',
        },
        sources: ['s51'],
      },
      {
        kind: 'charged',
        from: '2020-06-19',
        detail: {
          en: 'Charged with spying on and illegally supplying state secrets to foreign entities',
          fr: 'Inculpé d’espionnage et de fourniture illégale de secrets d’État au profit de l’étranger',
          'zh-Hans': '以涉嫌为境外刺探、非法提供国家秘密罪被提起公诉',
        },
        sources: ['s52', 's53', 's306'],
      },
      {
        kind: 'tried',
        from: '2021-03-19',
        detail: {
          en: 'Tried behind closed doors in Dandong',
          fr: 'Jugé à huis clos à Dandong',
          'zh-Hans': '在丹东接受不公开审理',
        },
        place: { en: 'Dandong', fr: 'Dandong', 'zh-Hans': '丹东' },
        sources: ['s27', 's69', 's101'],
      },
      {
        kind: 'sentenced',
        from: '2021-08-11',
        detail: {
          en: 'Sentenced to 11 years, confiscation of 50,000 yuan of property and deportation',
          fr: 'Condamné à 11 ans de prison, à la confiscation de 50 000 yuans de biens et à l’expulsion',
          'zh-Hans': '被判处有期徒刑11年，并处没收个人财产人民币5万元，驱逐出境',
        },
        sources: ['s55', 's70', 's28', 's102'],
      },
      {
        kind: 'released',
        from: '2021-09-24',
        detail: {
          en: 'Released; China said it had granted him bail on health grounds',
          fr: 'Libéré ; selon la Chine, une libération sous caution lui a été accordée pour raisons de santé',
          'zh-Hans': '获释；中方称因健康原因准予其取保候审',
        },
        sources: ['s98', 's313'],
      },
    ],
    sources: ['s28', 's29', 's62'],
  },
  {
    id: 'meng-wanzhou',
    aliases: ['sabrina-meng', 'cathy-meng'],
    name: { en: 'Meng Wanzhou', fr: 'Meng Wanzhou', 'zh-Hans': '孟晚舟' },
    nativeName: { text: '孟晚舟', lang: 'zh-Hans', romanized: 'Mèng Wǎnzhōu' },
    roles: [
      {
        title: {
          en: 'Board member, Skycom Tech Co. Ltd.',
          fr: 'Membre du conseil d’administration de Skycom Tech Co. Ltd.',
          'zh-Hans': '星通技术有限公司（{{en|Skycom Tech Co. Ltd.}}）董事',
        },
        from: '2008',
        to: '2009',
      },
      {
        title: {
          en: 'Deputy chair and chief financial officer of Huawei',
          fr: 'Vice-présidente du conseil et directrice financière de Huawei',
          'zh-Hans': '华为副董事长兼首席财务官',
        },
        confirmed: '2020-11',
      },
    ],
    nationality: { en: 'Chinese', fr: 'chinoise', 'zh-Hans': '中国' },
    bio: {
      en: 'Meng Wanzhou, daughter of Huawei’s founder Ren Zhengfei, was Huawei’s deputy chair and chief financial officer when Canada arrested her at the request of the United States in December 2018, and still held both posts in November 2020.',
      fr: 'Meng Wanzhou, fille du fondateur de Huawei, Ren Zhengfei, était vice-présidente du conseil et directrice financière de Huawei lorsque le Canada l’a arrêtée à la demande des États-Unis en décembre 2018, et occupait toujours ces deux postes en novembre 2020.',
      'zh-Hans':
        '孟晚舟是华为创始人任正非之女。2018年12月加拿大应美国要求将其逮捕时，她任华为副董事长兼首席财务官；2020年11月仍任这两个职务。',
    },
    status: [
      {
        kind: 'arrested',
        from: '2018-12-01',
        detail: {
          en: 'Arrested at Vancouver International Airport at the request of the United States',
          fr: 'Arrêtée à l’aéroport international de Vancouver à la demande des États-Unis',
          'zh-Hans': '应美国要求在温哥华国际机场被加方逮捕',
        },
        place: { en: 'Vancouver', fr: 'Vancouver', 'zh-Hans': '温哥华' },
        sources: ['s61'],
      },
      {
        kind: 'on-bail',
        from: '2018-12-11',
        detail: {
          en: 'Free on bail in Vancouver, under electronic surveillance, while contesting extradition',
          fr: 'En liberté sous caution à Vancouver, sous surveillance électronique, pendant qu’elle conteste son extradition',
          'zh-Hans': '在温哥华获保释并接受电子监控，同时就引渡提出抗辩',
        },
        place: { en: 'Vancouver', fr: 'Vancouver', 'zh-Hans': '温哥华' },
        sources: ['s78'],
      },
      {
        kind: 'released',
        from: '2021-09-24',
        detail: {
          en: 'Pleaded not guilty, entered a deferred prosecution agreement accepting its statement of facts, and left Canada',
          fr: 'A plaidé non coupable, conclu un accord de suspension des poursuites dont elle a accepté l’exposé des faits, et quitté le Canada',
          'zh-Hans': '作无罪答辩，达成暂缓起诉协议并认可其事实陈述，随后离开加拿大',
        },
        sources: ['s95', 's96', 's57'],
      },
      {
        kind: 'charges-dismissed',
        from: '2022-12-02',
        detail: {
          en: 'A US judge dismissed the indictment with prejudice',
          fr: 'Une juge américaine a prononcé l’abandon définitif des accusations',
          'zh-Hans': '美国法官裁定撤销起诉，且今后不得就此再行起诉',
        },
        sources: ['s318', 's317'],
      },
    ],
    sources: ['s79', 's26', 's1', 's95', 's96', 's61'],
  },
  {
    id: 'dominic-barton',
    aliases: [],
    name: { en: 'Dominic Barton', fr: 'Dominic Barton', 'zh-Hans': '鲍达民' },
    roles: [
      {
        title: {
          en: 'Global managing partner of McKinsey',
          fr: 'Directeur général mondial de McKinsey',
          'zh-Hans': '麦肯锡全球总裁',
        },
        from: '2009',
        to: '2018',
      },
      {
        title: {
          en: 'Ambassador of Canada to China',
          fr: 'Ambassadeur du Canada en Chine',
          'zh-Hans': '加拿大驻华大使',
        },
        from: '2019-09-04',
        to: '2021-12-31',
      },
    ],
    nationality: { en: 'Canadian', fr: 'canadienne', 'zh-Hans': '加拿大' },
    bio: {
      en: 'Dominic Barton, a Canadian executive born in Uganda, led McKinsey from 2009 to 2018 and was ambassador to China from September 2019 to December 2021, leading the consular visits to Kovrig and Spavor.',
      fr: 'Dominic Barton, dirigeant canadien né en Ouganda, a dirigé McKinsey de 2009 à 2018 puis a été ambassadeur du Canada en Chine de septembre 2019 à décembre 2021 ; à ce titre, il a mené les visites consulaires auprès de Michael Kovrig et de Michael Spavor.',
      'zh-Hans':
        '鲍达民是出生于乌干达的加拿大企业高管，2009年至2018年任麦肯锡全球总裁，2019年9月至2021年12月任加拿大驻华大使，率队对康明凯和迈克尔·斯帕弗进行领事探视。',
    },
    sources: ['s23', 's84', 's85', 's86', 's1'],
  },
  {
    id: 'zhao-lijian',
    aliases: [],
    name: { en: 'Zhao Lijian', fr: 'Zhao Lijian', 'zh-Hans': '赵立坚' },
    nativeName: { text: '赵立坚', lang: 'zh-Hans', romanized: 'Zhào Lìjiān' },
    roles: [
      {
        title: {
          en: 'Spokesperson of the Ministry of Foreign Affairs of China',
          fr: 'Porte-parole du ministère chinois des Affaires étrangères',
          'zh-Hans': '中国外交部发言人',
        },
        from: '2020-02',
        confirmed: '2020-11',
      },
    ],
    nationality: { en: 'Chinese', fr: 'chinoise', 'zh-Hans': '中国' },
    bio: {
      en: 'Zhao Lijian is a Chinese diplomat. He became one of the foreign ministry’s spokespersons in February 2020.',
      fr: 'Zhao Lijian est un diplomate chinois. Il est devenu l’un des porte-parole du ministère des Affaires étrangères en février 2020.',
      'zh-Hans': '赵立坚是中国外交官。他于2020年2月成为外交部发言人之一。',
    },
    leadQuote: 'zhao-lijian-2020-11-20',
    sources: ['s20', 's21', 's80'],
  },
  {
    id: 'justin-trudeau',
    aliases: [],
    name: { en: 'Justin Trudeau', fr: 'Justin Trudeau', 'zh-Hans': '贾斯廷·特鲁多' },
    roles: [
      {
        title: { en: 'Prime Minister of Canada', fr: 'Premier ministre du Canada', 'zh-Hans': '加拿大总理' },
        from: '2015-11-04',
        confirmed: '2020-11',
      },
    ],
    nationality: { en: 'Canadian', fr: 'canadienne', 'zh-Hans': '加拿大' },
    bio: {
      en:
        'Justin Trudeau is a Canadian politician and leader of the Liberal Party. ' +
        'He became Prime Minister of Canada on 4 November 2015.',
      fr:
        'Justin Trudeau est un homme politique canadien et le chef du Parti libéral. ' +
        'Il est devenu premier ministre du Canada le 4 novembre 2015.',
      'zh-Hans': '贾斯廷·特鲁多是加拿大政治人物、自由党领袖。他于2015年11月4日就任加拿大总理。',
    },
    leadQuote: 'justin-trudeau-2020-11-19',
    sources: ['s81', 's82'],
  },
  {
    id: 'ren-zhengfei',
    aliases: [],
    name: { en: 'Ren Zhengfei', fr: 'Ren Zhengfei', 'zh-Hans': '任正非' },
    nativeName: { text: '任正非', lang: 'zh-Hans', romanized: 'Rén Zhèngfēi' },
    roles: [
      {
        title: {
          en: 'Founder and chief executive of Huawei',
          fr: 'Fondateur et directeur général de Huawei',
          'zh-Hans': '华为创始人兼总裁',
        },
        confirmed: '2020-11',
      },
    ],
    nationality: { en: 'Chinese', fr: 'chinoise', 'zh-Hans': '中国' },
    bio: {
      en:
        'Ren Zhengfei is a Chinese engineer and entrepreneur who founded Huawei and is its chief executive. ' +
        'He is the father of Meng Wanzhou.',
      fr:
        'Ren Zhengfei est un ingénieur et entrepreneur chinois qui a fondé Huawei, dont il est le directeur général. ' +
        'Il est le père de Meng Wanzhou.',
      'zh-Hans': '任正非是中国工程师和企业家，创办了华为并担任其总裁。他是孟晚舟的父亲。',
    },
    sources: ['s100', 's19'],
  },
  {
    id: 'francois-philippe-champagne',
    aliases: [],
    name: { en: 'François-Philippe Champagne', fr: 'François-Philippe Champagne', 'zh-Hans': '商鹏飞' },
    roles: [
      {
        title: { en: 'Member of Parliament (Liberal)', fr: 'Député (libéral)', 'zh-Hans': '国会议员（自由党）' },
        confirmed: '2020-11',
      },
      {
        title: {
          en: 'Minister of Foreign Affairs of Canada',
          fr: 'Ministre des Affaires étrangères du Canada',
          'zh-Hans': '加拿大外交部长',
        },
        from: '2019-11-20',
        to: '2021-01-12',
      },
    ],
    nationality: { en: 'Canadian', fr: 'canadienne', 'zh-Hans': '加拿大' },
    bio: {
      en: 'François-Philippe Champagne, a Canadian Liberal MP, was Minister of Foreign Affairs from 20 November 2019 to 12 January 2021, at the time of the November 2020 visits.',
      fr: 'François-Philippe Champagne, député libéral canadien, a été ministre des Affaires étrangères du 20 novembre 2019 au 12 janvier 2021, donc lors des visites de novembre 2020.',
      'zh-Hans': '商鹏飞是加拿大自由党国会议员，2019年11月20日至2021年1月12日任外交部长，2020年11月探视时在任。',
    },
    sources: ['s88', 's89', 's77', 's90'],
  },
] as const satisfies readonly Person[];
