// Reading the visible screen in tests: rows, cells, and where the boxes' borders are.

import type { Headless } from './harness.ts';

/** The characters of one row, one entry per cell (a wide character and its empty second cell). */
export function cellsOf(h: Headless, y: number): string[] {
  const line = h.term.buffer.active.getLine(y);
  const out: string[] = [];
  if (!line) return out;
  for (let x = 0; x < h.term.cols; x++) out.push(line.getCell(x)?.getChars() ?? '');
  return out;
}

/** The row holding `text`, or -1. */
export function rowOf(h: Headless, text: string): number {
  return h.rows().findIndex((r) => r.includes(text));
}

/** Whether `text` is on screen. */
export function shows(h: Headless, text: string): boolean {
  return h.text().includes(text);
}
