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
import { report } from './story/report.js';
import { cases } from './story/cases.js';
import { people } from './story/people.js';
import { organizations } from './story/organizations.js';
import { quotes } from './story/quotes.js';
import { events } from './story/events.js';
import { positions } from './story/positions.js';
import { corrections } from './story/corrections.js';
import { sources } from './story/sources.js';

export const story = {
  report,
  cases,
  people,
  organizations,
  quotes,
  events,
  positions,
  corrections,
  sources,
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
