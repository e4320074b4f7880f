import { plural } from '../plural.js';
import type { ReportName, UiStrings } from '../strings.js';

/** 「Example Gazette 2025年6月20日发布的报道」；刊发媒体不详时为「2020年11月原报道」。 */
function report({ publisher, date }: ReportName) {
  if (publisher) return date ? [publisher, date, '发布的报道'] : [publisher, '发布的报道'];
  return date ? [date, '原报道'] : ['原报道'];
}

export const zhHans: UiStrings = {
  comma: '，',
  semicolon: '；',
  aside: (content) => ['（', content, '）'],
  sources: '资料来源',
  sourcesCount: (count) => `资料来源（${count}）`,
  sourcesUnavailable: '资料来源未能加载，请稍后再试。',
  stateMedia: '官方媒体',
  nationality: '国籍',
  status: '现状',
  keyPeople: '主要人物',
  sides: '双方立场',
  keyDates: '重要日期',
  timeline: '时间线',
  asOf: (date) => ['截至', date],
  roleAsOf: (date) => ['截至', date],
  since: (date) => ['自', date, '起'],
  dateRange: (from, to) => [from, '至', to],
  about: (heading, subject) => [heading, '：', subject],
  // A count of days is written without a thousands separator: 1019天.
  days: (count) => `${count}天`,
  inCustodyFor: (days) => `已被羁押${days}`,
  afterInCustody: (days) => `此前共被羁押${days}`,
  inReport: (r) => ['见于', report(r)],
  alludedInReport: (r) => [report(r), '笼统提及'],
  notInReport: (r) => [report(r), '未提及'],
  afterReport: (r) => [report(r), '发布后的进展'],
  reviewedReport: ({ name, title, machineTranslated, translatedFrom }) => [
    '原报道：“',
    title,
    '”（',
    name.publisher ?? '刊发媒体不详',
    name.date ? ['；', name.date] : '',
    machineTranslated ? `；${translatedFrom ? `由${translatedFrom}` : ''}机器翻译` : '',
    '）',
  ],
  noEvents: '此期间无相关事件。',
  keyEventsShown: (shown, total) => `关键事件 · 共${total}个中的${shown}个`,
  firstEventsShown: (shown, total) => `前${shown}个事件（共${total}个）`,
  showKeyEvents: '仅显示关键事件',
  showAllEvents: (total) => `显示全部${total}个事件`,
  showMoreEvents: (shown, total) => `显示更多事件（已显示${shown}个，共${total}个）`,
  translated: '译文',
  originalWording: '原文',
  translationNote: '翻译说明',
  correctionOf: (r, said) => ['对', report(r), '的更正：该报道称“', said, '”'],
  clarification: '澄清',
  correction: '更正',
  factCheckOf: (r) => ['对', report(r), '的核查'],
  reportSaid: (said) => ['该报道称', said],
  reportNotYet: (date) => ['所核查的报道发布于', date, '，晚于本核查所描述的日期。'],
  noCorrections: '本文未对原报道作任何更正。',
  clarificationOf: (r, said) => ['对', report(r), '的澄清：该报道称“', said, '”'],
  corrections: (corrections, clarifications, r) => {
    const counts = [
      corrections > 0 ? `${corrections}处更正` : '',
      clarifications > 0 ? `${clarifications}处澄清` : '',
    ].filter(Boolean);
    return ['对', report(r), '的', counts.join('、')];
  },
  notice: (problem) => `本组件无法显示：${problem}`,
  noticeForReaders: '此部分内容无法显示。',
  noticeDetails: '详细信息',
  noticeAttributeMissing: (attribute, alternative) =>
    alternative ? `需要“${attribute}”或“${alternative}”属性。` : `缺少“${attribute}”属性。`,
  noticeUnknownId: (attribute, value) => `没有与 ${attribute}="${value}" 对应的条目。`,
  noticeBadValue: (attribute, value, allowed) => `${attribute}="${value}" 不是以下值之一：${allowed}。`,
  noticeBadDate: (attribute, value) =>
    `${attribute}="${value}" 不是有效日期，请按 YYYY-MM-DD 格式填写，例如 2020-11-20。`,
  noticeNotYet: (attribute, value, asOf) => `${attribute}="${value}" 晚于本组件所描述的日期（${asOf}）。`,
  noticeOrder: (attribute, value, other, otherValue) => `${attribute}="${value}" 早于 ${other}="${otherValue}"。`,
  noticeDidYouMean: (ids) => `您是否指${ids.map((id) => `“${id}”`).join('、')}？`,
  noticeUnexpected: '数据无法读取。',
  datasetUnusable: '本文的数据无法使用，因此下方组件不显示任何内容：',
  moreErrors: (count) => plural('zh-Hans', count, { other: '另有{n}处问题' }),
};
