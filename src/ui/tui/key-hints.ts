// The hint line's candidates on the main screen, most useful first (hint.ts keeps what fits),
// each from the key map; the windows in the key map's order.

import type { SessionState } from '../../engine/state.ts';
import type { Hint } from './hint.ts';
import { ACTION_LIST, hint, keyName } from './keymap.ts';
import { OVERLAYS } from './overlays/registry.ts';

const windows = ACTION_LIST.filter((a) => a.id in OVERLAYS && a.id !== 'help' && a.id !== 'problems').map((a) => hint(a.id));

export function mainHints(state: SessionState, moreBelow: boolean, overlayOpen: boolean, hasProblems: boolean): Hint[] {
  const hints: Hint[] = [];
  if (moreBelow) hints.push([keyName('pagedown'), '↓ more']);
  if (overlayOpen) hints.push(hint('close'));
  else if (state.issue) hints.push(hint('undo'), hint('load'));
  else if (state.choices.length) hints.push(hint('choose'), hint('select'));
  if (hasProblems) hints.push(hint('problems'));
  if (!moreBelow) hints.push(hint('page'));
  hints.push(...windows, hint('command'), hint('help'), hint('quit'));
  return hints.filter((h, i) => hints.findIndex((o) => o[0] === h[0]) === i);
}
