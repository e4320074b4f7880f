/**
 * Rows from a spreadsheet, one sheet per kind of entry: pasted from Google
 * Sheets or Excel (tab-separated) or read from a CSV file. The first row names
 * the columns (any order; the README lists them); lists in a cell are
 * separated by `;`. Other entries are named as a person would write them: a
 * person or organization by its English name or id, a source by its address
 * or id. Either every row is added, or none: the problems name their line and
 * column.
 */
import { parsePartialDate } from '../data/partial-date.js';
import { SOURCE_KINDS, type Story } from '../data/types.js';
import { csvCell, parseSheet } from './csv.js';
import { idFromName, uniqueId } from './ids.js';
import type { ImportProblem } from './open-story.js';
import { idsOf } from './story-edit.js';

export const SHEET_KINDS = ['people', 'events', 'quotes', 'sources'] as const;
export type SheetKind = (typeof SHEET_KINDS)[number];

const localized = (name: string) => [`${name}_en`, `${name}_fr`, `${name}_zh-Hans`];

/** Each sheet's columns; the first ones listed in `required` must be there. */
export const SHEET_COLUMNS: Record<SheetKind, { columns: string[]; required: string[] }> = {
  people: {
    columns: [
      ...localized('name'),
      'native_name',
      'native_lang',
      'romanized',
      ...localized('nationality'),
      ...localized('bio'),
      ...localized('role'),
      'role_from',
      'role_to',
      'sources',
    ],
    required: ['name_en'],
  },
  events: {
    columns: ['date', ...localized('title'), 'people', 'in_report', 'key_event', 'sources'],
    required: ['date', 'title_en'],
  },
  quotes: {
    columns: [
      'speaker',
      'date',
      ...localized('text'),
      ...localized('setting'),
      'original_text',
      'original_lang',
      'sources',
    ],
    required: ['speaker', 'date', 'text_en'],
  },
  sources: {
    columns: ['publisher', 'kind', ...localized('title'), 'title_is_description', 'url', 'published', 'lang'],
    required: ['publisher', 'title_en', 'url'],
  },
};

/** The blank template of a sheet, as a CSV file's text: its header row. */
export function sheetTemplate(kind: SheetKind): string {
  return `${SHEET_COLUMNS[kind].columns.map(csvCell).join(',')}\r\n`;
}

type Row = (column: string) => string;
type Entry = Record<string, unknown>;

class RowProblem extends Error {
  constructor(
    readonly column: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The story with the sheet's rows added to the collection of `kind`, or the
 * problems that stop it (and then nothing is added).
 */
export function importSheet(
  story: Story,
  kind: SheetKind,
  text: string,
): { story: Story; added: number } | { problems: ImportProblem[] } {
  const rows = parseSheet(text);
  const [header, ...body] = rows;
  if (!header) return { problems: [{ where: 'line 1', message: 'no rows; the first row names the columns' }] };
  const { columns, required } = SHEET_COLUMNS[kind];
  const names = header.cells.map((cell) => cell.trim());
  const problems: ImportProblem[] = [];
  names.forEach((name, i) => {
    if (name === '' && body.every((row) => (row.cells[i] ?? '').trim() === '')) return;
    if (!columns.includes(name))
      problems.push({
        where: `line ${header.line}, column ${i + 1}`,
        message: `unknown column "${name}"; the ${kind} sheet's columns are ${columns.join(', ')}`,
      });
  });
  for (const name of required)
    if (!names.includes(name)) problems.push({ where: `line ${header.line}`, message: `missing column "${name}"` });
  if (problems.length > 0) return { problems };
  if (body.length === 0) return { problems: [{ where: `line ${header.line}`, message: 'no rows under the header' }] };

  const find = new Finder(story);
  const taken = idsOf(story, kind);
  const entries: Entry[] = [];
  const keyDates: string[] = [];
  for (const row of body) {
    const cell: Row = (column) => (row.cells[names.indexOf(column)] ?? '').trim();
    try {
      for (const name of required) if (cell(name) === '') throw new RowProblem(name, 'required');
      const entry = build[kind](cell, find);
      const id = uniqueId(idFrom(kind, entry) || kind.replace(/s$/, ''), taken);
      taken.add(id);
      entries.push({ id, ...entry });
      if (kind === 'events' && yes(cell('key_event'), 'key_event')) keyDates.push(id);
    } catch (error) {
      if (!(error instanceof RowProblem)) throw error;
      problems.push({ where: `line ${row.line}, column ${error.column}`, message: error.message });
    }
  }
  if (problems.length > 0) return { problems };
  let next = { ...story, [kind]: [...story[kind], ...entries] } as Story;
  const [first, ...others] = next.cases;
  if (keyDates.length > 0 && first)
    next = { ...next, cases: [{ ...first, keyDates: [...first.keyDates, ...keyDates] }, ...others] };
  return { story: next, added: entries.length };
}

function idFrom(kind: SheetKind, entry: Entry): string {
  const en = (key: string) => (entry[key] as { en: string }).en;
  if (kind === 'people') return idFromName(en('name'));
  if (kind === 'events') return idFromName(en('title'));
  if (kind === 'sources')
    return idFromName(`${String(entry.publisher)} ${en('title')}`.split(/\s+/).slice(0, 6).join(' '));
  const speaker = entry.speaker as { person?: string; organization?: string };
  return idFromName(`${speaker.person ?? speaker.organization ?? ''} ${String(entry.date)}`);
}

function text(cell: Row, name: string): Entry | undefined {
  const [en, fr, zh] = localized(name).map(cell);
  if (!en) return undefined;
  return { en, ...(fr ? { fr } : {}), ...(zh ? { 'zh-Hans': zh } : {}) };
}

function date(cell: Row, column: string): string | undefined {
  const value = cell(column);
  if (value === '') return undefined;
  if (!parsePartialDate(value))
    throw new RowProblem(column, `"${value}" is not a date that exists; write YYYY, YYYY-MM or YYYY-MM-DD`);
  return value;
}

function yes(value: string, column: string): boolean {
  if (/^(yes|y|true|1|x|oui)$/i.test(value)) return true;
  if (/^(no|n|false|0|non)?$/i.test(value)) return false;
  throw new RowProblem(column, `"${value}" is neither yes nor no`);
}

const list = (value: string) =>
  value
    .split(/[;\n]/)
    .map((item) => item.trim())
    .filter(Boolean);

/** Finds the entries a row names, by id or as a person would name them. */
class Finder {
  constructor(private readonly story: Story) {}

  private pick<T extends { id: string }>(
    entries: readonly T[],
    value: string,
    column: string,
    what: string,
    also: (entry: T) => string[],
  ): string {
    const wanted = value.toLowerCase();
    const found = entries.find(
      (entry) => entry.id === value || also(entry).some((name) => name.toLowerCase() === wanted),
    );
    if (!found) throw new RowProblem(column, `no ${what} "${value}" in the story; add it first`);
    return found.id;
  }

  people(value: string, column: string): string[] {
    return list(value).map((name) =>
      this.pick(this.story.people, name, column, 'person', (p) => [p.name.en, ...p.aliases]),
    );
  }

  sources(value: string, column: string): string[] {
    return list(value).map((name) => this.pick(this.story.sources, name, column, 'source', (s) => [s.url]));
  }

  speaker(value: string, column: string): { person: string } | { organization: string } {
    const wanted = value.toLowerCase();
    const person = this.story.people.find((p) => p.id === value || p.name.en.toLowerCase() === wanted);
    if (person) return { person: person.id };
    return {
      organization: this.pick(this.story.organizations, value, column, 'person or organization', (o) => [o.name.en]),
    };
  }
}

const build: Record<SheetKind, (cell: Row, find: Finder) => Entry> = {
  people(cell, find) {
    const nativeName = cell('native_name');
    const role = text(cell, 'role');
    if ((cell('role_from') || cell('role_to')) && !role) throw new RowProblem('role_en', 'a role needs its title');
    if (nativeName && !cell('native_lang')) throw new RowProblem('native_lang', 'the language of the native name');
    return {
      aliases: [],
      name: text(cell, 'name'),
      ...(nativeName
        ? {
            nativeName: {
              text: nativeName,
              lang: cell('native_lang'),
              ...(cell('romanized') ? { romanized: cell('romanized') } : {}),
            },
          }
        : {}),
      roles: role
        ? [
            {
              title: role,
              ...(date(cell, 'role_from') ? { from: cell('role_from') } : {}),
              ...(date(cell, 'role_to') ? { to: cell('role_to') } : {}),
            },
          ]
        : [],
      nationality: text(cell, 'nationality') ?? { en: '' },
      bio: text(cell, 'bio') ?? { en: '' },
      sources: find.sources(cell('sources'), 'sources'),
    };
  },
  events(cell, find) {
    return {
      date: date(cell, 'date'),
      title: text(cell, 'title'),
      people: find.people(cell('people'), 'people'),
      inArticle: yes(cell('in_report'), 'in_report'),
      sources: find.sources(cell('sources'), 'sources'),
    };
  },
  quotes(cell, find) {
    const original = cell('original_text');
    if (original && !cell('original_lang')) throw new RowProblem('original_lang', 'the language of the original');
    return {
      speaker: find.speaker(cell('speaker'), 'speaker'),
      date: date(cell, 'date'),
      setting: text(cell, 'setting') ?? { en: '' },
      text: text(cell, 'text'),
      ...(original ? { original: { text: original, lang: cell('original_lang') } } : {}),
      sources: find.sources(cell('sources'), 'sources'),
    };
  },
  sources(cell) {
    const kind = cell('kind');
    if (kind && !(SOURCE_KINDS as readonly string[]).includes(kind))
      throw new RowProblem('kind', `"${kind}" is not a kind; use ${SOURCE_KINDS.join(', ')}`);
    return {
      publisher: cell('publisher'),
      ...(kind ? { kind } : {}),
      title: text(cell, 'title'),
      ...(yes(cell('title_is_description'), 'title_is_description') ? { titleIsDescription: true } : {}),
      url: cell('url'),
      ...(date(cell, 'published') ? { published: cell('published') } : {}),
      lang: cell('lang') || 'en',
    };
  },
};
