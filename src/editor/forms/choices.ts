import type { Story } from '../../data/types.js';
import type { Choice } from '../fields.js';

const named = (entry: { id: string; name: { en: string } }) => ({ value: entry.id, label: entry.name.en || entry.id });

export const personChoices = (story: Story): Choice[] => story.people.map(named);
export const organizationChoices = (story: Story): Choice[] => story.organizations.map(named);

export const sourceChoices = (story: Story): Choice[] =>
  story.sources.map((source) => ({
    value: source.id,
    label: `${source.publisher || 'No publisher'}: ${source.title.en || source.url || source.id}`,
  }));

export const eventChoices = (story: Story): Choice[] =>
  story.events.map((event) => ({ value: event.id, label: `${event.date || '?'} ${event.title.en || event.id}` }));

export const quoteChoices = (story: Story): Choice[] =>
  story.quotes.map((quote) => ({
    value: quote.id,
    label: `${quote.date || '?'} ${quote.text.en.slice(0, 60) || quote.id}`,
  }));

export const positionChoices = (story: Story): Choice[] =>
  story.positions.map((position) => ({ value: position.id, label: position.id }));

/** Anything a correction can be about: people, quotes, events and organizations. */
export const subjectChoices = (story: Story): Choice[] => [
  ...personChoices(story).map((choice) => ({ ...choice, label: `Person: ${choice.label}` })),
  ...quoteChoices(story).map((choice) => ({ ...choice, label: `Quote: ${choice.label}` })),
  ...eventChoices(story).map((choice) => ({ ...choice, label: `Event: ${choice.label}` })),
  ...organizationChoices(story).map((choice) => ({ ...choice, label: `Organization: ${choice.label}` })),
];

/** A short name for an entry in the section's list. */
export function entryLabel(entry: Record<string, unknown>): string {
  const en = (key: string) => (entry[key] as { en?: string } | undefined)?.en;
  const text =
    en('name') ||
    en('title') ||
    (Array.isArray(entry.headline) ? '' : en('headline')) ||
    en('text') ||
    (entry.articleSaid as string | undefined) ||
    (entry.publisher as string | undefined);
  const date = (entry.date as string | undefined) ?? '';
  return `${date ? `${date} ` : ''}${text || String(entry.id)}`;
}
