// What the choices pane shows when the story stopped on an ink runtime error or the watchdog:
// what happened, where in the story, and the ways on. Never a stack trace.

import type { RuntimeIssue } from '../../engine/state.ts';
import type { Row } from './styled.ts';
import { sanitize } from './text-width.ts';
import { wrapText } from './wrap.ts';

export function errorRows(issue: RuntimeIssue, canUndo: boolean, width: number): Row[] {
  const rows: Row[] = [];
  const add = (text: string, style: Row[number]['style'], hang = 0) => {
    wrapText(text, width, hang).forEach((p, i) => rows.push([{ text: (i ? ' '.repeat(hang) : '') + p.text, style }]));
  };
  const head = issue.kind === 'watchdog' ? 'Stopped: ' : 'Ink runtime error: ';
  const [first = '', ...more] = issue.message.split('\n');
  for (const p of wrapText(head + sanitize(first), width, 2)) {
    rows.push(rows.length ? [{ text: `  ${p.text}`, style: 'text' }] : [{ text: head.trim(), style: 'error' }, { text: p.text.slice(head.trim().length), style: 'text' }]);
  }
  for (const line of more.slice(0, 3)) add(sanitize(line), 'text', 2);
  add(canUndo ? 'That choice was not taken.' : 'The story stopped before its first choice.', 'dim');
  const where = [issue.inkPath, issue.source && `(${issue.source})`].filter(Boolean).join(' ');
  if (where) add(`Where: ${sanitize(where)}`, 'dim', 7);
  rows.push([]);
  const way = (key: string, what: string) => rows.push([{ text: ` ${key} `, style: 'key' }, { text: what, style: 'text' }]);
  if (canUndo) way('u', 'undo: back to before that choice');
  way('l', 'load a save');
  way('q', 'quit (your last good moment is saved)');
  // The panel shows the first lines; the whole message is kept in the warnings window.
  way('w', 'the whole message');
  return rows;
}
