import type { Correction } from '../types.js';

/** Corrections: where the source article is wrong; articleSaid is copied verbatim from it. */
export const corrections = [
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
] as const satisfies readonly Correction[];
