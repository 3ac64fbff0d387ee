// Replaying a recorded path (a save's choices, a replay file) on a story, checking each choice
// by its text. On an edited story a choice may have moved: the same text at another position
// is the same choice; a text no longer offered is where the paths part, and the replay stops
// there and says so. It never takes a different choice silently: live reload may follow a
// choice that was only reworded (the only one that changed, at the same position), and says so.

import type { LoadedStory } from '../story/load.ts';
import { Session, type SessionOptions } from './session.ts';
import { type ChoiceRecord, type DebugMove, describeDebugMove, type RuntimeIssue, type SessionState } from './state.ts';

export interface Divergence {
  /** The turn (1-based) whose recorded choice could not be taken. */
  turn: number;
  /** The recorded choice's text. */
  expected: string;
  /** What the story offers there instead (empty at an end or after an error). */
  offered: string[];
  /** The runtime problem that stopped the replay, if that is what stopped it. */
  issue: RuntimeIssue | null;
}

/** A recorded choice whose text the story no longer offers, followed by its position. */
export interface Reworded {
  turn: number;
  /** The recorded text, and what the choice reads now. */
  was: string;
  now: string;
  /** 1-based, as the player sees it. */
  position: number;
}

export interface ReplayResult {
  session: Session;
  /** Choices replayed successfully. */
  applied: number;
  divergence: Divergence | null;
  /** Choices followed by position (ReplayOptions.offeredBefore). */
  reworded: Reworded[];
}

export interface ReplayOptions extends SessionOptions {
  /** Called with the state at the start, then after each choice replayed. */
  onStep?: (state: SessionState, choice: ChoiceRecord | null) => void;
  /** Debug moves made after the last choice (a recording's `pending`), made at the end. */
  pending?: readonly DebugMove[];
  /**
   * What the story's previous version offered before each choice (by the number of choices made
   * so far), for live reload: a recorded choice whose text is offered nowhere is followed by its
   * position when only it was reworded there (as many choices as before, every other one as it
   * was). Absent for saves and recordings, whose choices must match by text.
   */
  offeredBefore?: (turn: number) => readonly string[] | undefined;
}

export function replay(story: LoadedStory, seed: number, choices: readonly ChoiceRecord[], options: ReplayOptions = {}): ReplayResult {
  const session = Session.start(story, { ...options, seed });
  options.onStep?.(session.state, null);
  let applied = 0;
  const reworded: Reworded[] = [];
  for (const recorded of choices) {
    const turn = applied + 1;
    const failed = debugMoves(session, recorded.debug ?? [], options);
    if (failed) return { session, applied, reworded, divergence: { turn, expected: recorded.text, offered: [], issue: failed } };
    const { state } = session;
    if (state.issue) return { session, applied, reworded, divergence: { turn, expected: recorded.text, offered: [], issue: state.issue } };
    const same = state.choices[recorded.index]?.text === recorded.text ? state.choices[recorded.index] : undefined;
    let match = same ?? uniqueByText(state.choices, recorded.text);
    const before = match ? undefined : options.offeredBefore?.(state.turn);
    if (!match && before && onlyReworded(before, state.choices, recorded)) {
      match = state.choices[recorded.index]!;
      reworded.push({ turn, was: recorded.text, now: match.text, position: recorded.index + 1 });
    }
    if (!match) {
      return { session, applied, reworded, divergence: { turn, expected: recorded.text, offered: state.choices.map((c) => c.text), issue: null } };
    }
    if (recorded.sets) session.setVariables(recorded.sets);
    session.choose(match.index);
    if (session.state.issue) {
      const issue = session.state.issue;
      session.undo();
      return { session, applied, reworded, divergence: { turn, expected: recorded.text, offered: session.state.choices.map((c) => c.text), issue } };
    }
    applied++;
    options.onStep?.(session.state, session.state.lastChoice);
  }
  const failed = debugMoves(session, options.pending ?? [], options);
  if (failed) return { session, applied, reworded, divergence: { turn: applied + 1, expected: describeDebugMove(options.pending![0]!), offered: [], issue: failed } };
  return { session, applied, reworded, divergence: null };
}

/** Makes recorded debug moves again; the problem that stopped one (an edited story), or null. */
function debugMoves(session: Session, moves: readonly DebugMove[], options: ReplayOptions): RuntimeIssue | null {
  for (const move of moves) {
    try {
      session.debugMove(move);
    } catch (error) {
      return { kind: 'error', message: `the debug move ${describeDebugMove(move)} no longer works: ${(error as Error).message}`, inkPath: null, source: null };
    }
    if (session.state.issue) return session.state.issue;
    if ('goto' in move) options.onStep?.(session.state, null);
  }
  return null;
}

/** The recorded choice is the only one that reads otherwise now, at the same position. */
function onlyReworded(before: readonly string[], now: readonly { text: string }[], recorded: ChoiceRecord): boolean {
  if (before.length !== now.length || before[recorded.index] !== recorded.text) return false;
  return now.every((c, i) => (i === recorded.index) !== (c.text === before[i]));
}

function uniqueByText<T extends { text: string }>(choices: readonly T[], text: string): T | undefined {
  const found = choices.filter((c) => c.text === text);
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Where and why a path stopped fitting, as a clause to follow a colon: "at turn 2 the story no
 * longer offers "Second B"; it offers "Second A" and "Second C"".
 */
export function describeDivergence(d: Divergence): string {
  if (d.issue) return `at turn ${d.turn} (${quoted(d.expected)}) the story stopped: ${d.issue.message}`;
  if (!d.offered.length) return `at turn ${d.turn} the story no longer offers ${quoted(d.expected)}: it ends there`;
  return `at turn ${d.turn} the story no longer offers ${quoted(d.expected)}; it offers ${listed(d.offered.map(quoted))}`;
}

/** A choice's text in quotes, unless it is quoted already (dialogue: "I'm here."). */
export function quoted(text: string): string {
  return /^(["“'‘]).*["”'’]$/s.test(text) ? text : `"${text}"`;
}

function listed(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
