import { parsePartialDate, toIso } from '../data/partial-date.js';
import { hasDetails, type CaseEvent, type Correction, type Person, type Quote, type Source } from '../data/types.js';
import type { RenderContext } from '../render/context.js';
import { safeHttpUrl } from '../data/safe-url.js';

/**
 * schema.org JSON-LD for what a widget shows, built from the same records and
 * language as its text, so search engines and news aggregators read the facts
 * the reader sees.
 */
export type JsonLd = Record<string, unknown>;

const isoDate = (value: string) => {
  const parsed = parsePartialDate(value);
  return parsed ? toIso(parsed) : undefined;
};

/** Drops empty values, so no property is written with nothing in it. */
function compact(node: JsonLd): JsonLd {
  return Object.fromEntries(
    Object.entries(node).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)),
  );
}

export function sourceLd(ctx: RenderContext, source: Source): JsonLd {
  return compact({
    '@type': 'CreativeWork',
    name: ctx.plain(source.title),
    url: safeHttpUrl(source.url),
    inLanguage: source.lang,
    datePublished: source.published && isoDate(source.published),
    publisher: { '@type': 'Organization', name: source.publisher },
  });
}

const citable = (ctx: RenderContext, ids: readonly string[]) =>
  ctx.index
    .sourcesFor(ids)
    // Widgets with structured data load the source details before they render.
    .filter(hasDetails)
    .filter((source) => ctx.citable(source))
    .map((source) => sourceLd(ctx, source));

export function personLd(ctx: RenderContext, person: Person, jobTitle?: string): JsonLd {
  return compact({
    '@type': 'Person',
    name: ctx.plain(person.name),
    alternateName: person.nativeName?.text,
    nationality: ctx.plain(person.nationality),
    jobTitle,
    description: ctx.plain(person.bio),
    subjectOf: citable(ctx, person.sources),
  });
}

export function quotationLd(ctx: RenderContext, quote: Quote): JsonLd {
  const speaker = ctx.index.speakerOf(quote);
  return compact({
    '@type': 'Quotation',
    text: ctx.plain(quote.text),
    inLanguage: quote.text[ctx.lang] ? ctx.lang : 'en',
    dateCreated: isoDate(quote.date),
    creator: speaker && {
      '@type': 'person' in quote.speaker ? 'Person' : 'Organization',
      name: ctx.plain(speaker.name),
    },
    isBasedOn: citable(ctx, quote.sources),
  });
}

export function eventLd(ctx: RenderContext, event: CaseEvent): JsonLd {
  return compact({
    '@type': 'Event',
    name: ctx.plain(event.title),
    startDate: isoDate(event.date),
    eventStatus: 'https://schema.org/EventScheduled',
    about: event.people
      .map((id) => ctx.index.people.get(id))
      .filter((person): person is Person => person !== undefined)
      .map((person) => ({ '@type': 'Person', name: ctx.plain(person.name) })),
    subjectOf: citable(ctx, event.sources),
  });
}

/** The reviewed report, as the work a correction or clarification is about. */
export function reportLd(ctx: RenderContext): JsonLd | undefined {
  const report = ctx.index.story.report;
  if (!report) return undefined;
  return compact({
    '@type': 'NewsArticle',
    headline: report.title,
    inLanguage: report.lang,
    datePublished: isoDate(report.date),
    url: report.url === undefined ? undefined : safeHttpUrl(report.url),
    publisher: report.publisher === undefined ? undefined : { '@type': 'Organization', name: report.publisher },
  });
}

/**
 * A correction as a `CorrectionComment`. schema.org has no type for a
 * clarification, which corrects nothing: it is a plain `Comment`, named
 * "Clarification" in the widget's language. Both are `about` the reviewed report.
 */
export function correctionLd(ctx: RenderContext, correction: Correction): JsonLd {
  const clarification = correction.kind === 'clarification';
  return compact({
    '@type': clarification ? 'Comment' : 'CorrectionComment',
    name: clarification ? ctx.strings.clarification : undefined,
    text: ctx.plain(correction.verified),
    about: reportLd(ctx),
    citation: citable(ctx, correction.sources),
  });
}

/** The JSON-LD document for a list of nodes, with `<` escaped so it cannot close its script. */
export function jsonLdDocument(nodes: readonly JsonLd[]): string {
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': nodes }).replace(/</g, '\\u003c');
}

/** A CorrectionComment or Comment for each correction and clarification about these entities, once each. */
export function correctionsLd(ctx: RenderContext, ...subjects: string[]): JsonLd[] {
  // Published for exactly what the widget shows: nothing when it shows no corrections.
  if (!ctx.corrections) return [];
  return [...new Set(subjects.flatMap((subject) => ctx.index.correctionsFor(subject)))].map((correction) =>
    correctionLd(ctx, correction),
  );
}
