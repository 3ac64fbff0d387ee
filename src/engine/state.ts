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
  /** The whole path from the start. */
  choiceLog: ChoiceRecord[];
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
    choiceLog: [],
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

/** The state after one step of the story (the start, or a choice and the text it led to). */
export function applyStep(state: SessionState, out: StepOutput, choice: ChoiceRecord | null): SessionState {
  return produce(state, (d) => {
    if (choice) {
      d.turn = choice.turn;
      d.choiceLog.push(choice);
    }
    d.lines = [];
    for (const { text, tags } of out.lines) {
      const line: Line = { text, tags };
      for (const raw of tags) applyTag(d, line, raw);
      d.lines.push(line);
    }
    d.choices = out.choices;
    d.ended = out.ended;
    d.issue = out.issue;
    d.warnings = out.warnings;
    d.watches.forEach((w, i) => {
      w.value = out.watchValues[i] ?? '';
    });
  });
}

// The tag protocol of DESIGN.md. Unknown tags are kept on the line and otherwise ignored.
function applyTag(d: SessionState, line: Line, raw: string): void {
  const { key, value } = parseTag(raw);
  switch (key) {
    case 'speaker':
      if (value) line.speaker = value;
      break;
    case 'location':
    case 'date':
    case 'role':
      if (value) d.status[key] = value;
      break;
    case 'clear':
      line.clear = true;
      break;
    case 'clue':
      if (value && !d.notebook.some((n) => n.text === value)) d.notebook.push({ turn: d.turn, text: value });
      break;
    case 'fact':
      for (const fact of value.split(/[\s,]+/).filter(Boolean)) {
        (line.facts ??= []).push(fact);
        if (!d.facts.includes(fact)) d.facts.push(fact);
      }
      break;
    case 'fiction':
      line.fiction = true;
      d.fictionLines++;
      break;
    case 'ending': {
      const { id, title } = splitIdAndTitle(value);
      if (id) d.ending = { id, title, turn: d.turn };
      break;
    }
  }
}
