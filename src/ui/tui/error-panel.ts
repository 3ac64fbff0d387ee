// What the choices pane shows when the story stopped on an ink runtime error or the watchdog:
// what happened, where in the story, and the ways on. Never a stack trace.

import type { RuntimeIssue } from '../../engine/state.ts';
import type { Row } from './styled.ts';
import { sanitize } from './text-width.ts';
import { wrapText } from './wrap.ts';

export function errorRows(issue: RuntimeIssue, canUndo: boolean, width: number): Row[] {
  const rows: Row[] = [];
  const add = (text: string, style: Row[number]['style'], hang = 0) => {
    for (const p of wrapText(text, width, hang)) rows.push([{ text: p.text, style }]);
  };
  add(
    issue.kind === 'watchdog'
      ? 'The story ran on without reaching a choice, so it was stopped.'
      : 'The story hit an error in its ink, so that choice was not taken.',
    'error',
  );
  for (const line of issue.message.split('\n').slice(0, 4)) add(sanitize(line), 'text', 2);
  const where = [issue.inkPath, issue.source && `(${issue.source})`].filter(Boolean).join(' ');
  if (where) add(`Where: ${sanitize(where)}`, 'dim', 7);
  rows.push([]);
  const way = (key: string, what: string) => rows.push([{ text: ` ${key} `, style: 'key' }, { text: what, style: 'text' }]);
  if (canUndo) way('u', 'undo: back to before that choice');
  way('l', 'load a save');
  way('q', 'quit (your last good moment is saved)');
  return rows;
}
