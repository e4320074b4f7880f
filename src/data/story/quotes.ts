import type { Quote } from '../types.js';

/** Quotes: what each side said, with the original wording where it was translated. */
export const quotes = [
  {
    id: 'zhao-lijian-2020-11-20',
    speaker: { person: 'zhao-lijian' },
    date: '2020-11-20',
    setting: {
      en: 'Foreign ministry press conference, Beijing, on Trudeau’s remarks of 19 November',
      fr: 'Point de presse du ministère chinois des Affaires étrangères, à Pékin, sur les propos de Trudeau du 19 novembre',
      'zh-Hans': '外交部例行记者会（北京），就贾斯廷·特鲁多11月19日的言论答记者问',
    },
    text: {
      en:
        '… no matter how much the Canadian government covers up the truth and misleads the public, it will never change ' +
        'the political nature of the Meng Wanzhou case, nor will it change the dishonorable role of the Canadian government ' +
        'in playing an accomplice and pawn for the U.S. side in this case.',
      fr:
        '[…] le gouvernement canadien aura beau dissimuler la vérité et induire le public en erreur, cela ne changera jamais ' +
        'la nature politique de l’affaire Meng Wanzhou, et cela ne changera jamais non plus le rôle peu glorieux ' +
        'que joue le gouvernement canadien dans cette affaire, celui de complice et de pion de la partie américaine.',
      'zh-Hans':
        '……无论加政府如何掩盖真相、误导公众，都绝不会改变孟晚舟事件的政治性质，' +
        '也绝不会改变加政府在这一事件中扮演美方帮凶和马前卒的不光彩角色。',
    },
    original: {
      text:
        '……无论加政府如何掩盖真相、误导公众，都绝不会改变孟晚舟事件的政治性质，' +
        '也绝不会改变加政府在这一事件中扮演美方帮凶和马前卒的不光彩角色。',
      lang: 'zh-Hans',
    },
    translationNote: {
      en:
        'Translated from the Chinese for this fact-check, not the ministry’s English wording. The opening clause, worded differently ' +
        'in different reports, is cut (…): its exact wording could not be checked. {{zh-Hans|马前卒}}: “pawn”.',
      fr:
        'Traduit du chinois pour cette vérification ; il ne s’agit pas du libellé officiel du ministère. La proposition initiale, ' +
        'dont la formulation varie selon les comptes rendus, a été coupée ([…]) : son libellé exact n’a pu être vérifié. {{zh-Hans|马前卒}} : « pion ».',
      'zh-Hans': '句首分句各方报道措辞不一，因未能核对原文，以“……”略去。',
    },
    sources: ['s80', 's11', 's12'],
  },
  {
    id: 'global-affairs-canada-2020-11-19',
    speaker: { organization: 'global-affairs-canada' },
    date: '2020-11-19',
    setting: {
      en: 'News release on the consular visits to Michael Kovrig and Michael Spavor',
      fr: 'Communiqué sur les visites consulaires auprès de Michael Kovrig et de Michael Spavor',
      'zh-Hans': '关于对康明凯和迈克尔·斯帕弗进行领事探视的新闻稿',
    },
    text: {
      en:
        'The Canadian government remains deeply concerned by the arbitrary detention by Chinese authorities of these two Canadians ' +
        'since December 2018 and continues to call for their immediate release.',
      fr:
        'Le gouvernement canadien demeure profondément préoccupé par la détention arbitraire de ces deux Canadiens ' +
        'par les autorités chinoises depuis décembre 2018 et continue de demander leur libération immédiate.',
      'zh-Hans': '加拿大政府仍对中国当局自2018年12月起任意拘留这两名加拿大人深表关切，并继续呼吁立即释放他们。',
    },
    original: {
      text:
        'The Canadian government remains deeply concerned by the arbitrary detention by Chinese authorities of these two Canadians ' +
        'since December 2018 and continues to call for their immediate release.',
      lang: 'en',
    },
    translationNote: {
      en: 'Published in English; shown in the original.',
      fr:
        'Traduit de l’anglais pour cette vérification ; il ne s’agit pas du libellé officiel ' +
        'de la version française du communiqué d’Affaires mondiales Canada, qui n’a pas été consultée.',
      'zh-Hans': '由编者译自英文原文，并非加拿大全球事务部的官方措辞。',
    },
    sources: ['s1', 's2'],
  },
  {
    id: 'justin-trudeau-2020-11-19',
    speaker: { person: 'justin-trudeau' },
    date: '2020-11-19',
    setting: {
      en: 'APEC CEO Dialogues',
      fr: 'Dialogues des PDG de l’APEC',
      'zh-Hans': '亚太经合组织工商领导人对话会',
    },
    text: {
      en: 'Canada is a country of the rule of law. And obeying those laws can’t just be when it’s convenient…',
      fr: 'Le Canada est un pays où règne la primauté du droit. Et on ne peut pas respecter ses lois seulement quand cela nous arrange…',
      'zh-Hans': '加拿大是一个法治国家。而遵守法律，不能只挑方便的时候……',
    },
    original: {
      text: 'Canada is a country of the rule of law. And obeying those laws can’t just be when it’s convenient…',
      lang: 'en',
    },
    translationNote: {
      en: 'Said in English; shown in the original.',
      fr: 'Propos tenus en anglais ; traduits pour cette vérification.',
      'zh-Hans': '原话为英文，由编者翻译。',
    },
    sources: ['s83', 's82'],
  },
  {
    id: 'justin-trudeau-2020-11-19-coercive-diplomacy',
    speaker: { person: 'justin-trudeau' },
    date: '2020-11-19',
    setting: {
      en: 'APEC CEO Dialogues',
      fr: 'Dialogues des PDG de l’APEC',
      'zh-Hans': '亚太经合组织工商领导人对话会',
    },
    text: {
      en: 'aggressive coercive diplomacy',
      fr: 'diplomatie coercitive agressive',
      'zh-Hans': '咄咄逼人的胁迫外交',
    },
    original: { text: 'aggressive coercive diplomacy', lang: 'en' },
    translationNote: {
      en: 'Said in English; shown in the original.',
      fr: 'Propos tenus en anglais ; traduits pour cette vérification.',
      'zh-Hans': '原话为英文，由编者翻译。',
    },
    sources: ['s83', 's82'],
  },
] as const satisfies readonly Quote[];
