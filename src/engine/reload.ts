// Live reload's view of a path on a new version of a story: the path replayed on the new
// version (a reworded choice followed by its position), and every passage of it with the lines
// the previous version did not print there, so a front end can show the whole path again and
// mark what the edit changed, as Inky's preview does.
//
// The previous version's text is got by replaying the same path on it, rather than kept as
// play goes: the session keeps only the newest passage, and a path resumed from a save was never
// shown in this run at all. Same story, seed and choices: the same text.

import type { LoadedStory } from '../story/load.ts';
import { type ReplayResult, replay } from './replay.ts';
import type { Session, SessionOptions } from './session.ts';
import type { ChoiceRecord, Line, SessionState } from './state.ts';

export interface ReplayedPassage {
  turn: number;
  /** The choice that led here (null at the start and after a debug goto). */
  choice: ChoiceRecord | null;
  /** The choice reads otherwise than in the previous version. */
  choiceChanged: boolean;
  /** The debug move that led here ("-> cellar"), or null. */
  debug: string | null;
  lines: readonly Line[];
  /** Indices into `lines` of text the previous version did not print in this passage. */
  changed: readonly number[];
}

export interface ReloadedPath {
  result: ReplayResult;
  passages: ReplayedPassage[];
  /** Lines marked changed over the whole path, the choices reworded among them. */
  changedLines: number;
}

/** Replays the session's path on `next`, and compares each passage with the current version's. */
export function reloadPath(current: Session, next: LoadedStory): ReloadedPath {
  const path = current.path();
  const options: SessionOptions = { ...current.options };
  const before: ReplayedPassage[] = [];
  // What the current version offers before each choice (after any debug goto of that turn).
  const offered = new Map<number, string[]>();
  const collectBefore = collect(before);
  replay(current.story, current.seed, path, {
    ...options,
    onStep: (state, choice) => {
      collectBefore(state, choice);
      offered.set(state.turn, state.choices.map((c) => c.text));
    },
  });
  const passages: ReplayedPassage[] = [];
  const result = replay(next, current.seed, path, { ...options, offeredBefore: (turn) => offered.get(turn), onStep: collect(passages) });
  let changedLines = 0;
  passages.forEach((p, i) => {
    const old = before[i];
    const comparable = old && old.turn === p.turn && (old.debug === null) === (p.debug === null);
    p.changed = comparable ? newLines(old.lines, p.lines) : p.lines.flatMap((l, j) => (l.text.trim() ? [j] : []));
    p.choiceChanged = !!p.choice && (!comparable || old.choice?.text !== p.choice.text);
    changedLines += p.changed.length + (p.choiceChanged ? 1 : 0);
  });
  return { result, passages, changedLines };
}

function collect(into: ReplayedPassage[]) {
  return (state: SessionState, choice: ChoiceRecord | null) => {
    into.push({ turn: state.turn, choice, choiceChanged: false, debug: state.debug, lines: state.lines, changed: [] });
  };
}

const key = (l: Line) => `${l.speaker ?? ''}\u0000${l.text.trim()}`;

/**
 * The lines of `now` (by index) that are not part of a longest common subsequence with
 * `before`: text added or reworded. Blank lines never count. Passages are short, so the
 * quadratic table is small (and not built for the rare passage where it would not be).
 */
export function newLines(before: readonly Line[], now: readonly Line[]): number[] {
  const a = before.filter((l) => l.text.trim()).map(key);
  const bIndex = now.flatMap((l, j) => (l.text.trim() ? [j] : []));
  const b = bIndex.map((j) => key(now[j]!));
  if (a.length * b.length > 1_000_000) {
    // A passage of thousands of lines: whether each line was printed anywhere before will do.
    const old = new Set(a);
    return bIndex.filter((_, k) => !old.has(b[k]!));
  }
  const table: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const changed: number[] = [];
  let i = 0;
  let j = 0;
  while (j < b.length) {
    if (i < a.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (i < a.length && table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else changed.push(bIndex[j++]!);
  }
  return changed;
}
