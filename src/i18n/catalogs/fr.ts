import { plural } from '../plural.js';
import type { ReportName, UiStrings } from '../strings.js';

// French typography: a narrow no-break space (U+202F) before ; : ! ? and
// inside « guillemets », as Canadian newsrooms set them.

/** The ISO date a `<time>` placed in the sentence carries, read from the values of the template that renders it. */
function isoOf(date: unknown): string {
  const values = (date as { values?: readonly unknown[] } | null)?.values ?? [];
  return String(values.find((value) => /^\d{4}(-\d\d){0,2}$/.test(String(value))) ?? '');
}

/**
 * The report without its article, so each label can contract it (« du », « au »):
 * « reportage publié par Example Gazette le 20 juin 2025 », or, with no
 * publisher, « reportage examiné de novembre 2020 ».
 */
function report({ publisher, date, precision }: ReportName) {
  if (publisher) {
    const when = date ? [' ', precision === 'day' ? 'le' : 'en', ' ', date] : '';
    return ['reportage publié par ', publisher, when];
  }
  return date ? ['reportage examiné ', precision === 'day' ? 'du' : 'de', ' ', date] : ['reportage examiné'];
}

const count = (n: number, one: string, other: string) => plural('fr', n, { one: `{n} ${one}`, other: `{n} ${other}` });

/** « du chinois », « de l’anglais », « du hongrois »: only a vowel elides (the language names that start with h are aspirated, or take both). */
const fromLanguage = (name: string) => (/^[aeiouéèê]/i.test(name) ? `de l’${name}` : `du ${name}`);

/** A date placed in the sentence is a day (« le 20 novembre 2020 ») rather than a month or a year (« novembre 2020 »). */
const isDay = (date: unknown) => isoOf(date).length === 10;

/** « de novembre 2020 », « d’avril 2021 »: a month starting with a vowel elides the preposition. */
const deMonth = (date: unknown) => (/^\d{4}-(04|08|10)$/.test(isoOf(date)) ? 'd’' : 'de ');

export const fr: UiStrings = {
  comma: ', ',
  semicolon: '\u202f; ',
  aside: (content) => [' (', content, ')'],
  sources: 'Sources',
  sourcesCount: (count) => `Sources (${count})`,
  sourcesUnavailable: 'Les sources n’ont pas pu être chargées. Réessayez plus tard.',
  stateMedia: 'média d’État',
  nationality: 'Nationalité',
  status: 'Situation',
  keyPeople: 'Personnes clés',
  sides: 'Les deux parties',
  keyDates: 'Dates clés',
  timeline: 'Chronologie',
  // The state of things « au 20 novembre 2020 », « en juin 2025 », « en 2025 ».
  asOf: (date) => [isDay(date) ? 'Situation au ' : 'Situation en ', date],
  roleAsOf: (date) => [isDay(date) ? 'au' : 'en', ' ', date],
  since: (date) => ['depuis ', isDay(date) ? 'le ' : '', date],
  // A span of years takes a hyphen (« 2009-2018 »); a span of days, « du … au … ».
  dateRange: (from, to) => {
    const [start, end] = [isoOf(from), isoOf(to)];
    if (/^\d{4}$/.test(start) && /^\d{4}$/.test(end)) return [from, '-', to];
    if (start.length === 10 && end.length === 10) return ['du ', from, ' au ', to];
    return isDay(from) ? ['du ', from, ' ', isDay(to) ? 'au' : 'à', ' ', to] : [deMonth(from), from, ' à ', to];
  },
  about: (heading, subject) => [heading, ' : ', subject],
  days: (count) => plural('fr', count, { one: '{n} jour', other: '{n} jours' }),
  inCustodyFor: (days) => `en détention depuis ${days}`,
  afterInCustody: (days) => `après ${days} de détention`,
  inReport: (r) => ['Dans le ', report(r)],
  alludedInReport: (r) => ['Évoqué en termes généraux dans le ', report(r)],
  notInReport: (r) => ['Absent du ', report(r)],
  afterReport: (r) => ['Postérieur au ', report(r)],
  reviewedReport: ({ name, title, machineTranslated, translatedFrom }) => [
    'Reportage examiné : « ',
    title,
    ' » (',
    name.publisher ?? 'média inconnu',
    name.date ? [' ; ', name.date] : '',
    machineTranslated ? ` ; traduction automatique${translatedFrom ? ` ${fromLanguage(translatedFrom)}` : ''}` : '',
    ')',
  ],
  noEvents: 'Aucun événement pendant cette période.',
  keyEventsShown: (shown, total) => `Événements clés · ${shown} sur ${total}`,
  firstEventsShown: (shown, total) => `${shown} premiers événements sur ${total}`,
  showKeyEvents: 'N’afficher que les événements clés',
  showAllEvents: (total) => `Afficher les ${total} événements`,
  showMoreEvents: (shown, total) => `Afficher d’autres événements (${shown} affichés sur ${total})`,
  translated: 'traduction',
  originalWording: 'Version originale',
  translationNote: 'Note de traduction',
  correctionOf: (r, said) => ['Correction apportée au ', report(r), ' : on y lisait « ', said, ' »'],
  clarification: 'Précision',
  correction: 'Correction',
  factCheckOf: (r) => ['Vérification du ', report(r)],
  reportSaid: (said) => ['On y lisait ', said],
  reportNotYet: (date) => ['Le reportage examiné (', date, ') est postérieur au jour que décrit cette vérification.'],
  noCorrections: 'Aucune correction n’est apportée au reportage examiné.',
  clarificationOf: (r, said) => ['Précision apportée au ', report(r), ' : on y lisait « ', said, ' »'],
  corrections: (corrections, clarifications, r) => {
    const counts = [
      corrections > 0 ? count(corrections, 'correction', 'corrections') : '',
      clarifications > 0 ? count(clarifications, 'précision', 'précisions') : '',
    ].filter(Boolean);
    return [counts.join(' et '), ' ', corrections + clarifications > 1 ? 'apportées' : 'apportée', ' au ', report(r)];
  },
  notice: (problem) => `Ce module ne peut pas s’afficher : ${problem}`,
  noticeForReaders: 'Cette partie de l’article n’a pas pu être affichée.',
  noticeDetails: 'Détails',
  noticeAttributeMissing: (attribute, alternative) =>
    alternative
      ? `il lui faut l’attribut «\u202f${attribute}\u202f» ou «\u202f${alternative}\u202f».`
      : `l’attribut «\u202f${attribute}\u202f» est absent.`,
  noticeUnknownId: (attribute, value) => `aucune entrée ne correspond à ${attribute}="${value}".`,
  noticeBadValue: (attribute, value, allowed) =>
    `${attribute}="${value}" ne figure pas parmi les valeurs admises : ${allowed}.`,
  noticeBadDate: (attribute, value) =>
    `${attribute}="${value}" n’est pas une date valide\u202f; écrivez-la sous la forme AAAA-MM-JJ, p. ex. 2020-11-20.`,
  noticeNotYet: (attribute, value, asOf) =>
    `${attribute}="${value}" est postérieur au ${asOf}, la date que décrit ce module.`,
  noticeOrder: (attribute, value, other, otherValue) => `${attribute}="${value}" précède ${other}="${otherValue}".`,
  noticeDidYouMean: (ids) => `Vouliez-vous dire ${ids.map((id) => `« ${id} »`).join(', ')} ?`,
  noticeUnexpected: 'ses données sont illisibles.',
  datasetUnusable:
    'Les données de cet article sont inutilisables\u202f; les modules ci-dessous restent donc vides\u202f:',
  moreErrors: (count) => plural('fr', count, { one: 'et {n} autre problème', other: 'et {n} autres problèmes' }),
};
