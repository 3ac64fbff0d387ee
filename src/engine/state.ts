// The session's plain state: everything a front end renders and a save stores, as immutable
// (frozen) data. The inkjs Story is kept outside it, in the session.

import type { WatchSpec } from '../story/metadata.ts';
import { applyTags, type LineMarks, noEffects } from '../story/tag-protocol.ts';

/** A line of story text, with what its tags mark on it (story/tag-protocol.ts). */
export interface Line extends LineMarks {
  text: string;
  tags: string[];
}

export interface ChoiceView {
  /** 0-based, as inkjs numbers choices; front ends show it 1-based. */
  index: number;
  text: string;
  tags: string[];
  /** The choice's place in the compiled story (inkjs's sourcePath): the same option for every player. */
  sourcePath?: string;
}

/** An ink variable set from outside the story (a live class's shared value), and by whom. */
export interface VariableSet {
  name: string;
  value: string | number | boolean;
  /** Who set it, as the player may be told ("the reporter at your table"). */
  from?: string;
}

/**
 * An author's debug move (`:goto`, `-> knot`, `:set`, `x = 5` at the prompt): not a choice, so
 * it is recorded on the next choice's record, and a replay makes it at the same moment.
 */
export type DebugMove = { goto: string } | { set: string; value: string | number | boolean };

export function describeDebugMove(move: DebugMove): string {
  return 'goto' in move ? `-> ${move.goto}` : `${move.set} = ${typeof move.value === 'string' ? JSON.stringify(move.value) : String(move.value)}`;
}

export interface ChoiceRecord {
  /** 1-based: the choice made at turn N is the Nth choice of the playthrough. */
  turn: number;
  index: number;
  text: string;
  /** As on the ChoiceView taken; absent in saves made before caviar kept it. */
  sourcePath?: string;
  /** Variables set from outside since the choice before, applied before this one was taken. */
  sets?: VariableSet[];
  /** Debug moves made since the choice before, in order, before this one was taken. */
  debug?: DebugMove[];
}

export interface Watch {
  variable: string;
  label: string;
  value: string;
}

export interface NoteEntry {
  turn: number;
  text: string;
}

export interface Ending {
  id: string;
  title: string;
  turn: number;
}

export interface RuntimeIssue {
  kind: 'error' | 'watchdog';
  message: string;
  /** The ink path where it happened ("knot.stitch"), when known. */
  inkPath: string | null;
  /** "file:line" in the ink source, when the story was compiled from ink. */
  source: string | null;
}

export interface Status {
  role?: string;
  location?: string;
  date?: string;
}

export interface Decision {
  id: string;
  summary: string;
}

export interface Phase {
  id: string;
  title: string;
  turn: number;
}

export interface SessionState {
  title: string;
  author: string | null;
  seed: number;
  /** Number of choices made so far. */
  turn: number;
  /** The text shown since the last choice. */
  lines: Line[];
  choices: ChoiceView[];
  /**
   * The choice that led to this passage (null at the start). The whole path lives in the
   * session's history: an ever-growing array here would be copied on every turn.
   */
  lastChoice: ChoiceRecord | null;
  status: Status;
  watches: Watch[];
  notebook: NoteEntry[];
  /** `# fact:` keys met in this playthrough, first meeting first. */
  facts: string[];
  fictionLines: number;
  ending: Ending | null;
  /** `# decision:` in this passage: the choices on offer are a key decision. */
  decision: Decision | null;
  /** The last `# phase:` reached. */
  phase: Phase | null;
  /** The story reached its end: no more content and no choices. */
  ended: boolean;
  /** The last step stopped on a runtime error or the watchdog; the turn was not taken. */
  issue: RuntimeIssue | null;
  /** Runtime warnings of the last step. */
  warnings: string[];
  /** The debug move that led to this passage ("-> knot"), or null when a choice or the start did. */
  debug: string | null;
}

export function initialState(title: string, author: string | null, seed: number, watches: WatchSpec[]): SessionState {
  return Object.freeze({
    title,
    author,
    seed,
    turn: 0,
    lines: [],
    choices: [],
    lastChoice: null,
    status: {},
    watches: watches.map((w) => Object.freeze({ ...w, value: '' })),
    notebook: [],
    facts: [],
    fictionLines: 0,
    ending: null,
    decision: null,
    phase: null,
    ended: false,
    issue: null,
    warnings: [],
    debug: null,
  });
}

export interface StepOutput {
  lines: Array<{ text: string; tags: string[] }>;
  choices: ChoiceView[];
  ended: boolean;
  issue: RuntimeIssue | null;
  warnings: string[];
  watchValues: string[];
}

/**
 * The state after one step of the story (the start, or a choice and the text it led to): a new,
 * frozen object that shares every part this step did not change with the state before it, so
 * states kept in the history cost only what changed. Built by hand rather than with a
 * copy-on-write library: a turn is on the hot path, and drafting through proxies cost as much
 * as the ink step itself.
 */
export function applyStep(state: SessionState, out: StepOutput, choice: ChoiceRecord | null): SessionState {
  const effects = noEffects();
  const turn = choice ? choice.turn : state.turn;
  const lines = out.lines.map(({ text, tags }) => {
    const line: Line = { text, tags: Object.freeze(tags) as string[] };
    applyTags(tags, line, effects);
    if (line.facts) Object.freeze(line.facts);
    return Object.freeze(line);
  });
  for (const c of out.choices) {
    Object.freeze(c.tags);
    Object.freeze(c);
  }
  const changedStatus = (Object.keys(effects.status) as Array<keyof Status>).filter((k) => state.status[k] !== effects.status[k]);
  const newNotes = effects.notes.filter((text, i) => effects.notes.indexOf(text) === i && !state.notebook.some((n) => n.text === text));
  const newFacts = effects.facts.filter((f, i) => effects.facts.indexOf(f) === i && !state.facts.includes(f));
  const watchesChanged = out.watchValues.some((v, i) => state.watches[i] !== undefined && state.watches[i].value !== v);
  return Object.freeze({
    ...state,
    ...(choice ? { turn: choice.turn, lastChoice: Object.freeze({ ...choice }) } : {}),
    lines: Object.freeze(lines) as Line[],
    choices: Object.freeze(out.choices) as ChoiceView[],
    ended: out.ended,
    issue: out.issue && Object.freeze({ ...out.issue }),
    warnings: Object.freeze([...out.warnings]) as string[],
    debug: null,
    status: changedStatus.length ? Object.freeze({ ...state.status, ...effects.status }) : state.status,
    notebook: newNotes.length ? Object.freeze([...state.notebook, ...newNotes.map((text) => Object.freeze({ turn, text }))]) as NoteEntry[] : state.notebook,
    facts: newFacts.length ? (Object.freeze([...state.facts, ...newFacts]) as string[]) : state.facts,
    fictionLines: state.fictionLines + effects.fiction,
    ending: effects.ending ? Object.freeze({ ...effects.ending, turn }) : state.ending,
    decision: effects.decision ? Object.freeze(effects.decision) : null,
    phase: effects.phase ? Object.freeze({ ...effects.phase, turn }) : state.phase,
    watches: watchesChanged
      ? (Object.freeze(state.watches.map((w, i) => (w.value === out.watchValues[i] ? w : Object.freeze({ ...w, value: out.watchValues[i]! })))) as Watch[])
      : state.watches,
  });
}
