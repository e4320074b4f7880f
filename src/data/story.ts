/**
 * The bundled story: Canada’s ambassador’s virtual consular visits to Michael
 * Kovrig and Michael Spavor in November 2020, and the dispute around them.
 *
 * Every fact comes from the verified fact sheet (shared/reference/facts.md) and
 * cites its sources by id (`s1` = S1 of the fact sheet). Where the source
 * article is wrong, the dataset holds the verified fact and `corrections` says
 * what the article said.
 */
import type { Story } from './types.js';

export const story = {
  // Cases: the story as a whole, as of the source article’s date.
  cases: [
    {
      id: 'meng-wanzhou-two-michaels',
      headline: {
        en: 'Canada’s ambassador held virtual consular visits with Michael Kovrig and Michael Spavor',
      },
      summary: {
        en:
          'Canada’s ambassador to China, Dominic Barton, held virtual consular visits with Michael Spavor on 10 November 2020 ' +
          'and with Michael Kovrig on 19 November 2020. The two Canadians had been detained in China since 10 December 2018, ' +
          'nine days after Canadian police arrested Huawei’s chief financial officer, Meng Wanzhou, at the request of the United States, ' +
          'and had been charged with espionage in June 2020. Canada called the detentions arbitrary and called for the men’s immediate release; ' +
          'China said Canada had no right to detain Meng, called her case political and said the two men were suspected of national-security crimes.',
      },
      keyPeople: ['michael-kovrig', 'michael-spavor', 'meng-wanzhou', 'dominic-barton'],
      keyDates: [
        'meng-arrested',
        'kovrig-spavor-detained',
        'virtual-visit-spavor',
        'virtual-visit-kovrig',
        'zhao-press-conference',
      ],
      positions: ['canada-position', 'china-position'],
      articleDate: '2020-11-20',
      sources: ['s1', 's2', 's3', 's9', 's18', 's52', 's62'],
    },
  ],

  // People: the story’s actors, with their legal status where it is part of the story.
  people: [
    {
      id: 'michael-kovrig',
      aliases: ['kang-mingkai', 'mingkai-kang'],
      name: { en: 'Michael Kovrig' },
      nativeName: { text: '康明凯', lang: 'zh-Hans', romanized: 'Kāng Míngkǎi' },
      roles: [
        { title: { en: 'Canadian diplomat in Beijing and Hong Kong' }, from: '2012', to: '2016' },
        { title: { en: 'Senior adviser for North East Asia, International Crisis Group' }, confirmed: '2020-11' },
      ],
      nationality: { en: 'Canadian' },
      bio: {
        en:
          'Michael Kovrig is a Canadian former diplomat who served in Beijing and Hong Kong from 2012 to 2016. ' +
          'He was senior adviser for North East Asia at the International Crisis Group, on leave from Global Affairs Canada, ' +
          'when he was detained in Beijing in December 2018; China accused him of espionage.',
      },
      status: [
        {
          kind: 'detained',
          from: '2018-12-10',
          detail: { en: 'Detained in Beijing' },
          place: { en: 'Beijing' },
          sources: ['s62', 's74', 's6'],
        },
        {
          kind: 'formally-arrested',
          from: '2019-05-16',
          detail: { en: 'Formal arrest announced by China' },
          sources: ['s51'],
        },
        {
          kind: 'charged',
          from: '2020-06-19',
          detail: { en: 'Charged with espionage' },
          sources: ['s52', 's53'],
        },
        {
          kind: 'tried',
          from: '2021-03-22',
          detail: { en: 'Tried at the Beijing No. 2 Intermediate People’s Court; diplomats were refused entry' },
          place: { en: 'Beijing' },
          sources: ['s27', 's59'],
        },
        {
          kind: 'released',
          from: '2021-09-24',
          detail: { en: 'Released by China' },
          sources: ['s59'],
        },
      ],
      sources: ['s25', 's74', 's26', 's27', 's69'],
    },
    {
      id: 'michael-spavor',
      aliases: [],
      name: { en: 'Michael Spavor' },
      roles: [{ title: { en: 'Founder and director of Paektu Cultural Exchange, based in Dandong' }, confirmed: '2020-11' }],
      nationality: { en: 'Canadian' },
      bio: {
        en:
          'Michael Spavor is a Canadian businessman who worked on exchanges with North Korea. ' +
          'He founded and directs Paektu Cultural Exchange, based in Dandong, China, where he was detained in December 2018.',
      },
      status: [
        {
          kind: 'detained',
          from: '2018-12-10',
          detail: { en: 'Detained in Dandong' },
          place: { en: 'Dandong' },
          sources: ['s62', 's6'],
        },
        {
          kind: 'formally-arrested',
          from: '2019-05-16',
          detail: { en: 'Formal arrest announced by China' },
          sources: ['s51'],
        },
        {
          kind: 'charged',
          from: '2020-06-19',
          detail: { en: 'Charged with espionage' },
          sources: ['s52', 's53'],
        },
        {
          kind: 'tried',
          from: '2021-03-19',
          detail: { en: 'Tried behind closed doors in Dandong' },
          place: { en: 'Dandong' },
          sources: ['s27', 's69'],
        },
        {
          kind: 'sentenced',
          from: '2021-08-11',
          detail: { en: 'Sentenced to 11 years in prison, confiscation of ¥50,000 and deportation' },
          sources: ['s55', 's70', 's28'],
        },
        {
          kind: 'released',
          from: '2021-09-24',
          detail: { en: 'Released by China' },
          sources: ['s59'],
        },
      ],
      sources: ['s28', 's29', 's62'],
    },
    {
      id: 'meng-wanzhou',
      aliases: ['sabrina-meng', 'cathy-meng'],
      name: { en: 'Meng Wanzhou' },
      nativeName: { text: '孟晚舟', lang: 'zh-Hans', romanized: 'Mèng Wǎnzhōu' },
      roles: [
        { title: { en: 'Board member, Skycom Tech Co. Ltd.' }, from: '2008', to: '2009' },
        { title: { en: 'Deputy chair and chief financial officer of Huawei' }, confirmed: '2020-11' },
      ],
      nationality: { en: 'Chinese' },
      bio: {
        en:
          'Meng Wanzhou is a Huawei executive and the daughter of the company’s founder, Ren Zhengfei. ' +
          'She was deputy chair and chief financial officer of Huawei when she was arrested in Canada at the request of the United States ' +
          'in December 2018, and still held both posts in November 2020.',
      },
      status: [
        {
          kind: 'arrested',
          from: '2018-12-01',
          detail: { en: 'Arrested at Vancouver International Airport at the request of the United States' },
          place: { en: 'Vancouver' },
          sources: ['s18', 's61'],
        },
        {
          kind: 'on-bail',
          from: '2018-12-11',
          detail: { en: 'Free on bail in Vancouver while contesting extradition' },
          place: { en: 'Vancouver' },
          sources: ['s18'],
        },
        {
          kind: 'released',
          from: '2021-09-24',
          detail: {
            en: 'Entered a deferred prosecution agreement; the BC Supreme Court discharged the extradition case and she left Canada',
          },
          sources: ['s56', 's57'],
        },
        {
          kind: 'charges-dismissed',
          from: '2022-12-01',
          detail: { en: 'US prosecutors moved to dismiss the charges' },
          sources: ['s60'],
        },
      ],
      sources: ['s18', 's1', 's56', 's61'],
    },
    {
      id: 'dominic-barton',
      aliases: [],
      name: { en: 'Dominic Barton' },
      nativeName: { text: '鲍达民', lang: 'zh-Hans', romanized: 'Bào Dámín' },
      roles: [
        { title: { en: 'Global managing partner of McKinsey' }, from: '2009', to: '2018' },
        { title: { en: 'Ambassador of Canada to China' }, from: '2019-09-05', to: '2021-12-31' },
      ],
      nationality: { en: 'Canadian' },
      bio: {
        en:
          'Dominic Barton is a Canadian executive turned diplomat, born in Uganda. ' +
          'He was global managing partner of McKinsey from 2009 to 2018 and Canada’s ambassador to China from September 2019 to December 2021. ' +
          'As ambassador he led Canada’s consular visits to Michael Kovrig and Michael Spavor.',
      },
      sources: ['s22', 's23', 's24', 's1'],
    },
    {
      id: 'zhao-lijian',
      aliases: [],
      name: { en: 'Zhao Lijian' },
      nativeName: { text: '赵立坚', lang: 'zh-Hans', romanized: 'Zhào Lìjiān' },
      roles: [
        {
          title: { en: 'Deputy director-general of the Information Department, Ministry of Foreign Affairs of China' },
          from: '2019-08',
          confirmed: '2020-11',
        },
        { title: { en: 'Spokesperson of the Ministry of Foreign Affairs of China' }, from: '2020-02', confirmed: '2020-11' },
      ],
      nationality: { en: 'Chinese' },
      bio: {
        en:
          'Zhao Lijian is a Chinese diplomat. He became deputy director-general of the foreign ministry’s Information Department ' +
          'in August 2019 and one of the ministry’s spokespersons in February 2020.',
      },
      leadQuote: 'zhao-lijian-2020-11-20',
      sources: ['s20', 's21'],
    },
    {
      id: 'justin-trudeau',
      aliases: [],
      name: { en: 'Justin Trudeau' },
      nativeName: { text: '特鲁多', lang: 'zh-Hans', romanized: 'Tèlǔduō' },
      roles: [{ title: { en: 'Prime Minister of Canada' }, from: '2015-11-04', confirmed: '2020-11' }],
      nationality: { en: 'Canadian' },
      bio: {
        en:
          'Justin Trudeau is a Canadian politician and leader of the Liberal Party. ' +
          'He became Prime Minister of Canada on 4 November 2015.',
      },
      leadQuote: 'justin-trudeau-2020-11-19',
      sources: ['s34', 's10'],
    },
    {
      id: 'ren-zhengfei',
      aliases: [],
      name: { en: 'Ren Zhengfei' },
      nativeName: { text: '任正非', lang: 'zh-Hans', romanized: 'Rén Zhèngfēi' },
      roles: [{ title: { en: 'Founder and chief executive of Huawei' }, confirmed: '2020-11' }],
      nationality: { en: 'Chinese' },
      bio: {
        en:
          'Ren Zhengfei is a Chinese engineer and entrepreneur who founded Huawei and is its chief executive. ' +
          'He is the father of Meng Wanzhou.',
      },
      sources: ['s19'],
    },
    {
      id: 'francois-philippe-champagne',
      aliases: [],
      name: { en: 'François-Philippe Champagne' },
      nativeName: { text: '商鹏飞', lang: 'zh-Hans', romanized: 'Shāng Péngfēi' },
      roles: [
        { title: { en: 'Member of Parliament (Liberal)' }, confirmed: '2020-11' },
        { title: { en: 'Minister of Foreign Affairs of Canada' }, from: '2019-11-20', to: '2021-01-12' },
      ],
      nationality: { en: 'Canadian' },
      bio: {
        en:
          'François-Philippe Champagne is a Canadian Liberal member of Parliament. ' +
          'He was Minister of Foreign Affairs from 20 November 2019 to 12 January 2021, ' +
          'and so headed Global Affairs Canada at the time of the November 2020 visits.',
      },
      sources: ['s32', 's33', 's30'],
    },
  ],

  // Organizations: governments (the two parties), ministries and companies.
  organizations: [
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
  ],

  // Quotes: what each side said, with the original wording where it was translated.
  quotes: [
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
  ],

  // Events: the timeline, one event per date; inArticle marks what the source article reports.
  events: [
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
  ],

  // Positions: each party’s stance in one sentence, with its supporting quotes.
  positions: [
    {
      id: 'china-position',
      party: 'government-of-china',
      stance: {
        en:
          'China says Canada had no right to detain Meng Wanzhou and that her case is political; it says Michael Kovrig ' +
          'and Michael Spavor are suspected of national-security crimes and denies any link between the cases.',
      },
      quotes: ['zhao-lijian-2020-11-20'],
      sources: ['s1', 's43', 's9'],
    },
    {
      id: 'canada-position',
      party: 'government-of-canada',
      stance: {
        en:
          'Canada says Michael Kovrig and Michael Spavor are arbitrarily detained and calls for their immediate release; ' +
          'it says Meng Wanzhou’s arrest is a legal matter that follows the rule of law.',
      },
      quotes: ['global-affairs-canada-2020-11-19', 'justin-trudeau-2020-11-19'],
      sources: ['s1', 's2', 's14'],
    },
  ],

  // Corrections: where the source article is wrong; articleSaid is copied verbatim from it.
  corrections: [
    {
      id: 'visit-dates-swapped',
      subject: 'virtual-visit-kovrig',
      articleSaid: 'visited Michael Kovrig and Michael Spavor on Nov. 10 and Nov. 19, respectively',
      verified: {
        en: 'The dates are swapped: the virtual consular visit with Michael Kovrig took place on 19 November 2020, and the one with Michael Spavor on 10 November 2020.',
      },
      sources: ['s1', 's2', 's3'],
    },
    {
      id: 'visit-dates-swapped-spavor',
      subject: 'virtual-visit-spavor',
      articleSaid: 'visited Michael Kovrig and Michael Spavor on Nov. 10 and Nov. 19, respectively',
      verified: {
        en: 'The dates are swapped: the virtual consular visit with Michael Spavor took place on 10 November 2020, and the one with Michael Kovrig on 19 November 2020.',
      },
      sources: ['s1', 's2', 's3'],
    },
    {
      id: 'baldwin-is-barton',
      subject: 'dominic-barton',
      articleSaid: 'Mr. Baldwin',
      verified: {
        en: 'The ambassador who made the visits is Dominic Barton (鲍达民), whom the article also names correctly elsewhere.',
      },
      sources: ['s1', 's22'],
    },
    {
      id: 'meng-not-former',
      subject: 'meng-wanzhou',
      articleSaid: 'a former executive of the Chinese technology company Huawei',
      verified: {
        en: 'Meng Wanzhou was still deputy chair and chief financial officer of Huawei in November 2020; the US Department of Justice still called her its chief financial officer in September 2021.',
      },
      sources: ['s18', 's56'],
    },
    {
      id: 'meng-still-cfo',
      subject: 'meng-wanzhou',
      articleSaid: 'was Huawei’s chief financial officer before her arrest',
      verified: {
        en: 'Meng Wanzhou did not stop being chief financial officer when she was arrested: she still held the post, and that of deputy chair, in November 2020.',
      },
      sources: ['s18', 's56'],
    },
    {
      id: 'hostage-diplomacy-unsupported',
      subject: 'justin-trudeau',
      articleSaid:
        'Canadian Prime Minister Trudeau condemned Beijing’s arrest and persecution of Canadian citizens as “coercive” and “hostage diplomacy.',
      verified: {
        en: 'No source was found for Trudeau using the words “hostage diplomacy”; in June 2020 he did not react to a query about them. He is documented as speaking of “aggressive coercive diplomacy” (19 November 2020) and “China’s approach of coercive diplomacy” (13 October 2020).',
      },
      sources: ['s14', 's15', 's75', 's16'],
    },
    {
      id: 'department-name',
      subject: 'global-affairs-canada',
      articleSaid: 'Foreign Affairs Canada',
      verified: {
        en: 'The department is Global Affairs Canada (Affaires mondiales Canada), legally the Department of Foreign Affairs, Trade and Development. The article also calls it the “Canadian Foreign Ministry”.',
      },
      sources: ['s63', 's66'],
    },
    {
      id: 'allegation-not-finding',
      subject: 'huawei-indictment-unsealed',
      articleSaid:
        'The U.S. government found that Huawei had sold U.S. technology and equipment to Iran in violation of U.S. sanctions against Iran, and that Meng Wanzhou was directly involved in the actual operation of the operation and was suspected of bank fraud.',
      verified: {
        en: 'These were allegations in a US indictment, not findings. The sanctions counts targeted Huawei and Skycom; Meng Wanzhou was charged with bank fraud, wire fraud and conspiracy to commit both.',
      },
      sources: ['s46'],
    },
    {
      id: 'detained-not-arrested',
      subject: 'kovrig-spavor-detained',
      articleSaid: 'Both men were arrested by Chinese security authorities a few days after Meng’s arrest.',
      verified: {
        en: 'Michael Kovrig and Michael Spavor were detained on 10 December 2018, nine days after Meng Wanzhou’s arrest; China announced their formal arrest only on 16 May 2019.',
      },
      sources: ['s62', 's74', 's51'],
    },
    {
      id: 'release-quote-not-verbatim',
      subject: 'global-affairs-canada-2020-11-19',
      articleSaid: 'continues to call on the Chinese authorities to “release them immediately.',
      verified: {
        en: 'This is a back-translation, not the release’s wording, and the closing quotation mark is missing. The release says the government “continues to call for their immediate release”.',
      },
      sources: ['s1', 's2'],
    },
    {
      id: 'mfa-confirmation-unconfirmed',
      subject: 'zhao-press-conference',
      articleSaid: 'The news of the visit was also confirmed by the Chinese Ministry of Foreign Affairs.',
      verified: {
        en: 'No source was found for this. The remarks Zhao Lijian made on 20 November 2020 that were retrieved concern Trudeau and Meng Wanzhou, not the visits.',
      },
      sources: ['s9', 's11'],
    },
    {
      id: 'death-sentences-oversimplified',
      subject: 'schellenberg-sentenced',
      articleSaid: 'Chinese authorities sentenced several Canadian citizens to death for drug trafficking',
      verified: {
        en: 'Of the four death sentences, Xu Weihong’s and Ye Jianhui’s were for manufacturing or transporting drugs, and Robert Lloyd Schellenberg’s was a re-sentencing at the retrial of a smuggling case.',
      },
      sources: ['s43', 's35'],
    },
  ],

  // Sources: one per fact-sheet source cited above, in fact-sheet order.
  sources: [
    {
      id: 's1',
      publisher: 'Global News',
      title: { en: 'Report on Barton’s virtual consular visits of November 2020' },
      url: 'https://globalnews.ca/news/7474187/china-2-michaels-ambassador-visits/',
      lang: 'en',
    },
    {
      id: 's2',
      publisher: 'South China Morning Post',
      title: { en: 'Report on Canada’s continuing concern over the arbitrary detentions after the November 2020 visits' },
      url: 'https://www.scmp.com/news/china/diplomacy/article/3110659/canadas-concerns-about-arbitrary-detention-china-not-eased',
      lang: 'en',
    },
    {
      id: 's3',
      publisher: 'The Epoch Times',
      title: { en: 'Ambassador visits Canadians Michael Kovrig and Michael Spavor detained in China' },
      url: 'https://www.theepochtimes.com/world/ambassador-visits-canadians-michael-kovrig-and-michael-spavor-detained-in-china-3587292',
      lang: 'en',
    },
    {
      id: 's5',
      publisher: 'Topactu',
      title: { en: 'Report on the ambassador’s visits to Michael Kovrig and Michael Spavor' },
      url: 'http://topactu.net/2020/11/ambassador-visits-canadians-michael-kovrig-and-michael/',
      published: '2020-11',
      lang: 'en',
    },
    {
      id: 's6',
      publisher: 'Our Daily News Online',
      title: { en: 'Canada gets consular access to two citizens held in China' },
      url: 'https://ourdailynewsonline.com/2020/10/11/canada-gets-consular-access-to-two-citizens-held-in-china/',
      published: '2020-10-11',
      lang: 'en',
    },
    {
      id: 's7',
      publisher: 'CBC News',
      title: { en: 'Report on the first virtual consular visits of October 2020' },
      url: 'http://amp.cbc.ca/lite/story/1.5759190',
      lang: 'en',
    },
    {
      id: 's9',
      publisher: 'Backchina',
      title: { en: 'Chinese-language report on Zhao Lijian’s press conference of 20 November 2020' },
      url: 'https://www.backchina.com/news/2020/11/20/718954.html',
      published: '2020-11-20',
      lang: 'zh-Hans',
    },
    {
      id: 's10',
      publisher: 'Sputnik',
      title: { en: 'Chinese-language report on the foreign ministry’s response to Trudeau, 20 November 2020' },
      url: 'https://cdn.sputniknews.cn/20201120/1032567962.html',
      published: '2020-11-20',
      lang: 'zh-Hans',
    },
    {
      id: 's11',
      publisher: 'Global Times',
      title: { en: 'Report on Zhao Lijian’s response to Trudeau’s remarks' },
      url: 'https://www.globaltimes.cn/content/1207506.shtml',
      lang: 'en',
    },
    {
      id: 's12',
      publisher: 'SHINE',
      title: { en: 'Report on Zhao Lijian’s response to Trudeau’s remarks' },
      url: 'https://www.shine.cn/news/nation/2011200243/',
      lang: 'en',
    },
    {
      id: 's14',
      publisher: 'The Niagara Falls Review (PressReader)',
      title: { en: 'Report on Trudeau’s remarks at the APEC CEO Dialogues of 19 November 2020' },
      url: 'http://www.pressreader.com/canada/the-niagara-falls-review/20201120/281629602814953',
      published: '2020-11-20',
      lang: 'en',
    },
    {
      id: 's15',
      publisher: 'The Globe and Mail',
      title: { en: 'Trudeau vows to stand up to China’s coercive diplomacy' },
      url: 'https://www.theglobeandmail.com/politics/article-trudeau-vows-to-stand-up-to-chinas-coercive-diplomacy/',
      lang: 'en',
    },
    {
      id: 's16',
      publisher: 'Hindustan Times',
      title: { en: 'Canadian PM Trudeau says China using detentions to advance political goals' },
      url: 'https://m.hindustantimes.com/world-news/canadian-pm-trudeau-says-china-using-detentions-to-advance-political-goals/story-W7vlb0JVgjuqWC7jmlLz8H_amp.html',
      lang: 'en',
    },
    {
      id: 's18',
      publisher: 'Wikipedia',
      title: { en: 'Meng Wanzhou (encyclopedia article, October 2023 snapshot)' },
      url: 'https://iiab.me/kiwix/content/wikipedia_en_all_maxi_2023-10/A/Meng_Wanzhou',
      lang: 'en',
    },
    {
      id: 's19',
      publisher: 'Wikipedia',
      title: { en: 'Ren Zhengfei (encyclopedia article)' },
      url: 'https://en.wikipedia.org/wiki/Ren_Zhengfei',
      lang: 'en',
    },
    {
      id: 's20',
      publisher: 'Wikipedia',
      title: { en: 'Zhao Lijian (encyclopedia article)' },
      url: 'https://en.wikipedia.org/wiki/Zhao_Lijian',
      lang: 'en',
    },
    {
      id: 's21',
      publisher: 'China Daily',
      title: { en: 'Report on Zhao Lijian’s posts at the foreign ministry' },
      url: 'https://www.chinadaily.com.cn/a/202002/25/WS5e548abca31012821727a1af.html',
      published: '2020-02-25',
      lang: 'en',
    },
    {
      id: 's22',
      publisher: 'Wikipedia',
      title: { en: 'Dominic Barton (encyclopedia article, mirror)' },
      url: 'https://enwikipedia.net/wiki/Dominic_Barton',
      lang: 'en',
    },
    {
      id: 's23',
      publisher: 'Newswire.ca',
      title: { en: 'Prime Minister announces appointment of Dominic Barton as ambassador to China' },
      url: 'https://www.newswire.ca/news-releases/prime-minister-announces-appointment-of-dominic-barton-as-ambassador-to-china-870072221.html',
      lang: 'en',
    },
    {
      id: 's24',
      publisher: 'Consulting.ca',
      title: { en: 'Former McKinsey head Dominic Barton to step down as ambassador to China' },
      url: 'https://www.consulting.ca/news/2647/former-mckinsey-head-dominic-barton-to-step-down-as-ambassador-to-china',
      lang: 'en',
    },
    {
      id: 's25',
      publisher: 'Wikipedia',
      title: { en: 'Michael Kovrig (encyclopedia article, IPFS mirror)' },
      url: 'https://en.wikipedia-on-ipfs.org/wiki/Michael_Kovrig',
      lang: 'en',
    },
    {
      id: 's26',
      publisher: 'HK01',
      title: { en: 'Chinese-language report on the Canadian ambassador’s video meeting with Michael Kovrig' },
      url: 'https://zh.hk01.com/%E5%8D%B3%E6%97%B6%E5%9B%BD%E9%99%85/578395/%E5%8A%A0%E6%8B%BF%E5%A4%A7%E9%A9%BB%E5%8D%8E%E5%A4%A7%E4%BD%BF%E4%B8%8E%E5%BA%B7%E6%98%8E%E5%87%AF%E8%A7%86%E5%83%8F%E4%BC%9A%E9%9D%A2',
      lang: 'zh-Hans',
    },
    {
      id: 's27',
      publisher: 'RFI',
      title: { en: 'Report on Michael Kovrig’s trial and the diplomats’ protest, March 2021' },
      url: 'https://www.rfi.fr/en/international/20210322-french-eu-diplomats-protest-chinese-trial-of-canadian-citizen-spying-huawei-telecoms-meng-wanzhou',
      published: '2021-03-22',
      lang: 'en',
    },
    {
      id: 's28',
      publisher: 'Wikipedia',
      title: { en: 'Michael Spavor (encyclopedia article)' },
      url: 'https://en.wikipedia.org/wiki/Michael_Spavor',
      lang: 'en',
    },
    {
      id: 's29',
      publisher: 'South China Morning Post',
      title: { en: 'Explainer on Michael Spavor’s arrest and the risks foreigners face in Dandong' },
      url: 'https://mcdn.i-scmp.com/week-asia/explained/article/2178045/michael-spavor-arrest-shows-perils-faced-foreigners-dandong',
      lang: 'en',
    },
    {
      id: 's30',
      publisher: 'nfwb.net.cn',
      title: { en: 'Chinese-language page naming François-Philippe Champagne (商鹏飞)' },
      url: 'http://nfwb.net.cn/show.asp?id=8367',
      lang: 'zh-Hans',
    },
    {
      id: 's32',
      publisher: 'Wikipedia',
      title: { en: 'François-Philippe Champagne (Italian-language encyclopedia article, mirror)' },
      url: 'https://it.abcdef.wiki/wiki/Fran%C3%A7ois-Philippe_Champagne',
      lang: 'it',
    },
    {
      id: 's33',
      publisher: 'Sinoquebec',
      title: { en: 'Chinese-language report naming François-Philippe Champagne (商鹏飞)' },
      url: 'http://sinoquebec.com/article-126781-1.html',
      lang: 'zh-Hans',
    },
    {
      id: 's34',
      publisher: 'Piglix',
      title: { en: 'Justin Trudeau (encyclopedia article, mirror)' },
      url: 'http://piglix.com/piglix/Justin_Trudeau',
      lang: 'en',
    },
    {
      id: 's35',
      publisher: 'Amnesty International',
      title: { en: 'Amnesty International document on Robert Lloyd Schellenberg’s death sentence' },
      url: 'https://www.amnesty.org/en/documents/asa17/9729/2019/en/',
      lang: 'en',
    },
    {
      id: 's37',
      publisher: 'Wikiwand',
      title: { en: 'Chinese-language encyclopedia article on the Schellenberg drug-smuggling case' },
      url: 'https://wikiwand.com/zh/articles/%E8%B0%A2%E4%BC%A6%E4%BC%AF%E6%A0%BC%E8%B5%B0%E7%A7%81%E6%AF%92%E5%93%81%E6%A1%88',
      lang: 'zh-Hans',
    },
    {
      id: 's39',
      publisher: 'CBC News',
      title: { en: 'Report on the death sentence of a Canadian for drug crimes, April 2019' },
      url: 'https://www.cbc.ca/news/world/china-sentences-canadian-death-drugs-1.5116336',
      lang: 'en',
    },
    {
      id: 's40',
      publisher: 'South China Morning Post',
      title: { en: 'Report on Xu Weihong’s death sentence, August 2020' },
      url: 'https://www.scmp.com/news/china/diplomacy/article/3096307/china-sentences-another-canadian-death-drug-trafficking',
      lang: 'en',
    },
    {
      id: 's42',
      publisher: 'KVIA',
      title: { en: 'Canadian citizen is second in two days to be sentenced to death in China on drug charges' },
      url: 'https://kvia.com/news/us-world/2020/08/07/canadian-citizen-is-second-in-two-days-to-be-sentenced-to-death-in-china-on-drug-charges',
      published: '2020-08-07',
      lang: 'en',
    },
    {
      id: 's43',
      publisher: 'The Asahi Shimbun',
      title: { en: 'Report on the death sentences of Canadians in China, August 2020' },
      url: 'https://ajw-origin.potaufeu.asahi.com/ajw/articles/13616593',
      lang: 'en',
    },
    {
      id: 's45',
      publisher: 'The Washington Post',
      title: { en: 'Justice Dept. charges Huawei with fraud, ratcheting up U.S.-China tensions' },
      url: 'https://www.washingtonpost.com/world/national-security/justice-dept-charges-huawei-with-fraud-ratcheting-up-us-china-tensions/2019/01/28/70a7f550-2320-11e9-81fd-b7b05d5bed90_story.html',
      published: '2019-01-28',
      lang: 'en',
    },
    {
      id: 's46',
      publisher: 'bad-boys.us',
      title: { en: 'Court docket of United States v. Huawei et al. (E.D.N.Y. 1:18-cr-00457)' },
      url: 'https://bad-boys.us/?q=ED-NY/1:18-cr-00457',
      lang: 'en',
    },
    {
      id: 's47',
      publisher: 'World Grain',
      title: { en: 'China halts imports of Richardson canola' },
      url: 'https://world-grain.com/articles/11735-china-halts-imports-of-richardson-canola',
      lang: 'en',
    },
    {
      id: 's48',
      publisher: 'CP24',
      title: { en: 'China blocks canola shipments from Viterra, saying pests found among the grain' },
      url: 'https://www.cp24.com/news/china-blocks-canola-shipments-from-viterra-saying-pests-found-among-the-grain-1.4352269',
      lang: 'en',
    },
    {
      id: 's49',
      publisher: 'Radio Canada International',
      title: { en: 'China suspends all meat imports from Canada' },
      url: 'https://www.rcinet.ca/en/2019/06/26/china-suspends-all-meat-imports-from-canada/',
      published: '2019-06-26',
      lang: 'en',
    },
    {
      id: 's50',
      publisher: 'Global News',
      title: { en: 'Report on China lifting its ban on Canadian pork and beef' },
      url: 'https://globalnews.ca/news/6129666/china-pork-beef-ban-canada/',
      lang: 'en',
    },
    {
      id: 's51',
      publisher: 'Toronto Star',
      title: { en: 'China formally charges Canadians Michael Kovrig and Michael Spavor after months of detention' },
      url: 'https://www.thestar.com/news/canada/2019/05/16/china-formally-charges-canadians-michael-kovrig-and-michael-spavor-after-months-of-detention.html',
      published: '2019-05-16',
      lang: 'en',
    },
    {
      id: 's52',
      publisher: 'Global News',
      title: { en: 'Report on the espionage charges against Michael Kovrig and Michael Spavor, June 2020' },
      url: 'https://globalnews.ca/news/7083874/michael-kovrig-spavor-charged-china/',
      lang: 'en',
    },
    {
      id: 's53',
      publisher: 'ECNS',
      title: { en: 'Report on the prosecution of Michael Kovrig and Michael Spavor for espionage' },
      url: 'http://www.ecns.cn/news/politics/2020-06-19/detail-ifzxmrfw2768171.shtml',
      published: '2020-06-19',
      lang: 'en',
    },
    {
      id: 's55',
      publisher: 'China Daily',
      title: { en: 'Report on Michael Spavor’s sentence' },
      url: 'https://www.chinadaily.com.cn/a/202108/11/WS611367e0a310efa1bd66827f.html',
      published: '2021-08-11',
      lang: 'en',
    },
    {
      id: 's56',
      publisher: 'Defence.pk',
      title: {
        en: 'Forum post reproducing the US Department of Justice press release on Meng Wanzhou’s deferred prosecution agreement',
      },
      url: 'https://defence.pk/threads/huawei-cfo-meng-wanzhou-reaches-agreement-with-us-to-resolve-fraud-charges.724222/post-13351834',
      lang: 'en',
    },
    {
      id: 's57',
      publisher: 'National Post',
      title: { en: 'CP NewsAlert: Meng’s extradition case dropped in B.C., she’s free to go' },
      url: 'https://nationalpost.com/pmn/news-pmn/canada-news-pmn/cp-newsalert-mengs-extradition-case-dropped-in-b-c-shes-free-to-go',
      lang: 'en',
    },
    {
      id: 's58',
      publisher: 'NextGen Edition',
      title: { en: 'Report on Michael Kovrig’s and Michael Spavor’s arrival in Calgary' },
      url: 'https://nextgenedition.com/michael-kovrig-and-michael-spavor-after-1020-days-imprisoned-in-china-the-two-detainees-arrive-home-in-canada/',
      lang: 'en',
    },
    {
      id: 's59',
      publisher: 'UkrCanada',
      title: { en: 'Report on the release of Michael Kovrig and Michael Spavor and their return to Canada' },
      url: 'https://ukrcanada.com/uk/news/michael-kovrig-michael-spavor-return-to-canada-after-release-from-china/',
      lang: 'uk',
    },
    {
      id: 's60',
      publisher: 'Silicon UK',
      title: { en: 'US drops charges against Huawei CFO Meng Wanzhou after 2021 deal' },
      url: 'https://www.silicon.co.uk/e-regulation/legal/us-drops-charges-against-huawei-cfo-meng-wanzhou-after-2021-deal-488504',
      lang: 'en',
    },
    {
      id: 's61',
      publisher: 'Toronto Star',
      title: { en: 'What we know and don’t know about the arrest of Huawei CFO Meng Wanzhou' },
      url: 'https://www.thestar.com/vancouver/2018/12/06/what-we-know-and-dont-know-about-the-arrest-of-huawei-cfo-meng-wanzhou.html',
      published: '2018-12-06',
      lang: 'en',
    },
    {
      id: 's62',
      publisher: 'Al Jazeera',
      title: { en: 'Report on China’s investigation of Michael Spavor, December 2018' },
      url: 'https://www.aljazeera.com/news/2018/12/13/michael-spavor-china-investigates-second-canadian/',
      published: '2018-12-13',
      lang: 'en',
    },
    {
      id: 's63',
      publisher: 'Wikipedia',
      title: { en: 'Global Affairs Canada (encyclopedia article, Kiwix mirror)' },
      url: 'https://zims-en.kiwix.campusafrica.gos.orange.com/wikipedia_en_all_nopic/A/Global_Affairs_Canada',
      lang: 'en',
    },
    {
      id: 's64',
      publisher: 'The Epoch Times (Hong Kong)',
      title: { en: 'Chinese-language report on Skycom and the case against Meng Wanzhou' },
      url: 'https://hk.epochtimes.com/news/2020-09-17/24637737',
      published: '2020-09-17',
      lang: 'zh-Hant',
    },
    {
      id: 's65',
      publisher: 'Creaders',
      title: { en: 'Chinese-language report naming Global Affairs Canada (加拿大全球事务部)' },
      url: 'https://ca.creaders.net/2019/05/21/2093024.html',
      published: '2019-05-21',
      lang: 'zh-Hans',
    },
    {
      id: 's66',
      publisher: 'Radio-Canada',
      title: { en: 'French-language report on the Canadian embassy and the detention of Michael Kovrig and Michael Spavor' },
      url: 'https://ici.radio-canada.ca/nouvelle/1765241/chine-ambassade-canada-michael-kovrig-spavor-detention-diplomatie-huawei',
      lang: 'fr',
    },
    {
      id: 's68',
      publisher: 'Reuters',
      title: { en: 'Report on Skycom’s links to Huawei' },
      url: 'http://in.reuters.com/article/idINL4N0AZ70720130131',
      published: '2013-01-31',
      lang: 'en',
    },
    {
      id: 's69',
      publisher: 'The Times',
      title: { en: 'Report on the diplomats’ vigil outside Michael Kovrig’s trial in Beijing' },
      url: 'https://www.thetimes.co.uk/article/michael-kovrig-diplomats-hold-vigil-for-canadian-in-beijing-spy-trial-c2clgrhv2',
      lang: 'en',
    },
    {
      id: 's70',
      publisher: 'The Times',
      title: { en: 'China court sentences Canadian businessman Michael Spavor to 11 years in prison' },
      url: 'https://www.thetimes.co.uk/article/china-court-sentences-canadian-businessman-michael-spavor-to-11-years-in-prison-72l8x586b',
      lang: 'en',
    },
    {
      id: 's74',
      publisher: 'BNN Bloomberg',
      title: { en: 'Profile of Michael Kovrig after his detention in China' },
      url: 'https://www.bnnbloomberg.ca/who-is-michael-kovrig-ex-canadian-envoy-now-at-centre-of-feud-with-china-1.1182383',
      lang: 'en',
    },
    {
      id: 's75',
      publisher: 'Al Arabiya',
      title: { en: 'Canada confident President-elect Biden will pressure China on foreign detainees' },
      url: 'https://english.alarabiya.net/en/News/world/2020/11/09/Canada-confident-President-elect-Biden-will-pressure-China-on-foreign-detainees',
      published: '2020-11-09',
      lang: 'en',
    },
  ],
} as const satisfies Story;

export type CaseId = (typeof story.cases)[number]['id'];
export type PersonId = (typeof story.people)[number]['id'];
export type PersonAlias = (typeof story.people)[number]['aliases'][number];
export type OrganizationId = (typeof story.organizations)[number]['id'];
export type QuoteId = (typeof story.quotes)[number]['id'];
export type EventId = (typeof story.events)[number]['id'];
export type PositionId = (typeof story.positions)[number]['id'];
export type CorrectionId = (typeof story.corrections)[number]['id'];
export type SourceId = (typeof story.sources)[number]['id'];
