import type { CaseEvent } from '../types.js';

/** Events: the timeline, one event per date; inArticle marks what the source article reports. */
export const events = [
  {
    id: 'meng-arrested',
    date: '2018-12-01',
    title: {
      en:
        'The RCMP arrests Meng Wanzhou at Vancouver International Airport, where she is changing planes, at the request of the United States',
      fr: 'La GRC arrête Meng Wanzhou à l’aéroport international de Vancouver, où elle fait une correspondance, à la demande des États-Unis',
      'zh-Hans': '应美国要求，加拿大皇家骑警在温哥华国际机场逮捕正在转机的孟晚舟',
    },
    people: ['meng-wanzhou'],
    inArticle: true,
    sources: ['s61'],
  },
  {
    id: 'kovrig-spavor-detained',
    date: '2018-12-10',
    title: {
      en: 'Michael Kovrig is detained in Beijing and Michael Spavor in Dandong',
      fr: 'Michael Kovrig est placé en détention à Pékin, et Michael Spavor à Dandong',
      'zh-Hans': '康明凯和迈克尔·斯帕弗分别在北京和丹东被羁押',
    },
    people: ['michael-kovrig', 'michael-spavor'],
    inArticle: true,
    sources: ['s62', 's74'],
  },
  {
    id: 'meng-bail',
    date: '2018-12-11',
    title: {
      en: 'B.C. Supreme Court Justice William Ehrcke releases Meng Wanzhou on C$10 million bail, with electronic monitoring and 24-hour surveillance',
      fr: 'Le juge William Ehrcke, de la Cour suprême de la Colombie-Britannique, libère Meng Wanzhou sous une caution de 10 millions de dollars canadiens, assortie d’une surveillance électronique et d’une surveillance 24 heures sur 24',
      'zh-Hans': '不列颠哥伦比亚省高等法院法官威廉·埃尔克（William Ehrcke）准予孟晚舟以1000万加元保释，须佩戴电子定位装置并接受24小时监视',
    },
    people: ['meng-wanzhou'],
    inArticle: false,
    sources: ['s78', 's300'],
  },
  {
    id: 'schellenberg-sentenced',
    date: '2019-01-14',
    title: {
      en:
        'A court in Dalian sentences Canadian Robert Lloyd Schellenberg to death at his retrial for smuggling methamphetamine; ' +
        'he had been sentenced to 15 years',
      fr: 'Un tribunal de Dalian condamne à mort le Canadien Robert Lloyd Schellenberg, lors de son nouveau procès, pour contrebande de méthamphétamine ; il avait été condamné à 15 ans de prison',
      'zh-Hans': '大连一家法院在重审中以走私甲基苯丙胺改判加拿大人罗伯特·劳埃德·谢伦伯格死刑；他此前被判处有期徒刑15年',
    },
    people: [],
    inArticle: false,
    sources: ['s35', 's91'],
  },
  {
    id: 'huawei-indictment-unsealed',
    date: '2019-01-28',
    title: {
      en:
        'The US Department of Justice unseals a 13-count indictment in Brooklyn against Huawei, Huawei Device USA, Skycom and ' +
        'Meng Wanzhou; Meng is charged with bank fraud, wire fraud and conspiracy to commit both',
      fr: 'Le département de la Justice des États-Unis rend public à Brooklyn un acte d’accusation comptant 13 chefs visant Huawei, Huawei Device USA, Skycom et Meng Wanzhou ; Meng est accusée de fraude bancaire, de fraude électronique et de complot en vue de commettre ces deux fraudes',
      'zh-Hans': '美国司法部在布鲁克林公开起诉书，以13项罪名起诉华为、Huawei Device USA、Skycom和孟晚舟；孟晚舟被控银行欺诈、电信欺诈以及合谋实施这两项欺诈',
    },
    people: ['meng-wanzhou'],
    inArticle: false,
    sources: ['s45', 's94'],
  },
  {
    id: 'extradition-authority-to-proceed',
    date: '2019-03-01',
    title: {
      en: 'Canada’s Department of Justice issues an authority to proceed, formally starting the extradition process against Meng Wanzhou',
      fr: 'Le ministère de la Justice du Canada délivre un arrêté introductif d’instance, ouvrant officiellement la procédure d’extradition visant Meng Wanzhou',
      'zh-Hans': '加拿大司法部签发授权令（Authority to Proceed），正式启动对孟晚舟的引渡程序',
    },
    people: ['meng-wanzhou'],
    inArticle: false,
    sources: ['s301'],
  },
  {
    id: 'canola-richardson-blocked',
    date: '2019-03-01',
    title: {
      en:
        'China suspends canola imports from Richardson International, saying its customs repeatedly found hazardous pests ' +
        'in Canadian canola (from 1 March; reported on 5 March); Canada says its inspectors found none',
      fr: 'La Chine suspend les importations de canola de Richardson International, affirmant que ses douanes ont détecté à plusieurs reprises des organismes nuisibles dangereux dans le canola canadien (à compter du 1er mars, information rapportée le 5 mars) ; le Canada dit que ses inspecteurs n’en ont trouvé aucun',
      'zh-Hans': '中国暂停进口理查森国际公司（Richardson International）的油菜籽，称海关多次从加拿大油菜籽中检出危险性有害生物（自3月1日起，3月5日见诸报道）；加方称其检验人员未发现任何有害生物',
    },
    people: [],
    inArticle: false,
    sources: ['s47', 's302'],
  },
  {
    id: 'canola-viterra-blocked',
    date: '2019-03-26',
    title: {
      en: 'China blocks canola from Viterra, saying pests were found in the grain',
      fr: 'La Chine bloque le canola de Viterra, affirmant y avoir trouvé des organismes nuisibles',
      'zh-Hans': '中国叫停维特拉公司（Viterra）的油菜籽进口，称在其中发现有害生物',
    },
    people: [],
    inArticle: false,
    sources: ['s48'],
  },
  {
    id: 'fan-wei-sentenced',
    date: '2019-04-30',
    title: {
      en: 'A court in Jiangmen sentences Canadian Fan Wei to death for manufacturing and trafficking methamphetamine',
      fr: 'Un tribunal de Jiangmen condamne à mort le Canadien Fan Wei pour fabrication et trafic de méthamphétamine',
      'zh-Hans': '江门一家法院以制造、贩卖甲基苯丙胺判处加拿大人范威死刑',
    },
    people: [],
    inArticle: false,
    sources: ['s39'],
  },
  {
    id: 'formal-arrests',
    date: '2019-05-16',
    title: {
      en: 'China announces that prosecutors have approved the arrest of Michael Kovrig and Michael Spavor “in recent days”',
      fr: 'La Chine annonce que le parquet a approuvé l’arrestation de Michael Kovrig et de Michael Spavor « ces derniers jours »',
      'zh-Hans': '中国宣布，经检察机关批准，康明凯和迈克尔·斯帕弗已于近日被依法逮捕',
    },
    people: ['michael-kovrig', 'michael-spavor'],
    inArticle: false,
    sources: ['s51', 's303'],
  },
  {
    id: 'pork-beef-suspended',
    date: '2019-06-25',
    title: {
      en:
        'China suspends imports of Canadian pork and beef, asking Canada to stop issuing meat export certificates after finding ' +
        'ractopamine, a feed additive it bans, in a pork shipment and forged health certificates',
      fr: 'La Chine suspend les importations de porc et de bœuf canadiens et demande au Canada de cesser de délivrer des certificats d’exportation de viande, après avoir trouvé de la ractopamine, un additif alimentaire qu’elle interdit, dans une cargaison de porc, ainsi que de faux certificats sanitaires',
      'zh-Hans': '中国称在一批猪肉中检出其禁用的饲料添加剂莱克多巴胺，并发现伪造的卫生证书，要求加方暂停签发对华出口肉类证书，暂停进口加拿大猪肉和牛肉',
    },
    people: [],
    inArticle: false,
    sources: ['s49', 's304'],
  },
  {
    id: 'pork-beef-ban-lifted',
    date: '2019-11-05',
    title: {
      en: 'China lifts its ban on Canadian pork and beef',
      fr: 'La Chine lève son interdiction visant le porc et le bœuf canadiens',
      'zh-Hans': '中国解除对加拿大猪肉和牛肉的禁令',
    },
    people: [],
    inArticle: false,
    sources: ['s50'],
  },
  {
    id: 'last-in-person-visit-spavor',
    date: '2020-01',
    title: {
      en: 'Last in-person consular visit to Michael Spavor before visits are suspended during the pandemic',
      fr: 'Dernière visite consulaire en personne auprès de Michael Spavor avant la suspension des visites pendant la pandémie',
      'zh-Hans': '疫情期间探视暂停前，对迈克尔·斯帕弗的最后一次当面领事探视',
    },
    people: ['michael-spavor'],
    inArticle: false,
    sources: ['s76', 's77'],
  },
  {
    id: 'last-in-person-visit-kovrig',
    date: '2020-01',
    title: {
      en: 'Last in-person consular visit to Michael Kovrig before visits are suspended during the pandemic',
      fr: 'Dernière visite consulaire en personne auprès de Michael Kovrig avant la suspension des visites pendant la pandémie',
      'zh-Hans': '疫情期间探视暂停前，对康明凯的最后一次当面领事探视',
    },
    people: ['michael-kovrig'],
    inArticle: false,
    sources: ['s76', 's77'],
  },
  {
    id: 'double-criminality-ruling',
    date: '2020-05-27',
    title: {
      en: 'Associate Chief Justice Heather Holmes of the B.C. Supreme Court rules that the double-criminality requirement can be met, so Meng Wanzhou’s extradition case continues',
      fr: 'La juge en chef adjointe Heather Holmes, de la Cour suprême de la Colombie-Britannique, conclut que l’exigence de double incrimination peut être remplie ; la procédure d’extradition de Meng Wanzhou se poursuit',
      'zh-Hans': '不列颠哥伦比亚省高等法院副首席法官希瑟·霍姆斯（Heather Holmes）裁定本案可满足“双重犯罪”要求，孟晚舟引渡案继续审理',
    },
    people: ['meng-wanzhou'],
    inArticle: false,
    sources: ['s305'],
  },
  {
    id: 'espionage-charges',
    date: '2020-06-19',
    title: {
      en:
        'Prosecutors in Beijing and Dandong indict Michael Kovrig for spying on state secrets and intelligence for foreign entities, ' +
        'and Michael Spavor for spying on and illegally providing state secrets to foreign entities (charges reported as espionage)',
      fr: 'Les parquets de Pékin et de Dandong mettent en accusation Michael Kovrig pour avoir espionné des secrets d’État et des renseignements pour l’étranger, et Michael Spavor pour avoir espionné et fourni illégalement des secrets d’État à l’étranger (accusations présentées comme de l’espionnage)',
      'zh-Hans': '北京和丹东检察机关分别以涉嫌为境外刺探国家秘密、情报罪和为境外刺探、非法提供国家秘密罪，对康明凯和迈克尔·斯帕弗提起公诉',
    },
    people: ['michael-kovrig', 'michael-spavor'],
    inArticle: false,
    sources: ['s52', 's53', 's306'],
  },
  {
    id: 'xu-weihong-sentenced',
    date: '2020-08-06',
    title: {
      en: 'A court in Guangzhou sentences Canadian Xu Weihong to death for manufacturing ketamine',
      fr: 'Un tribunal de Guangzhou condamne à mort le Canadien Xu Weihong pour fabrication de kétamine',
      'zh-Hans': '广州一家法院以制造氯胺酮判处加拿大人徐伟洪死刑',
    },
    people: [],
    inArticle: false,
    sources: ['s40', 's43'],
  },
  {
    id: 'ye-jianhui-sentenced',
    date: '2020-08-07',
    title: {
      en: 'A court in Foshan sentences Canadian Ye Jianhui to death for transporting and manufacturing drugs',
      fr: 'Un tribunal de Foshan condamne à mort le Canadien Ye Jianhui pour transport et fabrication de stupéfiants',
      'zh-Hans': '佛山一家法院以运输、制造毒品判处加拿大人叶建辉死刑',
    },
    people: [],
    inArticle: false,
    sources: ['s43'],
  },
  {
    id: 'first-virtual-visit-spavor',
    date: '2020-10-09',
    title: {
      en: 'Ambassador Dominic Barton leads the first virtual consular visit to Michael Spavor',
      fr: 'L’ambassadeur Dominic Barton mène la première visite consulaire virtuelle auprès de Michael Spavor',
      'zh-Hans': '鲍达民大使率队对迈克尔·斯帕弗进行首次视频领事探视',
    },
    people: ['dominic-barton', 'michael-spavor'],
    inArticle: false,
    sources: ['s76', 's7'],
  },
  {
    id: 'first-virtual-visit-kovrig',
    date: '2020-10-10',
    title: {
      en: 'Ambassador Dominic Barton leads the first virtual consular visit to Michael Kovrig',
      fr: 'L’ambassadeur Dominic Barton mène la première visite consulaire virtuelle auprès de Michael Kovrig',
      'zh-Hans': '鲍达民大使率队对康明凯进行首次视频领事探视',
    },
    people: ['dominic-barton', 'michael-kovrig'],
    inArticle: false,
    sources: ['s76', 's7'],
  },
  {
    id: 'zhao-reply-first-virtual-visits',
    date: '2020-10-12',
    title: {
      en:
        'After Canada again calls the detentions arbitrary following the first virtual visits, foreign ministry spokesperson ' +
        'Zhao Lijian says “what Canada has done to Meng Wanzhou is arbitrary detention” and accuses Canada of “double standards”',
      fr: 'Le Canada ayant de nouveau qualifié les détentions d’arbitraires après les premières visites virtuelles, le porte-parole du ministère chinois des Affaires étrangères, Zhao Lijian, répond que c’est le traitement infligé par le Canada à Meng Wanzhou qui relève de la détention arbitraire, et l’accuse de pratiquer deux poids, deux mesures',
      'zh-Hans': '首次视频探视后，加方再次称两人遭任意拘留；外交部发言人赵立坚回应称，加方对孟晚舟的所作所为才是任意拘押，并指责加方搞双重标准',
    },
    people: ['zhao-lijian'],
    inArticle: false,
    sources: ['s307'],
  },
  {
    id: 'virtual-visit-spavor',
    date: '2020-11-10',
    title: {
      en: 'Ambassador Dominic Barton has on-site virtual consular access to Michael Spavor',
      fr: 'L’ambassadeur Dominic Barton effectue sur place une visite consulaire virtuelle auprès de Michael Spavor',
      'zh-Hans': '鲍达民大使前往羁押场所，通过视频对迈克尔·斯帕弗进行领事探视',
    },
    people: ['dominic-barton', 'michael-spavor'],
    inArticle: true,
    sources: ['s1', 's2'],
  },
  {
    id: 'virtual-visit-kovrig',
    date: '2020-11-19',
    title: {
      en: 'Ambassador Dominic Barton has virtual consular access to Michael Kovrig',
      fr: 'L’ambassadeur Dominic Barton effectue une visite consulaire virtuelle auprès de Michael Kovrig',
      'zh-Hans': '鲍达民大使前往羁押场所，通过视频对康明凯进行领事探视',
    },
    people: ['dominic-barton', 'michael-kovrig'],
    inArticle: true,
    sources: ['s1', 's2'],
  },
  {
    id: 'gac-news-release',
    date: '2020-11-19',
    title: {
      en: 'Global Affairs Canada publishes a news release on the two visits and again calls for the men’s immediate release',
      fr: 'Affaires mondiales Canada publie un communiqué sur les deux visites et demande de nouveau la libération immédiate des deux hommes',
      'zh-Hans': '加拿大全球事务部就两次探视发布新闻稿，再次呼吁立即释放两人',
    },
    people: ['michael-kovrig', 'michael-spavor'],
    inArticle: true,
    sources: ['s1', 's2'],
  },
  {
    id: 'trudeau-apec-remarks',
    date: '2020-11-19',
    title: {
      en:
        'At the APEC CEO Dialogues, Prime Minister Justin Trudeau says he does not regret Meng Wanzhou’s arrest ' +
        'and speaks of “aggressive coercive diplomacy”',
      fr: 'Aux Dialogues des PDG de l’APEC, le premier ministre Justin Trudeau dit ne pas regretter l’arrestation de Meng Wanzhou et parle de « diplomatie coercitive agressive »',
      'zh-Hans': '在亚太经合组织工商领导人对话会上，加拿大总理贾斯廷·特鲁多表示不后悔逮捕孟晚舟，并谈及“咄咄逼人的胁迫外交”',
    },
    people: ['justin-trudeau'],
    inArticle: false,
    sources: ['s83', 's82'],
  },
  {
    id: 'zhao-press-conference',
    date: '2020-11-20',
    title: {
      en:
        'At the foreign ministry’s regular press conference, spokesperson Zhao Lijian answers Trudeau’s remarks ' +
        'and says Canada cannot change “the political nature of the Meng Wanzhou case”',
      fr: 'Au point de presse régulier du ministère chinois des Affaires étrangères, le porte-parole Zhao Lijian répond aux propos de Trudeau et dit que le Canada ne peut changer « la nature politique de l’affaire Meng Wanzhou »',
      'zh-Hans': '在外交部例行记者会上，发言人赵立坚回应贾斯廷·特鲁多的言论，称加拿大无法改变“孟晚舟事件的政治性质”',
    },
    people: ['zhao-lijian'],
    inArticle: true,
    sources: ['s80', 's11', 's12'],
  },
  {
    id: 'arbitrary-detention-declaration',
    date: '2021-02-15',
    title: {
      en:
        'Canada launches the Declaration Against Arbitrary Detention in State-to-State Relations, endorsed at launch by ' +
        '58 countries and the European Union; the Chinese embassy calls Canada hypocritical',
      fr: 'Le Canada lance la Déclaration contre la détention arbitraire dans les relations d’État à État, appuyée dès son lancement par 58 pays et l’Union européenne ; l’ambassade de Chine accuse le Canada d’hypocrisie',
      'zh-Hans': '加拿大发起反对在国与国关系中任意拘押的宣言（Declaration Against Arbitrary Detention in State-to-State Relations），发起时获58个国家和欧盟支持；中国驻加拿大使馆指责加方虚伪',
    },
    people: [],
    inArticle: false,
    sources: ['s309', 's310'],
  },
  {
    id: 'spavor-trial',
    date: '2021-03-19',
    title: {
      en: 'Michael Spavor is tried behind closed doors in Dandong',
      fr: 'Michael Spavor est jugé à huis clos à Dandong',
      'zh-Hans': '迈克尔·斯帕弗在丹东接受不公开审理',
    },
    people: ['michael-spavor'],
    inArticle: false,
    sources: ['s27', 's69', 's101'],
  },
  {
    id: 'kovrig-trial',
    date: '2021-03-22',
    title: {
      en:
        'Michael Kovrig is tried at the Beijing No. 2 Intermediate People’s Court; diplomats are refused entry. ' +
        'He was never sentenced',
      fr: 'Michael Kovrig est jugé par le deuxième tribunal populaire intermédiaire de Pékin ; des diplomates se voient refuser l’accès. Aucune peine n’a jamais été prononcée contre lui',
      'zh-Hans': '康明凯在北京市第二中级人民法院受审，外交官未获准进入法院。他始终未被判刑',
    },
    people: ['michael-kovrig'],
    inArticle: false,
    sources: ['s27', 's100', 's102'],
  },
  {
    id: 'schellenberg-appeal-rejected',
    date: '2021-08-10',
    title: {
      en: 'Robert Lloyd Schellenberg’s appeal against his death sentence is rejected',
      fr: 'L’appel de Robert Lloyd Schellenberg contre sa condamnation à mort est rejeté',
      'zh-Hans': '罗伯特·劳埃德·谢伦伯格不服死刑判决提出的上诉被驳回',
    },
    people: [],
    inArticle: false,
    sources: ['s92', 's93'],
  },
  {
    id: 'spavor-sentenced',
    date: '2021-08-11',
    title: {
      en:
        'A court in Dandong sentences Michael Spavor to 11 years in prison for spying on and illegally providing state secrets ' +
        'to foreign entities, with confiscation of 50,000 yuan of personal property and deportation',
      fr: 'Un tribunal de Dandong condamne Michael Spavor à 11 ans de prison pour avoir espionné et fourni illégalement des secrets d’État à l’étranger, avec confiscation de 50 000 yuans de biens personnels et expulsion',
      'zh-Hans': '丹东市中级人民法院以为境外刺探、非法提供国家秘密罪判处迈克尔·斯帕弗有期徒刑11年，并处没收个人财产人民币5万元，驱逐出境',
    },
    people: ['michael-spavor'],
    inArticle: false,
    sources: ['s55', 's70', 's28', 's102'],
  },
  {
    id: 'meng-dpa-and-release',
    date: '2021-09-24',
    title: {
      en:
        'In Brooklyn, Meng Wanzhou pleads not guilty and enters a deferred prosecution agreement, accepting its statement of facts; ' +
        'the BC Supreme Court discharges her extradition case and she leaves Canada. China releases Michael Kovrig and Michael Spavor ' +
        'on bail pending trial, granted on medical grounds according to China; their plane leaves Chinese airspace that evening, ' +
        'Ottawa time (25 September in Beijing)',
      fr: 'À Brooklyn, Meng Wanzhou plaide non coupable et conclut un accord de suspension des poursuites, dont elle accepte l’exposé des faits ; la Cour suprême de la Colombie-Britannique met fin à la procédure d’extradition la visant et elle quitte le Canada. La Chine libère Michael Kovrig et Michael Spavor sous caution dans l’attente du jugement, pour raisons médicales selon Pékin ; leur avion quitte l’espace aérien chinois le soir même, heure d’Ottawa (le 25 septembre à Pékin)',
      'zh-Hans': '孟晚舟在布鲁克林的美国法院作无罪答辩，并达成暂缓起诉协议，认可协议所附的事实陈述；不列颠哥伦比亚省高等法院终止对她的引渡程序，她随后离开加拿大。中国对康明凯和迈克尔·斯帕弗取保候审，中方称系因病获准；当晚（渥太华时间，即北京时间9月25日）二人所乘飞机离开中国领空',
    },
    people: ['meng-wanzhou', 'michael-kovrig', 'michael-spavor'],
    inArticle: false,
    sources: ['s95', 's96', 's57', 's98', 's314', 's313'],
  },
  {
    id: 'kovrig-spavor-land-in-calgary',
    date: '2021-09-25',
    title: {
      en: 'Michael Kovrig and Michael Spavor land in Calgary at 5:40 a.m. local time',
      fr: 'Michael Kovrig et Michael Spavor atterrissent à Calgary à 5 h 40, heure locale',
      'zh-Hans': '康明凯和迈克尔·斯帕弗于当地时间凌晨5时40分抵达卡尔加里',
    },
    people: ['michael-kovrig', 'michael-spavor'],
    inArticle: false,
    sources: ['s99'],
  },
  {
    id: 'meng-returns-to-shenzhen',
    date: '2021-09-25',
    title: {
      en: 'Meng Wanzhou lands at Shenzhen Bao’an International Airport on a charter flight organized by the Chinese government, to a welcome on the tarmac',
      fr: 'Meng Wanzhou atterrit à l’aéroport international de Shenzhen-Bao’an à bord d’un vol affrété par le gouvernement chinois et est accueillie sur le tarmac',
      'zh-Hans': '孟晚舟乘坐中国政府包机抵达深圳宝安国际机场，受到停机坪上人群的欢迎',
    },
    people: ['meng-wanzhou'],
    inArticle: false,
    sources: ['s311', 's312'],
  },
  {
    id: 'meng-charges-dismissal-motion',
    date: '2022-12-01',
    title: {
      en: 'Four years after her arrest, US prosecutors ask the court to dismiss the indictment against Meng Wanzhou',
      fr: 'Quatre ans après son arrestation, les procureurs américains demandent au tribunal de rejeter l’acte d’accusation visant Meng Wanzhou',
      'zh-Hans': '孟晚舟被捕四年后，美国检方请求法院撤销对她的起诉',
    },
    people: ['meng-wanzhou'],
    inArticle: false,
    sources: ['s317', 's60'],
  },
  {
    id: 'meng-charges-dismissed',
    date: '2022-12-02',
    title: {
      en: 'US District Judge Ann Donnelly dismisses the indictment against Meng Wanzhou with prejudice, so the charges cannot be brought again',
      fr: 'La juge fédérale américaine Ann Donnelly rejette l’acte d’accusation visant Meng Wanzhou, sans possibilité de nouvelles poursuites',
      'zh-Hans': '美国联邦地区法官安·唐纳利驳回对孟晚舟的起诉，检方不得再以相同指控起诉',
    },
    people: ['meng-wanzhou'],
    inArticle: false,
    sources: ['s318', 's317'],
  },
] as const satisfies readonly CaseEvent[];
