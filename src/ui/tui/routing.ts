// Where a key goes. The key map (keymap.ts) says what a key is in each scope; this decides which
// scope hears it first: the terminal's keys always, then whatever has the focus (the line being
// typed, the open window), and only what the focused part passes on reaches the window's and the
// main screen's keys. So Esc while typing a save name is the name's (back to the list), and q
// while typing is a letter.

import type { KeyPress } from './blessed.ts';
import { actionOf } from './keymap.ts';
import { EXIT } from './lifecycle.ts';
import { LineEditor } from './line-editor.ts';
import { OVERLAYS } from './overlays/registry.ts';
import type { Update } from './update.ts';

export function routeKey(u: Update, key: KeyPress): void {
  // blessed names Enter twice ('return', then 'enter'), and Ctrl-J is 'linefeed': one of each.
  if (key.full === 'return' || key.full === 'linefeed') return;
  const terminal = actionOf('terminal', key);
  if (terminal?.id === 'interrupt') return u.quit(EXIT.SIGINT);
  if (terminal?.id === 'suspend' || terminal?.id === 'redraw') {
    u.terminal = terminal.id;
    return;
  }
  if (u.tooSmall) {
    if (actionOf('screen', key)?.id === 'quit') u.leave();
    return;
  }
  // Any key completes the typewriter, and does nothing else.
  if (u.ui.typewriter.running) return u.finishReveal();
  u.ui.flash = null;
  if (u.ui.command) commandKey(u, u.ui.command, key);
  else if (u.ui.overlay) windowKey(u, key);
  else mainKey(u, key);
}

/** A click on the choices pane, on the choice at that row (0-based), if any. */
export function routeClick(u: Update, choice: number | undefined): void {
  if (u.ui.overlay || u.ui.command || u.ui.typewriter.running || choice === undefined) return;
  u.pick(choice + 1);
}

function commandKey(u: Update, editor: LineEditor, key: KeyPress): void {
  const result = editor.key(key);
  if (result === 'cancel') u.ui.command = null;
  else if (result === 'submit') u.submitCommand(editor.text.trim());
}

function windowKey(u: Update, key: KeyPress): void {
  const overlay = u.ui.overlay!;
  const result = overlay.key(key);
  if (result === 'close') return u.close();
  if (result === 'done') return;
  if (actionOf('window', key)?.id === 'close') return u.close();
  if (!overlay.typing) screenKey(u, key);
}

/** The keys of the main screen and of every window: quit, and the windows (one switches to another). */
function screenKey(u: Update, key: KeyPress): void {
  const action = actionOf('screen', key);
  if (action?.id === 'quit') return u.leave();
  const open = action && OVERLAYS[action.id];
  if (open) u.open(open(u.context()));
}

function mainKey(u: Update, key: KeyPress): void {
  const { ui } = u;
  const view = ui.story.view;
  const choices = u.session.state.choices.length;
  const scrollStory = ui.focus === 'story' || !choices;
  const action = actionOf('main', key);
  switch (action?.id) {
    case 'choose':
      return u.pick(action.arg);
    case 'select':
      if (scrollStory) view.scroll(action.arg);
      else ui.selected = Math.max(0, Math.min(choices - 1, ui.selected + action.arg));
      return;
    case 'take':
      if (!scrollStory) u.pick(ui.selected + 1);
      return;
    case 'line':
    case 'wheel':
      return view.scroll(action.arg);
    case 'page':
      return view.page(action.arg < 0 ? -1 : 1);
    case 'ends':
      return action.arg < 0 ? view.home() : view.toBottom();
    case 'focus':
      ui.focus = ui.focus === 'story' ? 'choices' : 'story';
      return;
    case 'undo':
      return u.run(':undo');
    case 'redo':
      return u.run(':redo', true);
    case 'command':
      ui.command = new LineEditor(ui.commandHistory);
      return;
    default:
      return screenKey(u, key);
  }
}
