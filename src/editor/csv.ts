/** One row of a sheet, with the line of the text it starts on (a quoted cell may span lines). */
export interface SheetRow {
  line: number;
  cells: string[];
}

/**
 * Reads CSV or tab-separated text as RFC 4180 does: a cell in double quotes
 * may hold the delimiter, line breaks and doubled quotes (`""` for `"`).
 * Rows pasted from Google Sheets or Excel are tab-separated; a CSV file is
 * comma-separated. Without a delimiter, a tab in the first line means tabs.
 * Blank lines are skipped.
 */
export function parseSheet(text: string, delimiter?: ',' | '\t'): SheetRow[] {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.slice(0, source.search(/\r?\n|$/));
  const sep = delimiter ?? (firstLine.includes('\t') ? '\t' : ',');
  const rows: SheetRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let i = 0;
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== '') rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  while (i < source.length) {
    const char = source[i] as string;
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        cell += char;
      }
      i++;
    } else if (char === '"' && cell === '') {
      quoted = true;
      i++;
    } else if (char === sep) {
      cells.push(cell);
      cell = '';
      i++;
    } else if (char === '\r' || char === '\n') {
      endRow();
      i += char === '\r' && source[i + 1] === '\n' ? 2 : 1;
      line++;
      rowLine = line;
    } else {
      cell += char;
      i++;
    }
  }
  if (cell !== '' || cells.length > 0) endRow();
  return rows;
}

/** One cell written for a CSV file: quoted when it holds a comma, a quote or a line break. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
