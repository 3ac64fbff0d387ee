// The session's plain state: everything a front end renders and a save stores, as immutable
// data (immer). The inkjs Story is kept outside it, in the session.

import { produce } from 'immer';
import { parseTag, splitIdAndTitle } from '../story/tags.ts';

export interface Line {
  text: string;
  tags: string[];
  /** From `# speaker: Name`. */
  speaker?: string;
  /** `# CLEAR` on this line: clear the story pane before showing it. */
  clear?: boolean;
  /** Keys of `# fact: KEY` tags on this line. */
  facts?: string[];
  fiction?: boolean;
}

export interface ChoiceView {
  /** 0-based, as inkjs numbers choices; front ends show it 1-based. */
  index: number;
  text: string;
  tags: string[];
}

export interface ChoiceRecord {
  /** 1-based: the choice made at turn N is the Nth choice of the playthrough. */
  turn: number;
  index: number;
  text: string;
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
  /** The story reached its end: no more content and no choices. */
  ended: boolean;
  /** The last step stopped on a runtime error or the watchdog; the turn was not taken. */
  issue: RuntimeIssue | null;
  /** Runtime warnings of the last step. */
  warnings: string[];
}

export interface WatchSpec {
  variable: string;
  label: string;
}

/** Reads the story's global tags: title, author and `# watch:` declarations. */
export function readGlobalTags(tags: readonly string[], fallbackTitle: string) {
  let title = fallbackTitle;
  let author: string | null = null;
  const watches: WatchSpec[] = [];
  for (const raw of tags) {
    const tag = parseTag(raw);
    if (tag.key === 'title' && tag.value) title = tag.value;
    else if (tag.key === 'author' && tag.value) author = tag.value;
    else if (tag.key === 'watch' && tag.value) {
      const { id, title: label } = splitIdAndTitle(tag.value);
      watches.push({ variable: id, label });
    }
  }
  return { title, author, watches };
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
  const effects: TagEffects = { status: {}, notes: [], facts: [], fiction: 0, ending: null };
  const turn = choice ? choice.turn : state.turn;
  // Frozen here, as they are made: immer then leaves them alone instead of walking them to
  // freeze them itself, which cost a fifth of a turn on a story with many tags.
  const lines = Object.freeze(
    out.lines.map(({ text, tags }) => {
      const line: Line = { text, tags: Object.freeze(tags) as string[] };
      for (const raw of tags) readTag(line, raw, effects);
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
    out.watchValues.forEach((value, i) => {
      if (state.watches[i] && state.watches[i].value !== value) d.watches[i]!.value = value;
    });
  });
}

interface TagEffects {
  status: Status;
  notes: string[];
  facts: string[];
  fiction: number;
  ending: { id: string; title: string } | null;
}

// The tag protocol of DESIGN.md. Unknown tags are kept on the line and otherwise ignored.
function readTag(line: Line, raw: string, effects: TagEffects): void {
  const { key, value } = parseTag(raw);
  switch (key) {
    case 'speaker':
      if (value) line.speaker = value;
      break;
    case 'location':
    case 'date':
    case 'role':
      if (value) effects.status[key] = value;
      break;
    case 'clear':
      line.clear = true;
      break;
    case 'clue':
      if (value) effects.notes.push(value);
      break;
    case 'fact':
      for (const fact of value.split(/[\s,]+/).filter(Boolean)) {
        (line.facts ??= []).push(fact);
        effects.facts.push(fact);
      }
      break;
    case 'fiction':
      line.fiction = true;
      effects.fiction++;
      break;
    case 'ending': {
      const ending = splitIdAndTitle(value);
      if (ending.id) effects.ending = ending;
      break;
    }
  }
}
