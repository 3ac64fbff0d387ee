// Where each pane goes for a terminal size: pure geometry, so it is tested without a screen.
//
//   ┌ story ───────────────┐┌ sidebar ┐     the sidebar folds away below SIDEBAR_MIN_COLS;
//   │                      ││         │     the choices pane grows with its content, up to
//   └──────────────────────┘│         │     about 40% of the height;
//   ┌ choices ─────────────┐│         │     the last row is the key hint.
//   └──────────────────────┘└─────────┘
//   hint

import type { Rect } from './blessed.ts';

export const MIN_COLS = 40;
export const MIN_ROWS = 12;
export const SIDEBAR_MIN_COLS = 80;

export interface Layout {
  tooSmall: boolean;
  story: Rect;
  choices: Rect;
  sidebar: Rect | null;
  hint: Rect;
}

/** Inner size of a bordered rect. */
export const inner = (r: Rect) => ({ width: Math.max(0, r.width - 2), height: Math.max(0, r.height - 2) });

/**
 * @param choiceRows rows the choices pane would like inside its border (at the story width)
 * @param urgent the pane holds something that must be read whole (the error panel): it may
 *   take all but a few rows of the story pane
 */
export function layout(cols: number, rows: number, choiceRows: (width: number) => number, urgent = false): Layout {
  const tooSmall = cols < MIN_COLS || rows < MIN_ROWS;
  const sidebarWidth = cols >= SIDEBAR_MIN_COLS ? Math.min(34, Math.max(24, Math.floor(cols * 0.24))) : 0;
  const mainWidth = cols - sidebarWidth;
  const body = rows - 1; // the hint row
  const maxChoices = urgent ? body - 5 : Math.max(3, Math.floor(body * 0.4));
  const wanted = choiceRows(mainWidth - 2) + 2;
  const choicesHeight = Math.max(3, Math.min(maxChoices, wanted));
  const storyHeight = body - choicesHeight;
  return {
    tooSmall,
    story: { left: 0, top: 0, width: mainWidth, height: storyHeight },
    choices: { left: 0, top: storyHeight, width: mainWidth, height: choicesHeight },
    sidebar: sidebarWidth ? { left: mainWidth, top: 0, width: sidebarWidth, height: body } : null,
    hint: { left: 0, top: rows - 1, width: cols, height: 1 },
  };
}
