import type { Quote } from '../types.js';

/** Quotes: what each side said, with the original wording where it was translated. */
export const quotes = [
  {
    id: 'zhao-lijian-2020-11-20',
    speaker: { person: 'zhao-lijian' },
    date: '2020-11-20',
    setting: {
      en:
        'Regular press conference of the Ministry of Foreign Affairs, Beijing, answering a question about Trudeau’s remarks of 19 November',
    },
    text: {
      en:
        'No matter how much the Canadian government covers up the truth and misleads the public, it will never change ' +
        'the political nature of the Meng Wanzhou case, nor will it change the dishonorable role of the Canadian government ' +
        'in playing an accomplice and front man for the U.S. side in this case.',
    },
    original: {
      text:
        '无论加政府如何掩盖真相、误导公众，都绝不会改变孟晚舟事件的政治性质，' +
        '也绝不会改变加政府在这一事件中扮演美方帮凶和马前卒的不光彩角色。',
      lang: 'zh-Hans',
    },
    translationNote: {
      en:
        'Translated from Chinese; the ministry’s official English transcript was not retrieved. ' +
        'Other renderings translate 马前卒 as “pawn” (“US accomplice and pawn”).',
    },
    sources: ['s9', 's11', 's12'],
  },
  {
    id: 'global-affairs-canada-2020-11-19',
    speaker: { organization: 'global-affairs-canada' },
    date: '2020-11-19',
    setting: { en: 'News release on the consular visits to Michael Kovrig and Michael Spavor' },
    text: {
      en:
        'The Canadian government remains deeply concerned by the arbitrary detention by Chinese authorities of these two Canadians ' +
        'since December 2018 and continues to call for their immediate release.',
    },
    sources: ['s1', 's2'],
  },
  {
    id: 'justin-trudeau-2020-11-19',
    speaker: { person: 'justin-trudeau' },
    date: '2020-11-19',
    setting: { en: 'APEC CEO Dialogues' },
    text: {
      en: 'Canada is a country of the rule of law. And obeying those laws can’t just be when it’s convenient…',
    },
    sources: ['s14'],
  },
  {
    id: 'justin-trudeau-2020-11-19-coercive-diplomacy',
    speaker: { person: 'justin-trudeau' },
    date: '2020-11-19',
    setting: { en: 'APEC CEO Dialogues' },
    text: { en: 'aggressive coercive diplomacy' },
    sources: ['s14'],
  },
] as const satisfies readonly Quote[];
