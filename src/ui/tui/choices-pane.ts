// What the pane under the story holds: the choices, the end, the error panel, or a note while
// the typewriter is still revealing the passage.

import type { SessionState } from '../../engine/state.ts';
import { choiceRows, choiceWindow } from './choices-view.ts';
import { errorRows } from './error-panel.ts';
import type { Row } from './styled.ts';
import { sanitize } from './text-width.ts';
import { fit, wrapText } from './wrap.ts';

export interface ChoicesPane {
  label: string;
  border: 'normal' | 'focus' | 'error';
  rows: Row[];
  /** For mouse clicks: the choice (0-based position) shown on each row. */
  choiceAtRow: number[];
}

export interface ChoicesInput {
  state: SessionState;
  canUndo: boolean;
  selected: number;
  revealing: boolean;
  focused: boolean;
  /** Positions of the choices taken from this point before (marked). */
  seen: ReadonlySet<number>;
  /** At the end: what the second row says the ways on are. */
  endHint: string;
  /** Why the player may not choose now: shown instead of the choices. */
  gate?: string | null;
  width: number;
  height: number;
}

/** Rows the pane would like, for the layout. */
export function choicesPaneRows(
  state: SessionState,
  canUndo: boolean,
  selected: number,
  width: number,
  seen: ReadonlySet<number>,
  endHint: string,
  gate: string | null = null,
): number {
  if (state.issue) return errorRows(state.issue, canUndo, width).length;
  if (gate && state.choices.length) return gateRows(gate, width).length;
  if (!state.choices.length) return endRows(state, endHint, width).length;
  return choiceRows(state.choices, selected, width, seen).rows.length;
}

export function choicesPane(input: ChoicesInput): ChoicesPane {
  const { state, width, height } = input;
  if (state.issue) {
    return { label: ' The story stopped ', border: 'error', rows: errorRows(state.issue, input.canUndo, width).slice(0, height), choiceAtRow: [] };
  }
  if (input.revealing) {
    return { label: ' … ', border: 'normal', rows: [[{ text: fit('(any key shows the rest)', width), style: 'dim' }]], choiceAtRow: [] };
  }
  if (input.gate && state.choices.length) {
    return { label: ' Waiting ', border: 'focus', rows: gateRows(input.gate, width).slice(0, height), choiceAtRow: [] };
  }
  if (!state.choices.length) {
    return { label: ' The end ', border: 'focus', rows: endRows(state, input.endHint, width).slice(0, height), choiceAtRow: [] };
  }
  const view = choiceRows(state.choices, input.selected, width, input.seen);
  const shown = choiceWindow(view, input.selected, height);
  const first = view.rows.indexOf(shown[0]!);
  const choiceAtRow = shown.map((_, i) => {
    let c = 0;
    while (c + 1 < view.starts.length && view.starts[c + 1]! <= first + i) c++;
    return c;
  });
  // When the choices outgrow the pane, the label says so (the arrows reach the rest).
  const hidden = view.rows.length > height;
  return {
    label: hidden ? ` Choices: ${state.choices.length}, ↑↓ for all ` : ' Choices ',
    border: input.focused ? 'focus' : 'normal',
    rows: shown,
    choiceAtRow,
  };
}

/** A live class held by the teacher: the choices wait behind this message. */
function gateRows(gate: string, width: number): Row[] {
  return wrapText(sanitize(gate), width).map((p): Row => [{ text: p.text, style: 'title' }]);
}

/** The end: the ending's title, then the ways on (wrapped: every key in it matters). */
function endRows(state: SessionState, hint: string, width: number): Row[] {
  const ending = state.ending ? `THE END: ${sanitize(state.ending.title || state.ending.id)}` : 'THE END';
  return [[{ text: fit(ending, width), style: 'title' }], ...wrapText(hint, width).map((p): Row => [{ text: p.text, style: 'dim' }])];
}
