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
    nationality: { en: 'Canadian', fr: 'canadien', 'zh-Hans': '加拿大' },
    bio: {
      en:
        'Michael Kovrig is a Canadian former diplomat who served in Beijing and Hong Kong until 2016. ' +
        'He was senior adviser for North East Asia at the International Crisis Group, on leave from Global Affairs Canada, ' +
        'when he was detained in Beijing in December 2018; China charged him with spying on state secrets and intelligence for foreign entities. ' +
        'Canada called his detention arbitrary; critics of Beijing called it “hostage diplomacy”.',
      fr:
        'Michael Kovrig est un ancien diplomate canadien qui a été en poste à Pékin et à Hong Kong jusqu’en 2016. ' +
        'Il était conseiller principal pour l’Asie du Nord-Est à l’International Crisis Group, en congé d’Affaires mondiales Canada, ' +
        'lorsqu’il a été placé en détention à Pékin, en décembre 2018 ; la Chine l’a inculpé pour avoir espionné des secrets d’État et des renseignements pour l’étranger. ' +
        'Le Canada a qualifié sa détention d’arbitraire ; des critiques de Pékin y ont vu de la « diplomatie des otages ».',
      'zh-Hans':
        '康明凯是加拿大前外交官，曾在北京和香港任职，至2016年止。' +
        '2018年12月在北京被羁押时，他已从加拿大全球事务部停薪留职，在国际危机组织担任东北亚高级顾问；中方以涉嫌为境外刺探国家秘密、情报罪对他提起公诉。' +
        '加拿大称其遭任意拘留，批评北京的人士则称之为“人质外交”。',
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
          en: 'China announced that prosecutors had approved his arrest “in recent days”',
          fr: 'La Chine a annoncé que le parquet avait approuvé son arrestation « ces derniers jours »',
          'zh-Hans': '中国宣布，经检察机关批准，其已于近日被依法逮捕',
        },
        sources: ['s51', 's303'],
      },
      {
        kind: 'charged',
        from: '2020-06-19',
        detail: {
          en: 'Indicted for spying on state secrets and intelligence for foreign entities (reported as espionage)',
          fr: 'Mis en accusation pour avoir espionné des secrets d’État et des renseignements pour l’étranger (espionnage)',
          'zh-Hans': '以涉嫌为境外刺探国家秘密、情报罪被提起公诉',
        },
        sources: ['s52', 's53', 's306'],
      },
      {
        kind: 'tried',
        from: '2021-03-22',
        detail: {
          en: 'Tried at the Beijing No. 2 Intermediate People’s Court; diplomats were refused entry',
          fr: 'Jugé par le deuxième tribunal populaire intermédiaire de Pékin ; des diplomates se sont vu refuser l’accès',
          'zh-Hans': '在北京市第二中级人民法院受审；外交官未获准进入法院',
        },
        place: { en: 'Beijing', fr: 'Pékin', 'zh-Hans': '北京' },
        sources: ['s27', 's100', 's102'],
      },
      {
        kind: 'released',
        from: '2021-09-24',
        detail: {
          en: 'Released by China on bail pending trial, granted on medical grounds according to China (25 September in Beijing)',
          fr: 'Libéré par la Chine sous caution dans l’attente du jugement, pour raisons médicales selon Pékin (le 25 septembre à Pékin)',
          'zh-Hans': '获中国取保候审后离境，中方称系因病获准（北京时间9月25日）',
        },
        sources: ['s98', 's314', 's313'],
      },
    ],
    sources: ['s87', 's74', 's26', 's27', 's69', 's2', 's315', 's316'],
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
          'zh-Hans': '总部位于丹东的Paektu Cultural Exchange创始人兼负责人',
        },
        confirmed: '2020-11',
      },
    ],
    nationality: { en: 'Canadian', fr: 'canadien', 'zh-Hans': '加拿大' },
    bio: {
      en:
        'Michael Spavor is a Canadian businessman who worked on exchanges with North Korea. ' +
        'He founded and directs Paektu Cultural Exchange, based in Dandong, China, where he was detained in December 2018. ' +
        'Canada called his detention arbitrary; critics of Beijing called it “hostage diplomacy”.',
      fr:
        'Michael Spavor est un homme d’affaires canadien qui s’occupait d’échanges avec la Corée du Nord. ' +
        'Il a fondé et dirige Paektu Cultural Exchange, établi à Dandong, en Chine, où il a été placé en détention en décembre 2018. ' +
        'Le Canada a qualifié sa détention d’arbitraire ; des critiques de Pékin y ont vu de la « diplomatie des otages ».',
      'zh-Hans':
        '迈克尔·斯帕弗是加拿大商人，曾从事与朝鲜的交流活动。' +
        '他创办并负责总部位于中国丹东的Paektu Cultural Exchange，2018年12月在丹东被羁押。' +
        '加拿大称其遭任意拘留，批评北京的人士则称之为“人质外交”。',
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
          en: 'China announced that prosecutors had approved his arrest “in recent days”',
          fr: 'La Chine a annoncé que le parquet avait approuvé son arrestation « ces derniers jours »',
          'zh-Hans': '中国宣布，经检察机关批准，其已于近日被依法逮捕',
        },
        sources: ['s51', 's303'],
      },
      {
        kind: 'charged',
        from: '2020-06-19',
        detail: {
          en: 'Indicted for spying on and illegally providing state secrets to foreign entities (reported as espionage)',
          fr: 'Mis en accusation pour avoir espionné et fourni illégalement des secrets d’État à l’étranger (espionnage)',
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
          en:
            'Sentenced to 11 years in prison for spying on and illegally providing state secrets to foreign entities, ' +
            'with confiscation of 50,000 yuan of personal property and deportation',
          fr: 'Condamné à 11 ans de prison pour avoir espionné et fourni illégalement des secrets d’État à l’étranger, avec confiscation de 50 000 yuans de biens personnels et expulsion',
          'zh-Hans': '以为境外刺探、非法提供国家秘密罪被判处有期徒刑11年，并处没收个人财产人民币5万元，驱逐出境',
        },
        sources: ['s55', 's70', 's28', 's102'],
      },
      {
        kind: 'released',
        from: '2021-09-24',
        detail: {
          en: 'Released by China on bail pending trial, granted on medical grounds according to China (25 September in Beijing)',
          fr: 'Libéré par la Chine sous caution dans l’attente du jugement, pour raisons médicales selon Pékin (le 25 septembre à Pékin)',
          'zh-Hans': '获中国取保候审后离境，中方称系因病获准（北京时间9月25日）',
        },
        sources: ['s98', 's314', 's313'],
      },
    ],
    sources: ['s28', 's29', 's62', 's2', 's315', 's316'],
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
          'zh-Hans': 'Skycom Tech Co. Ltd.董事',
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
      en:
        'Meng Wanzhou is a Huawei executive and the daughter of the company’s founder, Ren Zhengfei. ' +
        'She was deputy chair and chief financial officer of Huawei when she was arrested in Canada at the request of the United States ' +
        'in December 2018, and still held both posts in November 2020.',
      fr:
        'Meng Wanzhou est une dirigeante de Huawei et la fille du fondateur de l’entreprise, Ren Zhengfei. ' +
        'Elle était vice-présidente du conseil et directrice financière de Huawei lorsqu’elle a été arrêtée au Canada à la demande des États-Unis ' +
        'en décembre 2018, et occupait toujours ces deux postes en novembre 2020.',
      'zh-Hans':
        '孟晚舟是华为高管，也是该公司创始人任正非之女。' +
        '2018年12月，加拿大应美国要求将其逮捕，她当时担任华为副董事长兼首席财务官；2020年11月，她仍担任这两个职务。',
    },
    status: [
      {
        kind: 'arrested',
        from: '2018-12-01',
        detail: {
          en: 'Arrested at Vancouver International Airport at the request of the United States',
          fr: 'Arrêtée à l’aéroport international de Vancouver à la demande des États-Unis',
          'zh-Hans': '加拿大应美国要求在温哥华国际机场将其逮捕',
        },
        place: { en: 'Vancouver', fr: 'Vancouver', 'zh-Hans': '温哥华' },
        sources: ['s61'],
      },
      {
        kind: 'on-bail',
        from: '2018-12-11',
        detail: {
          en: 'Free on C$10 million bail in Vancouver, under electronic monitoring and 24-hour surveillance, while contesting extradition',
          fr: 'En liberté à Vancouver sous une caution de 10 millions de dollars canadiens, sous surveillance électronique et 24 heures sur 24, pendant qu’elle conteste son extradition',
          'zh-Hans': '在温哥华以1000万加元获保释，须佩戴电子定位装置并接受24小时监视，同时就引渡提出抗辩',
        },
        place: { en: 'Vancouver', fr: 'Vancouver', 'zh-Hans': '温哥华' },
        sources: ['s78', 's300'],
      },
      {
        kind: 'released',
        from: '2021-09-24',
        detail: {
          en:
            'Pleaded not guilty and entered a deferred prosecution agreement, accepting its statement of facts; ' +
            'the BC Supreme Court discharged the extradition case and she left Canada',
          fr:
            'A plaidé non coupable et conclu un accord de suspension des poursuites, dont elle a accepté l’exposé des faits ; ' +
            'la Cour suprême de la Colombie-Britannique a mis fin à la procédure d’extradition et elle a quitté le Canada',
          'zh-Hans': '作无罪答辩并达成暂缓起诉协议，认可协议所附的事实陈述；不列颠哥伦比亚省高等法院终止对她的引渡程序，她随后离开加拿大',
        },
        sources: ['s95', 's96', 's57'],
      },
      {
        kind: 'charges-dismissed',
        from: '2022-12-02',
        detail: {
          en: 'At prosecutors’ request, a US judge dismissed the indictment against her with prejudice',
          fr: 'À la demande des procureurs, une juge américaine a rejeté l’acte d’accusation visant Meng, sans possibilité de nouvelles poursuites',
          'zh-Hans': '应检方请求，美国联邦法官驳回对她的起诉，且检方不得再次起诉',
        },
        sources: ['s318', 's317', 's60'],
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
        title: { en: 'Ambassador of Canada to China', fr: 'Ambassadeur du Canada en Chine', 'zh-Hans': '加拿大驻华大使' },
        from: '2019-09-04',
        to: '2021-12-31',
      },
    ],
    nationality: { en: 'Canadian', fr: 'canadien', 'zh-Hans': '加拿大' },
    bio: {
      en:
        'Dominic Barton is a Canadian executive turned diplomat, born in Uganda. ' +
        'He was global managing partner of McKinsey from 2009 to 2018 and Canada’s ambassador to China from September 2019 to December 2021. ' +
        'As ambassador he led Canada’s consular visits to Michael Kovrig and Michael Spavor.',
      fr:
        'Dominic Barton est un dirigeant d’entreprise canadien devenu diplomate, né en Ouganda. ' +
        'Il a été directeur général mondial de McKinsey de 2009 à 2018, puis ambassadeur du Canada en Chine de septembre 2019 à décembre 2021. ' +
        'À ce titre, il a dirigé les visites consulaires du Canada auprès de Michael Kovrig et de Michael Spavor.',
      'zh-Hans':
        '鲍达民是企业高管出身的加拿大外交官，出生于乌干达。' +
        '他于2009年至2018年任麦肯锡全球总裁，2019年9月至2021年12月任加拿大驻华大使。' +
        '任大使期间，他率队对康明凯和迈克尔·斯帕弗进行领事探视。',
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
    nationality: { en: 'Chinese', fr: 'chinois', 'zh-Hans': '中国' },
    bio: {
      en:
        'Zhao Lijian is a Chinese diplomat. He became one of the foreign ministry’s spokespersons in February 2020.',
      fr:
        'Zhao Lijian est un diplomate chinois. Il est devenu l’un des porte-parole du ministère des Affaires étrangères en février 2020.',
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
    nationality: { en: 'Canadian', fr: 'canadien', 'zh-Hans': '加拿大' },
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
          'zh-Hans': '华为创始人兼首席执行官',
        },
        confirmed: '2020-11',
      },
    ],
    nationality: { en: 'Chinese', fr: 'chinois', 'zh-Hans': '中国' },
    bio: {
      en:
        'Ren Zhengfei is a Chinese engineer and entrepreneur who founded Huawei and is its chief executive. ' +
        'He is the father of Meng Wanzhou.',
      fr:
        'Ren Zhengfei est un ingénieur et entrepreneur chinois qui a fondé Huawei, dont il est le directeur général. ' +
        'Il est le père de Meng Wanzhou.',
      'zh-Hans': '任正非是中国工程师和企业家，创办了华为并担任其首席执行官。他是孟晚舟的父亲。',
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
    nationality: { en: 'Canadian', fr: 'canadien', 'zh-Hans': '加拿大' },
    bio: {
      en:
        'François-Philippe Champagne is a Canadian Liberal member of Parliament. ' +
        'He was Minister of Foreign Affairs from 20 November 2019 to 12 January 2021, ' +
        'and so headed Global Affairs Canada at the time of the November 2020 visits.',
      fr:
        'François-Philippe Champagne est un député libéral canadien. ' +
        'Il a été ministre des Affaires étrangères du 20 novembre 2019 au 12 janvier 2021 ' +
        'et dirigeait donc Affaires mondiales Canada au moment des visites de novembre 2020.',
      'zh-Hans':
        '商鹏飞是加拿大自由党国会议员。' +
        '他于2019年11月20日至2021年1月12日任外交部长，因此在2020年11月领事探视期间执掌加拿大全球事务部。',
    },
    sources: ['s88', 's89', 's77', 's90'],
  },
] as const satisfies readonly Person[];
