import type { Correction } from '../types.js';

/** Corrections: where the source article is wrong; articleSaid is copied verbatim from it. */
export const corrections = [
  {
    id: 'visit-dates-swapped',
    subject: 'virtual-visit-kovrig',
    articleSaid: 'visited Michael Kovrig and Michael Spavor on Nov. 10 and Nov. 19, respectively',
    verified: {
      en: 'The dates are swapped: the virtual consular visit with Michael Kovrig took place on 19 November 2020, and the one with Michael Spavor on 10 November 2020.',
      fr: 'Les dates sont inversées : la visite consulaire virtuelle auprès de Michael Kovrig a eu lieu le 19 novembre 2020, et celle auprès de Michael Spavor, le 10 novembre 2020.',
      'zh-Hans': '日期颠倒了：对康明凯的视频领事探视于2020年11月19日进行，对迈克尔·斯帕弗的探视则于2020年11月10日进行。',
    },
    sources: ['s1', 's2'],
  },
  {
    id: 'visit-dates-swapped-spavor',
    subject: 'virtual-visit-spavor',
    articleSaid: 'visited Michael Kovrig and Michael Spavor on Nov. 10 and Nov. 19, respectively',
    verified: {
      en: 'The dates are swapped: the virtual consular visit with Michael Spavor took place on 10 November 2020, and the one with Michael Kovrig on 19 November 2020.',
      fr: 'Les dates sont inversées : la visite consulaire virtuelle auprès de Michael Spavor a eu lieu le 10 novembre 2020, et celle auprès de Michael Kovrig, le 19 novembre 2020.',
      'zh-Hans': '日期颠倒了：对迈克尔·斯帕弗的视频领事探视于2020年11月10日进行，对康明凯的探视则于2020年11月19日进行。',
    },
    sources: ['s1', 's2'],
  },
  {
    id: 'baldwin-is-barton',
    subject: 'dominic-barton',
    articleSaid: 'Mr. Baldwin',
    verified: {
      en: 'The ambassador who made the visits is Dominic Barton (鲍达民), whom the article also names correctly elsewhere.',
      fr: 'L’ambassadeur qui a effectué les visites est Dominic Barton (鲍达民), que l’article nomme aussi correctement ailleurs.',
      'zh-Hans': '进行探视的大使是鲍达民（Dominic Barton），原文在别处也写对了他的名字。',
    },
    sources: ['s1', 's23'],
  },
  {
    id: 'meng-not-former',
    subject: 'meng-wanzhou',
    articleSaid: 'a former executive of the Chinese technology company Huawei',
    verified: {
      en: 'Meng Wanzhou was still deputy chair and chief financial officer of Huawei in November 2020; the US Department of Justice still called her its chief financial officer in September 2021.',
      fr: 'En novembre 2020, Meng Wanzhou était toujours vice-présidente du conseil d’administration et directrice financière de Huawei ; en septembre 2021, le département de la Justice des États-Unis la désignait encore comme directrice financière de l’entreprise.',
      'zh-Hans': '2020年11月，孟晚舟仍是华为副董事长兼首席财务官；2021年9月，美国司法部仍称她为华为首席财务官。',
    },
    sources: ['s79', 's26', 's95', 's96'],
  },
  {
    id: 'meng-still-cfo',
    subject: 'meng-wanzhou',
    articleSaid: 'was Huawei’s chief financial officer before her arrest',
    verified: {
      en: 'Meng Wanzhou did not stop being chief financial officer when she was arrested: she still held the post, and that of deputy chair, in November 2020.',
      fr: 'Meng Wanzhou n’a pas cessé d’être directrice financière lors de son arrestation : elle occupait toujours ce poste, ainsi que celui de vice-présidente du conseil d’administration, en novembre 2020.',
      'zh-Hans': '孟晚舟并未因被捕而不再担任首席财务官：2020年11月，她仍担任该职务，并兼任副董事长。',
    },
    sources: ['s79', 's26', 's95', 's96'],
  },
  {
    id: 'hostage-diplomacy-unsupported',
    subject: 'justin-trudeau',
    articleSaid:
      'Canadian Prime Minister Trudeau condemned Beijing’s arrest and persecution of Canadian citizens as “coercive” and “hostage diplomacy.',
    verified: {
      en: 'No source was found for Trudeau using the words “hostage diplomacy”; in June 2020 he did not react to a query about them. He is documented as speaking of “aggressive coercive diplomacy” (19 November 2020) and “China’s approach of coercive diplomacy” (13 October 2020).',
      fr: 'Aucune source trouvée n’atteste que Trudeau ait employé l’expression « diplomatie des otages » (« hostage diplomacy ») ; en juin 2020, il n’a pas réagi à une question à ce sujet. Il est attesté qu’il a parlé de « diplomatie coercitive agressive » (« aggressive coercive diplomacy », 19 novembre 2020) et de « l’approche de diplomatie coercitive de la Chine » (« China’s approach of coercive diplomacy », 13 octobre 2020).',
      'zh-Hans': '未找到贾斯廷·特鲁多使用“人质外交”（hostage diplomacy）一词的来源；2020年6月，他对相关提问未作回应。有据可查的是，他曾提到“咄咄逼人的胁迫外交”（aggressive coercive diplomacy，2020年11月19日）和“中国的胁迫外交做法”（China’s approach of coercive diplomacy，2020年10月13日）。',
    },
    sources: ['s83', 's82', 's15', 's75', 's16'],
  },
  {
    id: 'department-name',
    subject: 'global-affairs-canada',
    articleSaid: 'Foreign Affairs Canada',
    verified: {
      en: 'The department is Global Affairs Canada (Affaires mondiales Canada). The article also calls it the “Canadian Foreign Ministry”.',
      fr: 'Le ministère est Affaires mondiales Canada (Global Affairs Canada). L’article l’appelle aussi « Canadian Foreign Ministry ».',
      'zh-Hans': '该部门是加拿大全球事务部（Global Affairs Canada）。原文还称其为“Canadian Foreign Ministry”（加拿大外交部）。',
    },
    sources: ['s1', 's66'],
  },
  {
    id: 'allegation-not-finding',
    subject: 'huawei-indictment-unsealed',
    articleSaid:
      'The U.S. government found that Huawei had sold U.S. technology and equipment to Iran in violation of U.S. sanctions against Iran, and that Meng Wanzhou was directly involved in the actual operation of the operation and was suspected of bank fraud.',
    verified: {
      en: 'These were allegations in a US indictment, not findings. Meng Wanzhou was charged with bank fraud, wire fraud and conspiracy to commit both.',
      fr: 'Il s’agissait d’allégations contenues dans un acte d’accusation américain, et non de conclusions. Meng Wanzhou était accusée de fraude bancaire, de fraude électronique et de complot en vue de commettre ces deux fraudes.',
      'zh-Hans': '这些是美国起诉书中的指控，而非认定的事实。孟晚舟被控银行欺诈、电信欺诈以及合谋实施这两项欺诈。',
    },
    sources: ['s94'],
  },
  {
    id: 'detained-not-arrested',
    subject: 'kovrig-spavor-detained',
    articleSaid: 'Both men were arrested by Chinese security authorities a few days after Meng’s arrest.',
    verified: {
      en: 'Michael Kovrig and Michael Spavor were detained on 10 December 2018, nine days after Meng Wanzhou’s arrest; China announced their formal arrest only on 16 May 2019.',
      fr: 'Michael Kovrig et Michael Spavor ont été placés en détention le 10 décembre 2018, neuf jours après l’arrestation de Meng Wanzhou ; la Chine n’a annoncé leur arrestation officielle que le 16 mai 2019.',
      'zh-Hans': '康明凯和迈克尔·斯帕弗于2018年12月10日被羁押，即孟晚舟被捕九天后；中国直到2019年5月16日才宣布正式逮捕二人。',
    },
    sources: ['s62', 's74', 's51'],
  },
  {
    id: 'release-quote-not-verbatim',
    subject: 'global-affairs-canada-2020-11-19',
    articleSaid: 'continues to call on the Chinese authorities to “release them immediately.',
    verified: {
      en: 'This is a back-translation, not the release’s wording, and the closing quotation mark is missing. The release says the government “continues to call for their immediate release”.',
      fr: 'Il s’agit d’une rétrotraduction, et non du libellé du communiqué, et le guillemet fermant est absent. Le communiqué dit que le gouvernement « continues to call for their immediate release » (continue de demander leur libération immédiate).',
      'zh-Hans': '这是回译，并非新闻稿原文，且缺少后引号。新闻稿称，政府“continues to call for their immediate release”（继续呼吁立即释放他们）。',
    },
    sources: ['s1', 's2'],
  },
  {
    id: 'mfa-confirmation-unconfirmed',
    subject: 'zhao-press-conference',
    articleSaid: 'The news of the visit was also confirmed by the Chinese Ministry of Foreign Affairs.',
    verified: {
      en: 'No source was found for this. The remarks Zhao Lijian made on 20 November 2020 that were retrieved concern Trudeau and Meng Wanzhou, not the visits.',
      fr: 'Aucune source n’a été trouvée à ce sujet. Les propos de Zhao Lijian du 20 novembre 2020 qui ont pu être retrouvés portent sur Trudeau et Meng Wanzhou, et non sur les visites.',
      'zh-Hans': '未找到相关来源。已查到的赵立坚2020年11月20日的言论涉及贾斯廷·特鲁多和孟晚舟，而非探视。',
    },
    sources: ['s80', 's11'],
  },
  {
    id: 'death-sentences-oversimplified',
    subject: 'schellenberg-sentenced',
    articleSaid: 'Chinese authorities sentenced several Canadian citizens to death for drug trafficking',
    verified: {
      en: 'Of the four death sentences, Xu Weihong’s and Ye Jianhui’s were for manufacturing or transporting drugs, and Robert Lloyd Schellenberg’s was a re-sentencing at the retrial of a smuggling case.',
      fr: 'Parmi les quatre condamnations à mort, celles de Xu Weihong et de Ye Jianhui visaient la fabrication ou le transport de stupéfiants, et celle de Robert Lloyd Schellenberg, une peine alourdie lors du nouveau procès d’une affaire de contrebande.',
      'zh-Hans': '在四起死刑判决中，徐伟洪和叶建辉是因制造或运输毒品被判处死刑，罗伯特·劳埃德·谢伦伯格则是在一宗走私案重审时被改判死刑。',
    },
    sources: ['s43', 's35', 's91'],
  },
] as const satisfies readonly Correction[];
