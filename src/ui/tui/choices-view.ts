// The choices pane: `N. text` rows with a hanging indent, the selected one highlighted, scrolled
// so the selection stays in view when the choices outgrow the pane.

import type { ChoiceView } from '../../engine/state.ts';
import { GLYPH } from './glyphs.ts';
import { type Row, rowText, type Span } from './styled.ts';
import { sanitize } from './text-width.ts';
import { wrapSpans } from './wrap.ts';

const NONE: ReadonlySet<number> = new Set();

export interface ChoiceRows {
  rows: Row[];
  /** Row index where each choice starts. */
  starts: number[];
}

/**
 * @param seen positions of the choices taken from this point before: they end with a quiet
 *   mark (a glyph, so it survives NO_COLOR), kept on the row of the choice's last word.
 */
export function choiceRows(choices: readonly ChoiceView[], selected: number, width: number, seen: ReadonlySet<number> = NONE): ChoiceRows {
  const rows: Row[] = [];
  const starts: number[] = [];
  choices.forEach((c, i) => {
    starts.push(rows.length);
    const on = i === selected;
    // Only 1-9 have keys; the rest are reached with the arrows.
    const label = i < 9 ? `${i + 1}. ` : '   ';
    const spans: Span[] = [
      { text: label, style: 'key' },
      { text: sanitize(c.text), style: 'choice' },
    ];
    // A no-break space: the mark never wraps onto a row of its own.
    if (seen.has(i)) spans.push({ text: `\u00a0${GLYPH.seen}`, style: 'mark' });
    wrapSpans(spans, width - 1, label.length).forEach(({ row: wrapped }, n) => {
      const row = wrapped.map((s) => ({ ...s, text: s.text.replace(/\u00a0/g, ' ') }));
      if (on) rows.push([{ text: n === 0 ? '›' : ' ', style: 'key' }, { text: rowText(row), style: 'selected' }]);
      else rows.push([{ text: ' ', style: 'choice' }, ...row]);
    });
  });
  return { rows, starts };
}

/** The rows to show in a pane `height` high, keeping the selected choice in view. */
export function choiceWindow(view: ChoiceRows, selected: number, height: number): Row[] {
  if (view.rows.length <= height) return view.rows;
  const start = view.starts[selected] ?? 0;
  const end = view.starts[selected + 1] ?? view.rows.length;
  let top = Math.max(0, Math.min(start, view.rows.length - height));
  if (end - top > height) top = start;
  else if (end > top + height) top = end - height;
  return view.rows.slice(top, top + height);
}
