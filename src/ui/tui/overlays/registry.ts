// The overlays a key opens. Adding a view (branch map `m`, endings `e`, briefing) is one file
// and one line here; help and the key hint pick it up from this list.

import { help } from './help.ts';
import { historyMenu } from './history.ts';
import { notebook } from './notebook.ts';
import { options } from './options.ts';
import type { Overlay, OverlayContext } from './overlay.ts';
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
  { key: 'o', hint: 'options', what: 'options: theme, typewriter (remembered)', open: options },
  { key: '?', hint: 'help', what: 'this help', open: help },
];
