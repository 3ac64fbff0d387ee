// Replaying a recorded path (a save's choices, a replay file) on a story, checking each choice
// by its text. On an edited story a choice may have moved: the same text at another position
// is the same choice; a text no longer offered is where the paths part, and the replay stops
// there and says so. It never takes a different choice silently.

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

export interface ReplayResult {
  session: Session;
  /** Choices replayed successfully. */
  applied: number;
  divergence: Divergence | null;
}

export interface ReplayOptions extends SessionOptions {
  /** Called with the state at the start, then after each choice replayed. */
  onStep?: (state: SessionState, choice: ChoiceRecord | null) => void;
  /** Debug moves made after the last choice (a recording's `pending`), made at the end. */
  pending?: readonly DebugMove[];
}

export function replay(story: LoadedStory, seed: number, choices: readonly ChoiceRecord[], options: ReplayOptions = {}): ReplayResult {
  const session = Session.start(story, { ...options, seed });
  options.onStep?.(session.state, null);
  let applied = 0;
  for (const recorded of choices) {
    const turn = applied + 1;
    const failed = debugMoves(session, recorded.debug ?? [], options);
    if (failed) return { session, applied, divergence: { turn, expected: recorded.text, offered: [], issue: failed } };
    const { state } = session;
    if (state.issue) return { session, applied, divergence: { turn, expected: recorded.text, offered: [], issue: state.issue } };
    const same = state.choices[recorded.index]?.text === recorded.text ? state.choices[recorded.index] : undefined;
    const match = same ?? uniqueByText(state.choices, recorded.text);
    if (!match) {
      return { session, applied, divergence: { turn, expected: recorded.text, offered: state.choices.map((c) => c.text), issue: null } };
    }
    if (recorded.sets) session.setVariables(recorded.sets);
    session.choose(match.index);
    if (session.state.issue) {
      const issue = session.state.issue;
      session.undo();
      return { session, applied, divergence: { turn, expected: recorded.text, offered: session.state.choices.map((c) => c.text), issue } };
    }
    applied++;
    options.onStep?.(session.state, session.state.lastChoice);
  }
  const failed = debugMoves(session, options.pending ?? [], options);
  if (failed) return { session, applied, divergence: { turn: applied + 1, expected: describeDebugMove(options.pending![0]!), offered: [], issue: failed } };
  return { session, applied, divergence: null };
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

function uniqueByText<T extends { text: string }>(choices: readonly T[], text: string): T | undefined {
  const found = choices.filter((c) => c.text === text);
  return found.length === 1 ? found[0] : undefined;
}

export function describeDivergence(d: Divergence): string {
  if (d.issue) return `at turn ${d.turn} ("${d.expected}") the story stopped: ${d.issue.message}`;
  if (!d.offered.length) return `at turn ${d.turn} the story no longer offers "${d.expected}": it ends there`;
  return `at turn ${d.turn} the story no longer offers "${d.expected}" (it offers: ${d.offered.map((t) => `"${t}"`).join(', ')})`;
}
