// The windows a key opens, by the key map's action (keymap.ts holds the key, the help text and
// the hint). Adding a view is one file, one action in the key map and one line here; help and
// the hint line pick it up from there.

import type { ActionId } from '../keymap.ts';
import { briefing } from './briefing.ts';
import { debrief } from './debrief.ts';
import { endings } from './endings.ts';
import { glossary } from './glossary.ts';
import { help } from './help.ts';
import { historyMenu } from './history.ts';
import { notebook } from './notebook.ts';
import { options } from './options.ts';
import type { Overlay, OverlayContext } from './overlay.ts';
import { branchMap } from './map.ts';
import { problems } from './problems.ts';
import { loadMenu, saveMenu } from './saves.ts';

export const OVERLAYS: Partial<Record<ActionId, (ctx: OverlayContext) => Overlay>> = {
  save: saveMenu,
  load: loadMenu,
  history: historyMenu,
  notebook,
  map: branchMap,
  endings,
  briefing,
  debrief,
  glossary,
  problems,
  options,
  help,
};
