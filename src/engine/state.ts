// The session's plain state: everything a front end renders and a save stores, as immutable
// data (immer). The inkjs Story is kept outside it, in the session.

import { produce } from 'immer';
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

export interface ChoiceRecord {
  /** 1-based: the choice made at turn N is the Nth choice of the playthrough. */
  turn: number;
  index: number;
  text: string;
  /** As on the ChoiceView taken; absent in saves made before caviar kept it. */
  sourcePath?: string;
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
   * session's history: an ever-growing array here would be copied by immer on every turn.
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
}

export function initialState(title: string, author: string | null, seed: number, watches: WatchSpec[]): SessionState {
  return {
    title,
    author,
    seed,
    turn: 0,
    lines: [],
    choices: [],
    lastChoice: null,
    status: {},
    watches: watches.map((w) => ({ ...w, value: '' })),
    notebook: [],
    facts: [],
    fictionLines: 0,
    ending: null,
    decision: null,
    phase: null,
    ended: false,
    issue: null,
    warnings: [],
  };
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
 * The state after one step of the story (the start, or a choice and the text it led to).
 * Lines are built as plain objects first and handed to immer whole: drafting each line through
 * immer's proxies cost as much as the ink step itself.
 */
export function applyStep(state: SessionState, out: StepOutput, choice: ChoiceRecord | null): SessionState {
  const effects = noEffects();
  const turn = choice ? choice.turn : state.turn;
  // Frozen here, as they are made: immer then leaves them alone instead of walking them to
  // freeze them itself, which cost a fifth of a turn on a story with many tags.
  const lines = Object.freeze(
    out.lines.map(({ text, tags }) => {
      const line: Line = { text, tags: Object.freeze(tags) as string[] };
      applyTags(tags, line, effects);
      if (line.facts) Object.freeze(line.facts);
      return Object.freeze(line);
    }),
  ) as Line[];
  for (const c of out.choices) {
    Object.freeze(c.tags);
    Object.freeze(c);
  }
  const choices = Object.freeze(out.choices) as ChoiceView[];
  return produce(state, (d) => {
    if (choice) {
      d.turn = choice.turn;
      d.lastChoice = choice;
    }
    d.lines = lines;
    d.choices = choices;
    d.ended = out.ended;
    d.issue = out.issue;
    d.warnings = out.warnings;
    // Each draft touched costs a proxy: touch only what this step changed.
    for (const [key, value] of Object.entries(effects.status) as Array<[keyof Status, string]>) {
      if (state.status[key] !== value) d.status[key] = value;
    }
    for (const text of effects.notes) if (!state.notebook.some((n) => n.text === text)) d.notebook.push({ turn, text });
    for (const fact of effects.facts) if (!state.facts.includes(fact) && !d.facts.includes(fact)) d.facts.push(fact);
    if (effects.fiction) d.fictionLines += effects.fiction;
    if (effects.ending) d.ending = { ...effects.ending, turn };
    if (state.decision !== effects.decision) d.decision = effects.decision;
    if (effects.phase) d.phase = { ...effects.phase, turn };
    out.watchValues.forEach((value, i) => {
      if (state.watches[i] && state.watches[i].value !== value) d.watches[i]!.value = value;
    });
  });
}
