// The notice for a terminal below the minimum size; the UI comes back when it grows.

import { MIN_COLS, MIN_ROWS } from './layout.ts';
import type { Row } from './styled.ts';
import { wrapText } from './wrap.ts';

export function tooSmallRows(cols: number, rows: number): Row[] {
  const lines = [
    'Make me bigger!',
    `caviar needs at least ${MIN_COLS}×${MIN_ROWS}; this terminal is ${cols}×${rows}.`,
    'q quits (your place is saved).',
  ];
  const out: Row[] = [];
  for (const line of lines) {
    for (const p of wrapText(line, Math.max(1, cols))) {
      const left = Math.max(0, Math.floor((cols - p.text.length) / 2));
      out.push([{ text: ' '.repeat(left) + p.text, style: out.length ? 'text' : 'notice' }]);
    }
  }
  const top = Math.max(0, Math.floor((rows - out.length) / 2));
  return [...Array.from({ length: top }, (): Row => []), ...out].slice(0, Math.max(1, rows));
}
