import { html } from 'lit';
import { plural } from '../plural.js';
import type { UiStrings } from '../strings.js';

export const zhHans: UiStrings = {
  sources: '资料来源',
  nationality: '国籍',
  status: '状况',
  keyPeople: '主要人物',
  sides: '双方立场',
  keyDates: '重要日期',
  timeline: '时间线',
  asOf: (date) => html`截至${date}`,
  since: (date) => html`自${date}起`,
  dateRange: (from, to) => html`${from}至${to}`,
  about: (heading, subject) => html`${heading}：${subject}`,
  days: (count) => plural('zh-Hans', count, { other: '{n}天' }),
  inCustodyFor: (days) => `已被拘押${days}`,
  afterInCustody: (days) => `此前被拘押${days}`,
  inArticle: '原文报道',
  notInArticle: '原文未报道',
  laterDevelopment: '后续进展',
  noEvents: '此期间没有事件。',
  translated: '译文',
  originalWording: '原文',
  translationNote: '翻译说明',
  correctionOf: (said) => html`更正：原文称“<span lang="en">${said}</span>”`,
  corrections: (count) => plural('zh-Hans', count, { other: '对原文的更正：{n}处' }),
  notice: (problem) => `此新闻组件无法显示：${problem}`,
  noticeAttributeMissing: (attribute, alternative) =>
    alternative ? `需要“${attribute}”或“${alternative}”属性。` : `缺少“${attribute}”属性。`,
  noticeUnknownId: (attribute, value) => `没有与 ${attribute}="${value}" 对应的条目。`,
  noticeBadValue: (attribute, value, allowed) => `${attribute}="${value}" 不是以下值之一：${allowed}。`,
  noticeBadDate: (attribute, value) => `${attribute}="${value}" 不是 YYYY-MM-DD 格式的日期。`,
  noticeNotYet: (attribute, value, asOf) => `${attribute}="${value}" 晚于本组件描述的日期 ${asOf}。`,
  noticeDidYouMean: (ids) => `您是否要找 ${ids}？`,
  noticeUnexpected: '无法读取其数据。',
};
