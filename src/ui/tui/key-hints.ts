// The keys of the main screen, for the help page and the hint line. Overlay keys come from the
// overlay registry, so a new view shows up in both by itself.

import type { SessionState } from '../../engine/state.ts';
import type { Hint } from './hint.ts';
import { OVERLAYS } from './overlays/registry.ts';

export function allKeys(): Hint[] {
  return [
    ['1-9', 'take that choice'],
    ['↑ ↓ Enter', 'move through the choices and take one'],
    ['PgUp PgDn', 'scroll the story (also Shift-↑ ↓, Space)'],
    ['Home End', 'top and bottom of the story'],
    ['Tab', 'arrows scroll the story instead of the choices, and back'],
    ['u  r', 'undo the last choice, redo it'],
    ...OVERLAYS.map((o): Hint => [o.key, o.what]),
    [':', 'command line: every plain-mode command (:help)'],
    ['Esc', 'close a window'],
    ['Ctrl-L', 'redraw the screen'],
    ['Ctrl-Z', 'suspend (fg to come back)'],
    ['q  Ctrl-C', 'save and quit'],
  ];
}

/** The hint line's candidates, most useful first (hint.ts keeps what fits). */
export function mainHints(state: SessionState, moreBelow: boolean, overlayOpen: boolean): Hint[] {
  const hints: Hint[] = [];
  if (moreBelow) hints.push(['PgDn', '↓ more']);
  if (overlayOpen) hints.push(['Esc', 'close']);
  else if (state.issue) hints.push(['u', 'undo'], ['l', 'load']);
  else if (state.choices.length) hints.push(['1-9', 'choose'], ['↑↓⏎', 'select']);
  if (!moreBelow) hints.push(['PgUp', 'scroll']);
  for (const o of OVERLAYS) if (o.key !== '?') hints.push([o.key, o.hint]);
  hints.push([':', 'command'], ['?', 'help'], ['q', 'quit']);
  return hints.filter((h, i) => hints.findIndex((o) => o[0] === h[0]) === i);
}
