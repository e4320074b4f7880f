import type { CaseEvent } from '../types.js';

/** Events: the timeline, one event per date; inArticle marks what the source article reports. */
export const events = [
  {
    id: 'meng-arrested',
    date: '2018-12-01',
    title: {
      en:
        'The RCMP arrests Meng Wanzhou at Vancouver International Airport, where she is changing planes, at the request of the United States',
    },
    people: ['meng-wanzhou'],
    inArticle: true,
    sources: ['s18', 's61'],
  },
  {
    id: 'kovrig-spavor-detained',
    date: '2018-12-10',
    title: { en: 'Michael Kovrig is detained in Beijing and Michael Spavor in Dandong' },
    people: ['michael-kovrig', 'michael-spavor'],
    inArticle: true,
    sources: ['s62', 's74', 's6'],
  },
  {
    id: 'schellenberg-sentenced',
    date: '2019-01-14',
    title: {
      en:
        'A court in Dalian sentences Canadian Robert Lloyd Schellenberg to death at his retrial for smuggling methamphetamine; ' +
        'he had been sentenced to 15 years',
    },
    people: [],
    inArticle: false,
    sources: ['s35'],
  },
  {
    id: 'huawei-indictment-unsealed',
    date: '2019-01-28',
    title: {
      en:
        'The US Department of Justice unseals a 13-count indictment in Brooklyn against Huawei, Huawei Device USA, Skycom and ' +
        'Meng Wanzhou; Meng is charged with bank fraud, wire fraud and conspiracy to commit both',
    },
    people: ['meng-wanzhou'],
    inArticle: false,
    sources: ['s45', 's46'],
  },
  {
    id: 'canola-richardson-blocked',
    date: '2019-03-01',
    title: {
      en: 'China blocks canola from Richardson International (customs list dated 1 March, reported on 5 March)',
    },
    people: [],
    inArticle: false,
    sources: ['s47'],
  },
  {
    id: 'canola-viterra-blocked',
    date: '2019-03-26',
    title: { en: 'China blocks canola from Viterra' },
    people: [],
    inArticle: false,
    sources: ['s48'],
  },
  {
    id: 'fan-wei-sentenced',
    date: '2019-04-30',
    title: {
      en: 'A court in Jiangmen sentences Canadian Fan Wei to death for manufacturing and trafficking methamphetamine',
    },
    people: [],
    inArticle: false,
    sources: ['s39'],
  },
  {
    id: 'formal-arrests',
    date: '2019-05-16',
    title: { en: 'China announces the formal arrest of Michael Kovrig and Michael Spavor' },
    people: ['michael-kovrig', 'michael-spavor'],
    inArticle: false,
    sources: ['s51'],
  },
  {
    id: 'pork-beef-suspended',
    date: '2019-06-25',
    title: { en: 'China suspends imports of Canadian pork and beef' },
    people: [],
    inArticle: false,
    sources: ['s49'],
  },
  {
    id: 'pork-beef-ban-lifted',
    date: '2019-11-05',
    title: { en: 'China lifts its ban on Canadian pork and beef' },
    people: [],
    inArticle: false,
    sources: ['s50'],
  },
  {
    id: 'last-in-person-visit-spavor',
    date: '2020-01-13',
    title: {
      en: 'Last in-person consular visit to Michael Spavor before visits are suspended during the pandemic',
    },
    people: ['michael-spavor'],
    inArticle: false,
    sources: ['s6'],
  },
  {
    id: 'last-in-person-visit-kovrig',
    date: '2020-01-14',
    title: {
      en: 'Last in-person consular visit to Michael Kovrig before visits are suspended during the pandemic',
    },
    people: ['michael-kovrig'],
    inArticle: false,
    sources: ['s6'],
  },
  {
    id: 'espionage-charges',
    date: '2020-06-19',
    title: { en: 'Prosecutors in Beijing and Dandong formally charge Michael Kovrig and Michael Spavor with espionage' },
    people: ['michael-kovrig', 'michael-spavor'],
    inArticle: false,
    sources: ['s52', 's53'],
  },
  {
    id: 'xu-weihong-sentenced',
    date: '2020-08-06',
    title: { en: 'A court in Guangzhou sentences Canadian Xu Weihong to death for manufacturing ketamine' },
    people: [],
    inArticle: false,
    sources: ['s40', 's43'],
  },
  {
    id: 'ye-jianhui-sentenced',
    date: '2020-08-07',
    title: { en: 'A court in Foshan sentences Canadian Ye Jianhui to death for transporting and manufacturing drugs' },
    people: [],
    inArticle: false,
    sources: ['s42', 's43'],
  },
  {
    id: 'first-virtual-visit-spavor',
    date: '2020-10-09',
    title: { en: 'Ambassador Dominic Barton leads the first virtual consular visit to Michael Spavor' },
    people: ['dominic-barton', 'michael-spavor'],
    inArticle: false,
    sources: ['s6', 's7'],
  },
  {
    id: 'first-virtual-visit-kovrig',
    date: '2020-10-10',
    title: { en: 'Ambassador Dominic Barton leads the first virtual consular visit to Michael Kovrig' },
    people: ['dominic-barton', 'michael-kovrig'],
    inArticle: false,
    sources: ['s6', 's7'],
  },
  {
    id: 'virtual-visit-spavor',
    date: '2020-11-10',
    title: { en: 'Ambassador Dominic Barton has on-site virtual consular access to Michael Spavor' },
    people: ['dominic-barton', 'michael-spavor'],
    inArticle: true,
    sources: ['s1', 's2', 's3'],
  },
  {
    id: 'virtual-visit-kovrig',
    date: '2020-11-19',
    title: { en: 'Ambassador Dominic Barton has virtual consular access to Michael Kovrig' },
    people: ['dominic-barton', 'michael-kovrig'],
    inArticle: true,
    sources: ['s1', 's2', 's3', 's5'],
  },
  {
    id: 'gac-news-release',
    date: '2020-11-19',
    title: {
      en: 'Global Affairs Canada publishes a news release on the two visits and again calls for the men’s immediate release',
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
    },
    people: ['justin-trudeau'],
    inArticle: false,
    sources: ['s14'],
  },
  {
    id: 'zhao-press-conference',
    date: '2020-11-20',
    title: {
      en:
        'At the foreign ministry’s regular press conference, spokesperson Zhao Lijian answers Trudeau’s remarks ' +
        'and says Canada cannot change “the political nature of the Meng Wanzhou case”',
    },
    people: ['zhao-lijian'],
    inArticle: true,
    sources: ['s9', 's11', 's12'],
  },
  {
    id: 'spavor-trial',
    date: '2021-03-19',
    title: { en: 'Michael Spavor is tried behind closed doors in Dandong' },
    people: ['michael-spavor'],
    inArticle: false,
    sources: ['s27', 's69'],
  },
  {
    id: 'kovrig-trial',
    date: '2021-03-22',
    title: {
      en:
        'Michael Kovrig is tried at the Beijing No. 2 Intermediate People’s Court; diplomats are refused entry. ' +
        'He was never sentenced',
    },
    people: ['michael-kovrig'],
    inArticle: false,
    sources: ['s27', 's59'],
  },
  {
    id: 'schellenberg-appeal-rejected',
    date: '2021-08-10',
    title: { en: 'Robert Lloyd Schellenberg’s appeal against his death sentence is rejected' },
    people: [],
    inArticle: false,
    sources: ['s37'],
  },
  {
    id: 'spavor-sentenced',
    date: '2021-08-11',
    title: {
      en: 'Michael Spavor is sentenced to 11 years in prison, the confiscation of ¥50,000 and deportation',
    },
    people: ['michael-spavor'],
    inArticle: false,
    sources: ['s55', 's70', 's28'],
  },
  {
    id: 'meng-dpa-and-release',
    date: '2021-09-24',
    title: {
      en:
        'Meng Wanzhou enters a deferred prosecution agreement in Brooklyn; the BC Supreme Court discharges her extradition case ' +
        'and she leaves Canada. China releases Michael Kovrig and Michael Spavor',
    },
    people: ['meng-wanzhou', 'michael-kovrig', 'michael-spavor'],
    inArticle: false,
    sources: ['s56', 's57', 's59'],
  },
  {
    id: 'kovrig-spavor-land-in-calgary',
    date: '2021-09-25',
    title: { en: 'Michael Kovrig and Michael Spavor land in Calgary at 5:40 a.m. local time' },
    people: ['michael-kovrig', 'michael-spavor'],
    inArticle: false,
    sources: ['s58'],
  },
  {
    id: 'meng-charges-dismissal-motion',
    date: '2022-12-01',
    title: { en: 'US prosecutors move to dismiss the charges against Meng Wanzhou' },
    people: ['meng-wanzhou'],
    inArticle: false,
    sources: ['s60'],
  },
] as const satisfies readonly CaseEvent[];
