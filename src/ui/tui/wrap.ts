// Word wrapping by the measure blessed uses (text-width.ts), so a row that fits here is drawn
// as one row, whatever wide characters or emoji it holds.

import { blessedUnits, units } from './text-width.ts';
import type { Row, Span, StyleName } from './styled.ts';

/** A wrapped piece of a paragraph: the text and where it starts in the paragraph. */
export interface Piece {
  text: string;
  /** Offset in code units of the piece's first character in the paragraph. */
  offset: number;
}

/**
 * Breaks text into rows of at most `width` units, at spaces where it can, inside a word when
 * the word alone is wider than the row. `hang` indents every row after the first.
 */
export function wrapText(text: string, width: number, hang = 0): Piece[] {
  const pieces: Piece[] = [];
  const chars = Array.from(text);
  const offsets: number[] = [];
  let o = 0;
  for (const ch of chars) {
    offsets.push(o);
    o += ch.length;
  }
  let start = 0;
  while (start < chars.length) {
    const room = Math.max(1, width - (pieces.length ? hang : 0));
    let used = 0;
    let end = start;
    let lastSpace = -1;
    while (end < chars.length) {
      const u = blessedUnits(chars[end]!);
      if (used + u > room) break;
      if (chars[end] === ' ') lastSpace = end;
      used += u;
      end++;
    }
    if (end === start) end = start + 1; // a character wider than the row: draw it anyway
    let next = end;
    if (end < chars.length && chars[end] !== ' ' && lastSpace > start) {
      end = lastSpace;
      next = lastSpace + 1;
    } else if (end < chars.length && chars[end] === ' ') {
      next = end + 1;
    }
    pieces.push({ text: chars.slice(start, end).join('').replace(/ +$/, ''), offset: offsets[start]! });
    start = next;
    // Spaces at the start of a continuation row are dropped.
    while (start < chars.length && chars[start] === ' ' && start !== 0) start++;
  }
  if (!pieces.length) pieces.push({ text: '', offset: 0 });
  return pieces;
}

/** Wraps a paragraph made of styled spans; every row but the first starts with `hang` spaces. */
export function wrapSpans(spans: Span[], width: number, hang = 0): Array<{ row: Row; offset: number }> {
  const text = spans.map((s) => s.text).join('');
  const styles: StyleName[] = [];
  for (const s of spans) for (let i = 0; i < s.text.length; i++) styles.push(s.style);
  return wrapText(text, width, hang).map((piece, n) => {
    const row: Row = n && hang ? [{ text: ' '.repeat(hang), style: styles[0] ?? 'text' }] : [];
    let i = 0;
    while (i < piece.text.length) {
      const style = styles[piece.offset + i] ?? 'text';
      let j = i + 1;
      while (j < piece.text.length && styles[piece.offset + j] === style) j++;
      row.push({ text: piece.text.slice(i, j), style });
      i = j;
    }
    return { row, offset: piece.offset };
  });
}

/** Cuts text to `width` units, ending with an ellipsis when something was cut. */
export function fit(text: string, width: number): string {
  if (width <= 0) return '';
  if (units(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    const u = blessedUnits(ch);
    if (used + u > width - 1) break;
    out += ch;
    used += u;
  }
  return `${out}…`;
}

/** Cuts a row of spans to `width` units, ending with an ellipsis when something was cut. */
export function fitSpans(spans: readonly Span[], width: number): Row {
  if (width <= 0) return [];
  if (spans.reduce((n, s) => n + units(s.text), 0) <= width) return spans.map((s) => ({ ...s }));
  const row: Row = [];
  let room = width - 1; // the ellipsis's cell
  for (const s of spans) {
    const u = units(s.text);
    if (u <= room) {
      row.push({ ...s });
      room -= u;
      continue;
    }
    let text = '';
    for (const ch of s.text) {
      const cu = blessedUnits(ch);
      if (cu > room) break;
      text += ch;
      room -= cu;
    }
    row.push({ text: `${text}…`, style: s.style });
    break;
  }
  return row;
}
