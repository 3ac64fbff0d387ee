// The overlays a key opens. Adding a view is one file and one line here; help and the key hint
// pick it up from this list (the hint line shows as many as fit, in this order).

import { briefing } from './briefing.ts';
import { debrief } from './debrief.ts';
import { endings } from './endings.ts';
import { help } from './help.ts';
import { historyMenu } from './history.ts';
import { notebook } from './notebook.ts';
import { options } from './options.ts';
import type { Overlay, OverlayContext } from './overlay.ts';
import { branchMap } from './map.ts';
import { loadMenu, saveMenu } from './saves.ts';

export interface OverlayEntry {
  key: string;
  /** Shown in the key hint (short) and in help (long). */
  hint: string;
  what: string;
  open: (ctx: OverlayContext) => Overlay;
}

export const OVERLAYS: readonly OverlayEntry[] = [
  { key: 's', hint: 'save', what: 'save: choose a slot or a new name', open: saveMenu },
  { key: 'l', hint: 'load', what: 'load a save (the autosave is the first)', open: loadMenu },
  { key: 'h', hint: 'history', what: 'every turn so far: choose one to go back there', open: historyMenu },
  { key: 'n', hint: 'notes', what: 'notebook: the clues found on this path', open: notebook },
  { key: 'm', hint: 'map', what: 'branch map: every path taken, in every playthrough; choose a point to go there', open: branchMap },
  { key: 'e', hint: 'endings', what: 'the endings reached, out of all the story has', open: endings },
  { key: 'b', hint: 'briefing', what: "your role's briefing and private objective", open: briefing },
  { key: 'd', hint: 'debrief', what: 'debrief: what in this playthrough is history, disputed or invented', open: debrief },
  { key: 'o', hint: 'options', what: 'options: theme, typewriter (remembered)', open: options },
  { key: '?', hint: 'help', what: 'this help', open: help },
];
