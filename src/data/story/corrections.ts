import type { Correction } from '../types.js';

/**
 * Corrections and clarifications to the reviewed report (see report.ts);
 * articleSaid is copied verbatim from it. A correction says that something
 * it said is false; a clarification, that something it said is imprecise,
 * dated or unconfirmed, and what is known instead.
 */
export const corrections = [
  {
    id: 'visit-dates-swapped',
    kind: 'correction',
    subject: 'virtual-visit-kovrig',
    alsoOn: ['virtual-visit-spavor'],
    articleSaid: 'visited Michael Kovrig and Michael Spavor on Nov. 10 and Nov. 19, respectively',
    verified: {
      en: 'The names are swapped: the virtual consular visit with Michael Spavor took place on 10 November 2020, and the one with Michael Kovrig on 19 November 2020.',
      fr: 'Les noms sont inversés : la visite consulaire virtuelle auprès de Michael Spavor a eu lieu le 10 novembre 2020, et celle auprès de Michael Kovrig, le 19 novembre 2020.',
      'zh-Hans':
        '两人的名字颠倒了：对迈克尔·斯帕弗的视频领事探视于2020年11月10日进行，对康明凯的探视则于2020年11月19日进行。',
    },
    sources: ['s1', 's2'],
  },

  {
    id: 'baldwin-is-barton',
    kind: 'correction',
    subject: 'dominic-barton',
    articleSaid: 'Mr. Baldwin',
    verified: {
      en: 'The ambassador who made the visits is Dominic Barton ({{zh-Hans|鲍达民}}), whom the report also names correctly elsewhere.',
      fr: 'L’ambassadeur qui a effectué les visites est Dominic Barton ({{zh-Hans|鲍达民}}), que le reportage nomme aussi correctement ailleurs.',
      'zh-Hans': '进行探视的大使是鲍达民（{{en|Dominic Barton}}），该报道其他段落中对他的称呼无误。',
    },
    sources: ['s1', 's23'],
  },

  {
    id: 'meng-not-former',
    kind: 'correction',
    subject: 'meng-wanzhou',
    articleSaid:
      'Meng Wanzhou, a former executive of the Chinese technology company Huawei […] was Huawei’s chief financial officer before her arrest',
    verified: {
      en: 'Meng Wanzhou was not a former executive, and her arrest did not end her term as chief financial officer: she was still deputy chair and chief financial officer of Huawei in November 2020, and the US Department of Justice still called her Huawei’s chief financial officer in September 2021.',
      fr: 'Meng Wanzhou n’était pas une ancienne dirigeante, et son arrestation n’avait pas mis fin à ses fonctions de directrice financière : en novembre 2020, elle était toujours vice-présidente du conseil d’administration et directrice financière de Huawei, et en septembre 2021, le département de la Justice des États-Unis la désignait encore comme directrice financière de l’entreprise.',
      'zh-Hans':
        '孟晚舟并非华为前高管，也并未因被捕而卸任首席财务官：2020年11月，她仍是华为副董事长兼首席财务官；2021年9月，美国司法部仍称她为华为首席财务官。',
    },
    sources: ['s79', 's26', 's95', 's96'],
  },

  {
    id: 'hostage-diplomacy-unsupported',
    kind: 'clarification',
    subject: 'justin-trudeau',
    articleSaid:
      'Canadian Prime Minister Trudeau condemned Beijing’s arrest and persecution of Canadian citizens as “coercive” and “hostage diplomacy.',
    verified: {
      en: 'No record was found of Trudeau using the words “hostage diplomacy”, which critics used for the detentions. He is documented as speaking of “aggressive coercive diplomacy” (19 November 2020) and “China’s approach of coercive diplomacy” (13 October 2020).',
      fr: 'Rien n’indique que Justin Trudeau ait employé l’expression « {{en|hostage diplomacy}} » (diplomatie des otages), que des critiques appliquaient à ces détentions. Il est attesté qu’il a parlé de « {{en|aggressive coercive diplomacy}} » (diplomatie coercitive agressive, 19 novembre 2020) et de « {{en|China’s approach of coercive diplomacy}} » (l’approche de diplomatie coercitive de la Chine, 13 octobre 2020).',
      'zh-Hans':
        '未找到贾斯廷·特鲁多使用“人质外交”（{{en|hostage diplomacy}}）一词的记录；批评者曾以此形容这两起羁押。有据可查的是，他曾提到“咄咄逼人的胁迫外交”（{{en|aggressive coercive diplomacy}}，2020年11月19日）和“中国的胁迫外交做法”（{{en|China’s approach of coercive diplomacy}}，2020年10月13日）。',
    },
    sources: ['s83', 's82', 's15', 's75', 's204'],
  },

  {
    id: 'department-name',
    kind: 'clarification',
    subject: 'global-affairs-canada',
    articleSaid: 'Foreign Affairs Canada',
    verified: {
      en: 'The name is dated, not invented: “Foreign Affairs Canada” is an earlier name of the department, which in November 2020 was Global Affairs Canada ({{fr|Affaires mondiales Canada}}). The report’s other name for it, “Canadian Foreign Ministry”, is a description.',
      fr: 'Le nom est daté, et non inventé : « {{en|Foreign Affairs Canada}} » est une ancienne appellation du ministère, qui s’appelait en novembre 2020 Affaires mondiales Canada ({{en|Global Affairs Canada}}). L’autre nom que lui donne le reportage, « {{en|Canadian Foreign Ministry}} », est une description.',
      'zh-Hans':
        '这一名称已过时，并非杜撰：“{{en|Foreign Affairs Canada}}”是该部门的旧称，2020年11月时该部门名为加拿大全球事务部（{{en|Global Affairs Canada}}）。该报道对它的另一称呼“{{en|Canadian Foreign Ministry}}”（加拿大外交部）属于描述性说法。',
    },
    sources: ['s1', 's66', 's324'],
  },

  {
    id: 'allegation-not-finding',
    kind: 'correction',
    subject: 'huawei-indictment-unsealed',
    articleSaid:
      'The U.S. government found that Huawei had sold U.S. technology and equipment to Iran in violation of U.S. sanctions against Iran, and that Meng Wanzhou was directly involved in the actual operation of the operation and was suspected of bank fraud.',
    verified: {
      en: 'These were allegations in a US indictment, not findings. Meng Wanzhou was charged with bank fraud, wire fraud and conspiracy to commit both.',
      fr: 'Il s’agissait d’allégations contenues dans un acte d’accusation américain, et non de faits établis. Meng Wanzhou était accusée de fraude bancaire, de fraude électronique et de complot en vue de commettre ces deux fraudes.',
      'zh-Hans': '这些是美国起诉书中的指控，而非认定的事实。孟晚舟被控银行欺诈、电信欺诈以及合谋实施这两项欺诈。',
    },
    sources: ['s94'],
  },
  {
    id: 'detained-not-arrested',
    kind: 'clarification',
    subject: 'kovrig-spavor-detained',
    articleSaid: 'Both men were arrested by Chinese security authorities a few days after Meng’s arrest.',
    verified: {
      en: 'More precisely, Michael Kovrig and Michael Spavor were detained by state-security authorities on 10 December 2018, nine days after Meng Wanzhou’s arrest; news reports often call this their arrest too. China announced on 16 May 2019 that their formal arrest had been approved.',
      fr: 'Plus précisément, Michael Kovrig et Michael Spavor ont été placés en détention par les autorités de sécurité de l’État le 10 décembre 2018, neuf jours après l’arrestation de Meng Wanzhou ; les médias parlent souvent, eux aussi, de leur arrestation. La Chine a annoncé le 16 mai 2019 que leur arrestation officielle avait été approuvée.',
      'zh-Hans':
        '准确地说，康明凯和迈克尔·斯帕弗于2018年12月10日被国家安全机关羁押，即孟晚舟被捕九天后；新闻报道也常称之为“被捕”。中国于2019年5月16日宣布，二人已被批准正式逮捕。',
    },
    sources: ['s62', 's74', 's51', 's317'],
  },

  {
    id: 'release-quote-not-verbatim',
    kind: 'clarification',
    subject: 'global-affairs-canada-2020-11-19',
    articleSaid: 'continues to call on the Chinese authorities to “release them immediately.',
    verified: {
      en: 'This is a back-translation, not the release’s wording, and the closing quotation mark is missing. The release says the government “continues to call for their immediate release”.',
      fr: 'Il s’agit d’une rétrotraduction, et non du libellé du communiqué, et le guillemet fermant est absent. Le communiqué dit que le gouvernement « {{en|continues to call for their immediate release}} » (continue de demander leur libération immédiate).',
      'zh-Hans':
        '这是回译，并非新闻稿原文，且缺少后引号。新闻稿称，政府“{{en|continues to call for their immediate release}}”（继续呼吁立即释放他们）。',
    },
    sources: ['s1', 's2'],
  },

  {
    id: 'mfa-confirmation-unconfirmed',
    kind: 'clarification',
    subject: 'zhao-press-conference',
    articleSaid: 'The news of the visit was also confirmed by the Chinese Ministry of Foreign Affairs.',
    verified: {
      en: 'No confirmation of the November 2020 visits by China’s foreign ministry was found. The remarks Zhao Lijian made on 20 November 2020 that were retrieved concern Trudeau and Meng Wanzhou, not the visits.',
      fr: 'Rien n’indique que le ministère chinois des Affaires étrangères ait confirmé les visites de novembre 2020. Les propos tenus le 20 novembre 2020 par son porte-parole, Zhao Lijian, qui ont pu être retrouvés, portent sur Justin Trudeau et Meng Wanzhou, et non sur les visites.',
      'zh-Hans':
        '未找到中国外交部证实2020年11月探视的记录。已查到的外交部发言人赵立坚2020年11月20日的相关言论涉及贾斯廷·特鲁多和孟晚舟，而非探视。',
    },
    sources: ['s80', 's11'],
  },

  {
    id: 'death-sentences-oversimplified',
    kind: 'clarification',
    subject: 'schellenberg-sentenced',
    alsoOn: ['fan-wei-sentenced', 'xu-weihong-sentenced', 'ye-jianhui-sentenced'],
    articleSaid: 'Chinese authorities sentenced several Canadian citizens to death for drug trafficking',
    verified: {
      en: '“Drug trafficking” is the usual umbrella term, and news reports on these cases use it too. Precisely, four Canadians were sentenced to death: Robert Lloyd Schellenberg at the retrial of a smuggling case (14 January 2019), Fan Wei for manufacturing and trafficking methamphetamine (30 April 2019), Xu Weihong for manufacturing ketamine (6 August 2020) and Ye Jianhui for transporting and manufacturing drugs (7 August 2020).',
      fr: '« Trafic de drogue » est le terme générique courant, que les médias emploient aussi pour ces affaires. Plus précisément, quatre Canadiens ont été condamnés à mort : Robert Lloyd Schellenberg lors du nouveau procès d’une affaire de contrebande (14 janvier 2019), Fan Wei pour fabrication et trafic de méthamphétamine (30 avril 2019), Xu Weihong pour fabrication de kétamine (6 août 2020) et Ye Jianhui pour transport et fabrication de stupéfiants (7 août 2020).',
      'zh-Hans':
        '“贩毒”是常见的笼统说法，新闻报道在提及这些案件时也这样用。准确地说，共有四名加拿大人被判处死刑：罗伯特·劳埃德·谢伦伯格在一宗走私案重审时被改判死刑（2019年1月14日），范威因制造、贩卖甲基苯丙胺被判死刑（2019年4月30日），徐伟洪因制造氯胺酮被判死刑（2020年8月6日），叶建辉因运输、制造毒品被判死刑（2020年8月7日）。',
    },
    sources: ['s43', 's35', 's91'],
  },
] as const satisfies readonly Correction[];
