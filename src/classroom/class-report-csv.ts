// The class report for grading, as CSV: one row per student, and one row per student per key
// decision. Written for spreadsheets as teachers open them: UTF-8 with a byte-order mark (Excel
// reads it as UTF-8 only with one; LibreOffice Calc is fine either way), CRLF line ends, every
// field quoted, and a field a spreadsheet would run as a formula (=, +, -, @, tab, CR first)
// opened with an apostrophe, so a student named "=HYPERLINK(...)" stays a name.

import { localTime } from '../local-time.ts';
import { type ClassData, factsMetBy } from './class-data.ts';
import { crossingSetter, minutesTaken, namer, sceneOf, studentOrder } from './class-report-html.ts';

type Cell = string | number | null;

export function csvCell(value: Cell): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

function csv(rows: Cell[][]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function studentsCsv(data: ClassData, anonymous: boolean): string {
  const name = namer(data, anonymous);
  const rows: Cell[][] = [['Student', 'Role', 'Finished', 'Ending', 'Objective met', 'Started', 'Last played', 'Minutes', 'Choices', 'Facts met', 'Disputed met', 'Unconfirmed met', 'Unknown met', 'Invented lines', 'Scene reached']];
  for (const e of studentOrder(data)) {
    rows.push([
      name(e),
      e.roleName,
      e.ended ? 'yes' : 'no',
      e.ending?.title ?? '',
      !e.ended || e.objectiveMet === null ? '' : e.objectiveMet ? 'yes' : 'no',
      e.startedAt ? localTime(e.startedAt) : '',
      e.updatedAt ? localTime(e.updatedAt) : '',
      minutesTaken(e),
      e.turns,
      factsMetBy(e),
      e.uncertain.disputed,
      e.uncertain.unconfirmed,
      e.uncertain.unknown,
      e.fictionLines,
      sceneOf(e),
    ]);
  }
  return csv(rows);
}

/** One row per crossing a student's story showed, table by table (empty of rows outside a live class). */
export function crossingsCsv(data: ClassData, anonymous: boolean): string {
  const name = namer(data, anonymous);
  const rows: Cell[][] = [['Table', 'Crossing', 'Summary', 'From', 'From role', 'To', 'To role', 'Turn']];
  for (const t of data.tables) {
    for (const row of t.crossings) {
      rows.push([t.number, row.crossing.id, row.crossing.summary, crossingSetter(row, name, anonymous), row.from?.roleName ?? '', name(row.to), row.to.roleName, row.crossing.turn]);
    }
  }
  return csv(rows);
}

export function decisionsCsv(data: ClassData, anonymous: boolean): string {
  const name = namer(data, anonymous);
  const rows: Cell[][] = [['Student', 'Role', 'Decision', 'Summary', 'Choice', 'Ending', 'Objective met']];
  for (const r of data.roles) {
    for (const k of r.keys) {
      for (const o of k.options) {
        for (const e of o.who) {
          rows.push([name(e), r.name, k.id, k.summary, o.text, e.ending?.title ?? (e.ended ? '' : 'not finished'), !e.ended || e.objectiveMet === null ? '' : e.objectiveMet ? 'yes' : 'no']);
        }
      }
    }
  }
  const order = new Map(studentOrder(data).map((e, i) => [name(e), i]));
  const [head, ...body] = rows;
  body.sort((a, b) => (order.get(String(a[0])) ?? 0) - (order.get(String(b[0])) ?? 0));
  return csv([head!, ...body]);
}
