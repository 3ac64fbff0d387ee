// What the screen shows for a session state, the UI state and a terminal size: where each pane
// goes and the rows, label and border it holds. No terminal is involved (the app shell paints
// and places what this returns), so every screen can be checked in a unit test. The only state
// it touches is the widgets' own view of the size they are drawn at (the story's wrapping, a
// window's scroll position keeping its selection in view).

import type { Controller } from '../../commands/controller.ts';
import type { SessionState } from '../../engine/state.ts';
import type { Rect } from './blessed.ts';
import { choicesPane, choicesPaneRows } from './choices-pane.ts';
import { hintRow } from './hint.ts';
import { mainHints } from './key-hints.ts';
import { keyName } from './keymap.ts';
import { inner, layout, type Layout } from './layout.ts';
import { overlayFrame } from './overlays/frame.ts';
import { sidebarRows } from './sidebar-view.ts';
import type { StoryGeometry } from './story-pane.ts';
import type { Row } from './styled.ts';
import { sanitize, units } from './text-width.ts';
import type { Theme } from './theme.ts';
import { tooSmallRows } from './too-small.ts';
import type { UiState } from './ui-state.ts';
import { fit } from './wrap.ts';

/** The longest story line, in cells: beyond about 100 the eye loses its way back. */
const MEASURE = 100;

/** What the session shows, as the frame needs it. */
export interface SessionView {
  state: SessionState;
  canUndo: boolean;
  /** The choices taken from this point before, in any playthrough (the branch map knows). */
  seen: ReadonlySet<number>;
  /** A classroom session (its end pane names the debrief). */
  classroom: boolean;
  /** Why the player may not choose now (a live class held by the teacher), shown instead of the choices. */
  gate: string | null;
}

export function sessionViewOf(controller: Controller, classroom: boolean): SessionView {
  const { session } = controller;
  return { state: session.state, canUndo: session.canUndo, seen: controller.seenChoices(), classroom, gate: controller.gate() };
}

export interface PaneFrame {
  rect: Rect;
  label: string;
  border: { color: keyof Theme['border']; bold: boolean };
  rows: Row[];
}

export type Frame =
  | { kind: 'too-small'; rows: Row[] }
  | {
      kind: 'panes';
      story: PaneFrame;
      choices: PaneFrame;
      sidebar: PaneFrame | null;
      hint: { rect: Rect; row: Row };
      overlay: PaneFrame | null;
      /** For mouse clicks: the screen row of the choices pane's first inner row, and the choice on each. */
      clicks: { top: number; choiceAtRow: number[] };
    };

const endHint = (classroom: boolean) =>
  `h goes back to any turn to take another path, m the branch map, e the endings${classroom ? ', d the debrief' : ''}, l loads, q quits.`;

/** Where the panes go: the choices pane as tall as its content wants, within bounds. */
export function paneLayout(s: SessionView, ui: UiState, cols: number, rows: number): Layout {
  const wanted = (width: number) => choicesPaneRows(s.state, s.canUndo, ui.selected, width, s.seen, endHint(s.classroom), s.gate);
  return layout(cols, rows, wanted, s.state.issue !== null);
}

/** The story pane's text area at this size: a margin each side, lines no longer than MEASURE. */
export function storyGeometry(l: Layout, rows: number): StoryGeometry {
  const { width, height } = inner(l.story);
  return { width: Math.min(MEASURE, width - 2), height, spaced: rows >= 20 };
}

export function frame(s: SessionView, ui: UiState, cols: number, rows: number): Frame {
  const l = paneLayout(s, ui, cols, rows);
  if (l.tooSmall) return { kind: 'too-small', rows: tooSmallRows(cols, rows) };
  const { state } = s;

  ui.story.fit(storyGeometry(l, rows));
  const view = ui.story.view;
  const storyFocus = ui.focus === 'story';
  const where = [l.sidebar ? '' : state.title, state.status.date, state.status.location].filter(Boolean).map((x) => sanitize(x!));
  const story: PaneFrame = {
    rect: l.story,
    label: where.length ? ` ${fit(where.join(' · '), inner(l.story).width - 4)} ` : '',
    border: { color: storyFocus ? 'focus' : 'normal', bold: storyFocus },
    rows: view.visible().map((row): Row => (row.length ? [{ text: ' ', style: 'text' }, ...row] : row)),
  };

  const pane = choicesPane({
    state,
    canUndo: s.canUndo,
    selected: ui.selected,
    revealing: ui.typewriter.running,
    focused: ui.focus === 'choices',
    seen: s.seen,
    endHint: endHint(s.classroom),
    gate: s.gate,
    ...inner(l.choices),
  });
  const choices: PaneFrame = { rect: l.choices, label: pane.label, border: { color: pane.border, bold: pane.border !== 'normal' }, rows: pane.rows };

  let sidebar: PaneFrame | null = null;
  if (l.sidebar) {
    const si = inner(l.sidebar);
    sidebar = { rect: l.sidebar, label: '', border: { color: 'normal', bold: false }, rows: sidebarRows(state, si.width).slice(0, si.height) };
  }

  let overlay: PaneFrame | null = null;
  if (ui.overlay) {
    const o = overlayFrame(ui.overlay, cols, rows);
    overlay = { rect: o.rect, label: o.label, border: { color: 'overlay', bold: true }, rows: o.rows };
  }

  return {
    kind: 'panes',
    story,
    choices,
    sidebar,
    hint: { rect: l.hint, row: hintLine(s, ui, view.moreBelow, cols) },
    overlay,
    clicks: { top: l.choices.top + 1, choiceAtRow: pane.choiceAtRow },
  };
}

function hintLine(s: SessionView, ui: UiState, moreBelow: boolean, cols: number): Row {
  if (ui.command) return ui.command.row(':', cols - 1);
  const flash = ui.flash;
  if (flash) {
    const text = sanitize(flash.text);
    // Cut to fit, the key that shows the whole of it said at the end: the short line is never
    // the only copy of a message.
    const more = flash.more ? `  ${keyName(flash.more)} shows it all` : '';
    if (units(text) <= cols - 2) return [{ text: ` ${text}`, style: flash.style }];
    return [
      { text: ` ${fit(text, cols - 2 - units(more))}`, style: flash.style },
      { text: more, style: 'dim' },
    ];
  }
  return hintRow(mainHints(s.state, moreBelow, ui.overlay !== null, ui.problems.entries.length > 0), cols - 1);
}
