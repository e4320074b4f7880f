import { html, type TemplateResult } from 'lit';
import { plural } from '../plural.js';
import type { UiStrings } from '../strings.js';

// French typography: a narrow no-break space (U+202F) before ; : ! ? and
// inside « guillemets », as Canadian newsrooms set them.

/** The ISO date a `<time>` placed in the sentence carries, read from its template's values. */
function isoOf(date: unknown): string {
  const values = (date as Partial<TemplateResult> | null)?.values ?? [];
  return String(values.find((value) => /^\d{4}(-\d\d){0,2}$/.test(String(value))) ?? '');
}

export const fr: UiStrings = {
  comma: ', ',
  semicolon: '\u202f; ',
  aside: (content) => html` (${content})`,
  sources: 'Sources',
  sourcesCount: (count) => `Sources (${count})`,
  stateMedia: 'média d’État',
  describedTitle: ' [description]',
  nationality: 'Nationalité',
  status: 'Situation',
  keyPeople: 'Personnes clés',
  sides: 'Les deux parties',
  keyDates: 'Dates clés',
  timeline: 'Chronologie',
  asOf: (date) => html`En date du ${date}`,
  roleAsOf: (date) => html`en date de ${date}`,
  since: (date) => html`depuis le ${date}`,
  // A span of years takes a hyphen (« 2009-2018 »); a span of days, « du … au … ».
  dateRange: (from, to) => {
    const [start, end] = [isoOf(from), isoOf(to)];
    if (/^\d{4}$/.test(start) && /^\d{4}$/.test(end)) return html`${from}-${to}`;
    if (start.length === 10 && end.length === 10) return html`du ${from} au ${to}`;
    return html`${from} – ${to}`;
  },
  about: (heading, subject) => html`${heading} : ${subject}`,
  days: (count) => plural('fr', count, { one: '{n} jour', other: '{n} jours' }),
  inCustodyFor: (days) => `en détention depuis ${days}`,
  afterInCustody: (days) => `après ${days} de détention`,
  inArticle: 'Dans l’article',
  alludedInArticle: 'Évoqué en termes généraux dans l’article',
  notInArticle: 'Absent de l’article',
  laterDevelopment: 'Fait ultérieur',
  noEvents: 'Aucun événement pendant cette période.',
  showAllEvents: (total) => `Afficher les ${total} événements`,
  showMoreEvents: (shown, total) => `Afficher plus d’événements (${shown} sur ${total})`,
  translated: 'traduction',
  originalWording: 'Version originale',
  translationNote: 'Note de traduction',
  correctionOf: (said) => html`Correction : l’article disait « <span lang="en">${said}</span> »`,
  corrections: (count) =>
    plural('fr', count, {
      one: '{n} correction apportée à l’article source',
      other: '{n} corrections apportées à l’article source',
    }),
  notice: (problem) => `Ce module ne peut pas s’afficher : ${problem}`,
  noticeForReaders: 'Cette partie du reportage n’a pas pu être affichée.',
  noticeDetails: 'Détails',
  noticeAttributeMissing: (attribute, alternative) =>
    alternative ? `il lui faut l’attribut «\u202f${attribute}\u202f» ou «\u202f${alternative}\u202f».` : `l’attribut «\u202f${attribute}\u202f» est absent.`,
  noticeUnknownId: (attribute, value) => `aucune entrée ne correspond à ${attribute}="${value}".`,
  noticeBadValue: (attribute, value, allowed) => `${attribute}="${value}" ne figure pas parmi les valeurs admises : ${allowed}.`,
  noticeBadDate: (attribute, value) => `${attribute}="${value}" n’est pas une date valide\u202f; écrivez-la sous la forme AAAA-MM-JJ, p. ex. 2020-11-20.`,
  noticeNotYet: (attribute, value, asOf) => `${attribute}="${value}" est postérieur au ${asOf}, la date que décrit ce module.`,
  noticeOrder: (attribute, value, other, otherValue) => `${attribute}="${value}" précède ${other}="${otherValue}".`,
  noticeDidYouMean: (ids) => `Vouliez-vous dire ${ids} ?`,
  noticeUnexpected: 'ses données sont illisibles.',
  datasetUnusable: 'Les données de ce reportage sont inutilisables\u202f; les modules ci-dessous n’en affichent donc rien\u202f:',
  moreErrors: (count) => plural('fr', count, { one: 'et {n} autre problème', other: 'et {n} autres problèmes' }),
};
