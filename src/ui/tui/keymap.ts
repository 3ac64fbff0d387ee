// Every key of the UI, declared once: which action it is, where it works, how help and the hint
// lines write it, and what it does in words. The app, the overlays, the branch map and the line
// editor ask this table which action a key is; help and every footer are generated from it.
//
// Where a key works (its scope), in the order a key press is offered to them:
//   terminal  always, before anything else (it is about the process or the terminal)
//   editor    the line being typed (the `:` line, a save name): it takes every key it knows
//   text, menu, map   the focused window, by its kind
//   window    any window (Esc closes it)
//   main      the main screen, when no window is open
//   screen    the main screen and every window, unless a line is being typed
//   dashboard the teacher's live dashboard (`caviar class start`), its own screen

import type { KeyPress } from './blessed.ts';
import type { Hint } from './hint.ts';

export type Scope = 'terminal' | 'editor' | 'text' | 'menu' | 'map' | 'window' | 'main' | 'screen' | 'dashboard';

/** blessed's full key name, or [name, argument] for an action that goes both ways (-1 / +1). */
type Binding = string | readonly [key: string, arg: number];

interface ActionSpec {
  readonly scope: Scope;
  readonly keys: readonly Binding[];
  /** What the action does, for help; an action joining another's row is told by that one's. */
  readonly help?: string;
  /** How help writes the keys, when not the keys' own names joined (as "1-9"). */
  readonly label?: string;
  /** Actions with the same row are one line in help: their keys side by side, the first's words. */
  readonly row?: string;
  /** The footer or hint line's form: a short key label and a word or two. */
  readonly hint?: Hint;
}

/** 1-9, each with its number: the choice it takes. */
const digits = Array.from({ length: 9 }, (_, i) => [String(i + 1), i + 1] as const);

const ACTIONS = {
  // ── the main screen ───────────────────────────────────────────────────────────────────
  choose: { scope: 'main', keys: digits, label: '1-9', help: 'take that choice', hint: ['1-9', 'choose'] },
  select: {
    scope: 'main',
    keys: [['up', -1], ['down', 1], ['k', -1], ['j', 1]],
    label: '↑ ↓',
    row: 'select',
    help: 'move through the choices and take one',
    hint: ['↑↓⏎', 'select'],
  },
  take: { scope: 'main', keys: ['enter'], label: 'Enter', row: 'select' },
  page: {
    scope: 'main',
    keys: [['pageup', -1], ['pagedown', 1], ['space', 1]],
    label: 'PgUp PgDn Space',
    help: 'scroll the story a page',
    hint: ['PgUp', 'scroll'],
  },
  line: { scope: 'main', keys: [['S-up', -1], ['S-down', 1]], label: 'Shift-↑ ↓', help: 'scroll the story a line' },
  wheel: { scope: 'main', keys: [['wheelup', -3], ['wheeldown', 3]], label: 'wheel', help: 'scroll the story (with --mouse; a click takes a choice)' },
  ends: { scope: 'main', keys: [['home', -1], ['end', 1]], label: 'Home End', help: 'top and bottom of the story' },
  focus: { scope: 'main', keys: ['tab'], label: 'Tab', help: 'arrows scroll the story instead of the choices, and back' },
  undo: { scope: 'main', keys: ['u'], row: 'undo', help: 'undo the last choice, redo it', hint: ['u', 'undo'] },
  redo: { scope: 'main', keys: ['r'], row: 'undo' },
  // The windows a key opens (overlays/registry.ts says which); from a window they switch to another.
  save: { scope: 'screen', keys: ['s'], help: 'save: choose a slot or a new name', hint: ['s', 'save'] },
  load: { scope: 'screen', keys: ['l'], help: 'load a save (the autosave is the first)', hint: ['l', 'load'] },
  history: { scope: 'screen', keys: ['h'], help: 'every turn so far: choose one to go back there', hint: ['h', 'history'] },
  notebook: { scope: 'screen', keys: ['n'], help: 'notebook: the clues found on this path', hint: ['n', 'notes'] },
  map: { scope: 'screen', keys: ['m'], help: 'branch map: every path taken, in every playthrough; choose a point to go there', hint: ['m', 'map'] },
  endings: { scope: 'screen', keys: ['e'], help: 'the endings reached, out of all the story has', hint: ['e', 'endings'] },
  briefing: { scope: 'screen', keys: ['b'], help: "your role's briefing and private objective", hint: ['b', 'briefing'] },
  debrief: { scope: 'screen', keys: ['d'], help: 'debrief: what in this playthrough is documented, uncertain or invented', hint: ['d', 'debrief'] },
  glossary: { scope: 'screen', keys: ['g'], help: "glossary: the story's words of the time explained" },
  problems: { scope: 'screen', keys: ['w'], help: "the story's runtime warnings and errors, in full", hint: ['w', 'warnings'] },
  options: { scope: 'screen', keys: ['o'], help: 'options: theme, typewriter (remembered)', hint: ['o', 'options'] },
  help: { scope: 'screen', keys: ['?'], help: 'this help', hint: ['?', 'help'] },
  command: { scope: 'main', keys: [':'], help: 'command line: every plain-mode command (:help)', hint: [':', 'command'] },
  close: { scope: 'window', keys: ['escape'], label: 'Esc', help: 'close a window (or, inside one, go back a step)', hint: ['Esc', 'close'] },
  redraw: { scope: 'terminal', keys: ['C-l'], help: 'redraw the screen' },
  suspend: { scope: 'terminal', keys: ['C-z'], help: 'suspend (fg to come back)' },
  quit: { scope: 'screen', keys: ['q'], row: 'quit', help: 'save and quit', hint: ['q', 'quit'] },
  interrupt: { scope: 'terminal', keys: ['C-c'], row: 'quit' },

  // ── windows: a page of text, a menu ───────────────────────────────────────────────────
  textLine: { scope: 'text', keys: [['up', -1], ['down', 1], ['k', -1], ['j', 1]], label: '↑ ↓', help: 'scroll a line', hint: ['↑↓ PgUp PgDn', 'scroll'] },
  textPage: { scope: 'text', keys: [['pageup', -1], ['pagedown', 1], ['space', 1]], label: 'PgUp PgDn Space', help: 'scroll a page' },
  textEnds: { scope: 'text', keys: [['home', -1], ['end', 1]], label: 'Home End', help: 'the top and the end' },
  textDone: { scope: 'text', keys: ['enter'], label: 'Enter', help: 'close the page' },
  menuMove: { scope: 'menu', keys: [['up', -1], ['down', 1], ['k', -1], ['j', 1]], label: '↑ ↓', help: 'move through a list', hint: ['↑↓', 'move'] },
  menuPage: { scope: 'menu', keys: [['pageup', -1], ['pagedown', 1]], label: 'PgUp PgDn', help: 'half a window at a time' },
  menuEnds: { scope: 'menu', keys: [['home', -1], ['end', 1]], label: 'Home End', help: 'the first and the last' },
  menuChoose: { scope: 'menu', keys: ['enter'], label: 'Enter', help: 'do what the list is for (load, save, go back there, change)', hint: ['⏎', 'choose'] },

  // ── the branch map ────────────────────────────────────────────────────────────────────
  mapMove: { scope: 'map', keys: [['up', -1], ['down', 1], ['k', -1], ['j', 1]], label: '↑ ↓', help: 'move from point to point', hint: ['↑↓', 'move'] },
  mapPage: { scope: 'map', keys: [['pageup', -1], ['pagedown', 1], ['space', 1]], label: 'PgUp PgDn Space', help: 'a window at a time' },
  mapEnds: { scope: 'map', keys: [['home', -1], ['end', 1]], label: 'Home End', help: 'the first and the last point' },
  mapFold: { scope: 'map', keys: ['left'], label: '←', row: 'fold', help: "fold a point's branches (or go up to its parent), unfold them", hint: ['←→', 'fold'] },
  mapUnfold: { scope: 'map', keys: ['right'], label: '→', row: 'fold' },
  mapHere: { scope: 'map', keys: ['c'], help: 'back to where you are', hint: ['c', 'where you are'] },
  mapGo: { scope: 'map', keys: ['enter'], label: 'Enter', help: 'go to the selected point (a choice never taken: the point that offers it)', hint: ['⏎', 'go there'] },

  // ── the teacher's dashboard (a live class) ─────────────────────────────────────────────
  dashSelect: { scope: 'dashboard', keys: [['up', -1], ['down', 1], ['k', -1], ['j', 1]], label: '↑ ↓', help: 'select a seat', hint: ['↑↓', 'seat'] },
  dashHold: { scope: 'dashboard', keys: ['h'], row: 'hold', help: 'hold every seat at a phase (asks which), release the hold', hint: ['h', 'hold'] },
  dashRelease: { scope: 'dashboard', keys: ['r'], row: 'hold', hint: ['r', 'release'] },
  dashPause: { scope: 'dashboard', keys: ['p'], help: 'pause the whole class, or resume it', hint: ['p', 'pause'] },
  dashMessage: { scope: 'dashboard', keys: ['m'], help: 'a one-line message to everyone', hint: ['m', 'message'] },
  dashTable: { scope: 'dashboard', keys: ['t'], help: "a one-line message to the selected seat's table", hint: ['t', 'to table'] },
  dashMove: { scope: 'dashboard', keys: ['v'], help: 'move the selected seat to another table', hint: ['v', 'move'] },
  dashEnd: { scope: 'dashboard', keys: ['S-e'], label: 'E', help: 'end the lesson: every seat saved and closed (asks first)', hint: ['E', 'end lesson'] },
  dashHelp: { scope: 'dashboard', keys: ['?'], help: 'this help (Esc closes it)', hint: ['?', 'help'] },
  dashQuit: { scope: 'dashboard', keys: ['q'], row: 'quit', help: 'stop the server (q twice); every seat is saved and rejoins when it starts again', hint: ['q', 'stop'] },

  // ── typing a line (the : line, a save name) ───────────────────────────────────────────
  submit: { scope: 'editor', keys: ['enter'], label: 'Enter', help: 'run the line (save under the name)', hint: ['⏎', 'save'] },
  cancel: { scope: 'editor', keys: ['escape'], label: 'Esc', help: 'leave the line without running it (from a name: back to the list)', hint: ['Esc', 'back'] },
  erase: { scope: 'editor', keys: [['backspace', -1], ['delete', 1]], label: 'Backspace Delete', help: 'delete before or under the cursor (Backspace on an empty line leaves it)' },
  cursor: { scope: 'editor', keys: [['left', -1], ['right', 1]], label: '← →', help: 'move the cursor' },
  lineEnds: { scope: 'editor', keys: [['home', -1], ['C-a', -1], ['end', 1], ['C-e', 1]], label: 'Home End Ctrl-A Ctrl-E', help: 'start and end of the line' },
  clearStart: { scope: 'editor', keys: ['C-u'], label: 'Ctrl-U', help: 'delete everything before the cursor' },
  recall: { scope: 'editor', keys: [['up', -1], ['down', 1]], label: '↑ ↓', help: 'earlier lines of the : line, and back' },
} as const satisfies Record<string, ActionSpec>;

export type ActionId = keyof typeof ACTIONS;

export interface Action extends ActionSpec {
  readonly id: ActionId;
}

/** A key press read as an action: which one, and its direction or step (1 when it has none). */
export interface Matched {
  id: ActionId;
  arg: number;
}

const KEY_NAMES: Record<string, string> = {
  escape: 'Esc',
  enter: 'Enter',
  up: '↑',
  down: '↓',
  left: '←',
  right: '→',
  space: 'Space',
  tab: 'Tab',
  pageup: 'PgUp',
  pagedown: 'PgDn',
  home: 'Home',
  end: 'End',
};

const keyOf = (b: Binding) => (typeof b === 'string' ? b : b[0]);
const argOf = (b: Binding) => (typeof b === 'string' ? 1 : b[1]);
/** How a key is written for a player: ↑, PgDn, Ctrl-L. */
export const keyName = (key: string) => KEY_NAMES[key] ?? key.replace(/^C-(.)$/, (_, c: string) => `Ctrl-${c.toUpperCase()}`);

export const ACTION_LIST: readonly Action[] = Object.entries(ACTIONS).map(([id, spec]) => ({ ...(spec as ActionSpec), id: id as ActionId }));

/** key → action, per scope: built once, so a key press costs one lookup per scope. */
const BY_SCOPE = new Map<Scope, Map<string, Matched>>();
for (const action of ACTION_LIST) {
  const table = BY_SCOPE.get(action.scope) ?? new Map<string, Matched>();
  BY_SCOPE.set(action.scope, table);
  for (const b of action.keys) {
    if (table.has(keyOf(b))) throw new Error(`key map: ${keyOf(b)} is bound twice in ${action.scope}`);
    table.set(keyOf(b), { id: action.id, arg: argOf(b) });
  }
}

/** The action a key is in a scope, or null. */
export function actionOf(scope: Scope, key: KeyPress): Matched | null {
  return BY_SCOPE.get(scope)?.get(key.full) ?? null;
}

const BY_ID = new Map(ACTION_LIST.map((a) => [a.id, a]));

/** How help writes an action's keys. */
export function labelOf(a: Action): string {
  return a.label ?? [...new Set(a.keys.map((b) => keyName(keyOf(b))))].join(' ');
}

/** The action's footer hint; `what` replaces its words where a window says more (⏎ load). */
export function hint(id: ActionId, what?: string): Hint {
  const a = BY_ID.get(id)!;
  const [key, words] = a.hint ?? [labelOf(a), a.help ?? ''];
  return [key, what ?? words];
}

export interface HelpSection {
  title: string;
  rows: Array<readonly [keys: string, what: string]>;
}

type Sections = ReadonlyArray<{ title: string; scopes: readonly Scope[] }>;

const PLAYER_SECTIONS: Sections = [
  { title: 'Keys', scopes: ['main', 'screen', 'window', 'terminal'] },
  { title: 'In a page of text (help, notebook, debrief, messages)', scopes: ['text'] },
  { title: 'In a list (save, load, history, options)', scopes: ['menu'] },
  { title: 'On the branch map', scopes: ['map'] },
  { title: 'Typing a line (the : line, a save name)', scopes: ['editor'] },
];

export const DASHBOARD_SECTIONS: Sections = [
  { title: "The teacher's dashboard", scopes: ['dashboard', 'terminal'] },
];

/**
 * Help's key tables, made from the key map: one row per action, actions of one row side by
 * side, the row told by whichever of them has words. Keys come in the order they are
 * declared (the order a player meets them); the terminal's own keys (redraw, suspend, Ctrl-C)
 * come last, so a screen's help starts with that screen's keys.
 */
export function helpSections(sections: Sections = PLAYER_SECTIONS): HelpSection[] {
  return sections.map(({ title, scopes }) => {
    const rows: Array<[string, string]> = [];
    const rowAt = new Map<string, number>();
    const inSection = ACTION_LIST.filter((x) => scopes.includes(x.scope));
    const terminal = (a: Action) => a.scope === 'terminal';
    for (const a of [...inSection.filter((x) => !terminal(x)), ...inSection.filter(terminal)]) {
      const at = a.row === undefined ? undefined : rowAt.get(a.row);
      if (at !== undefined) {
        rows[at]![0] += `  ${labelOf(a)}`;
        rows[at]![1] ||= a.help ?? '';
        continue;
      }
      if (a.row !== undefined) rowAt.set(a.row, rows.length);
      rows.push([labelOf(a), a.help ?? '']);
    }
    return { title, rows };
  });
}
