// The choices pane: `N. text` rows with a hanging indent, the selected one highlighted, scrolled
// so the selection stays in view when the choices outgrow the pane.

import type { ChoiceView } from '../../engine/state.ts';
import type { Row } from './styled.ts';
import { sanitize } from './text-width.ts';
import { wrapSpans } from './wrap.ts';

export interface ChoiceRows {
  rows: Row[];
  /** Row index where each choice starts. */
  starts: number[];
}

export function choiceRows(choices: readonly ChoiceView[], selected: number, width: number): ChoiceRows {
  const rows: Row[] = [];
  const starts: number[] = [];
  choices.forEach((c, i) => {
    starts.push(rows.length);
    const on = i === selected;
    // Only 1-9 have keys; the rest are reached with the arrows.
    const label = i < 9 ? `${i + 1}. ` : '   ';
    const wrapped = wrapSpans([{ text: label + sanitize(c.text), style: 'choice' }], width - 1, label.length);
    wrapped.forEach(({ row }, n) => {
      const text = row.map((s) => s.text).join('');
      if (on) rows.push([{ text: n === 0 ? '›' : ' ', style: 'key' }, { text, style: 'selected' }]);
      else if (n === 0) rows.push([{ text: ' ', style: 'choice' }, { text: label, style: 'key' }, { text: text.slice(label.length), style: 'choice' }]);
      else rows.push([{ text: ` ${text}`, style: 'choice' }]);
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
