import { html, nothing, type TemplateResult } from 'lit';
import { safeHttpUrl } from '../data/safe-url.js';
import type { RenderContext } from './context.js';

/**
 * The report the dataset reviews, in a line: its headline, publisher (or
 * that it is not known), date, and whether it is a machine translation.
 * Nothing when the dataset does not describe one.
 */
export function renderReport(ctx: RenderContext): TemplateResult | typeof nothing {
  const { report } = ctx.index.story;
  if (!report) return nothing;
  const title = html`<cite lang=${report.lang}>${report.title}</cite>`;
  const url = report.url === undefined ? undefined : safeHttpUrl(report.url);
  return html`<p part="report" class="small report">
    ${ctx.strings.reviewedReport({
      name: ctx.reportName(),
      title: url ? html`<a href=${url} hreflang=${report.lang}>${title}</a>` : title,
      machineTranslated: report.machineTranslated === true,
      translatedFrom: report.translatedFrom === undefined ? undefined : ctx.languageName(report.translatedFrom),
    })}
  </p>`;
}
