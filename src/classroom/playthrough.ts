// A student's playthrough rebuilt from a hand-in: the whole text, every decision with what was
// offered and what was taken, the ending and the debrief. Deterministic from story + seed +
// start + choices (engine/replay.ts), so a save or a transcript is enough to rebuild it.

import { describeDivergence, type Divergence, replay } from '../engine/replay.ts';
import type { Decision as KeyDecision, Line, SessionState, Status } from '../engine/state.ts';
import type { LoadedStory } from '../story/load.ts';
import { type Briefing, briefingOf } from './briefing.ts';
import { type Debrief, debriefOf } from './debrief.ts';
import type { Facts } from './facts.ts';
import { type HandIn, studentOf } from './handin.ts';
import { CrossingReader, type TableCrossing } from './table.ts';

export interface Offered {
  /** The choice point's path in the compiled story: the same option for every student. */
  key: string;
  text: string;
}

export interface Decision {
  turn: number;
  /** The decision point: where in the story these options were offered. */
  point: string;
  knot: string;
  /** The last line of text before the options. */
  prompt: string | null;
  /** The story's `# decision: ID summary` on the passage before the options: a key decision. */
  marked: KeyDecision | null;
  status: Status;
  offered: Offered[];
  /** Position in `offered` of the option taken. */
  chosen: number;
}

export interface Passage {
  /** The decision that led here; null for the opening passage. */
  decision: Decision | null;
  lines: Line[];
}

export interface Playthrough {
  handIn: HandIn;
  student: string | null;
  passages: Passage[];
  decisions: Decision[];
  final: SessionState;
  briefing: Briefing | null;
  debrief: Debrief;
  /** In a live class, what the tablemates' choices did to this story. */
  crossings: TableCrossing[];
  /** The hand-in was made with another version of the story and was replayed by its choice texts. */
  otherVersion: boolean;
  /** Where the replay stopped short, if it did. */
  divergence: Divergence | null;
}

export function rebuildPlaythrough(story: LoadedStory, handIn: HandIn, facts: Facts): Playthrough {
  const passages: Passage[] = [];
  const decisions: Decision[] = [];
  let pending: Omit<Decision, 'turn' | 'chosen'> | null = null;
  let lastText: string | null = null;
  // The ink indices of the options on offer, to find the one taken.
  let pendingIndex: number[] = [];
  const crossings = new CrossingReader();
  const result = replay(story, handIn.seed, handIn.choices, {
    ...(handIn.start ? { startPath: handIn.start } : {}),
    onStep: (state, choice) => {
      let decision: Decision | null = null;
      if (choice && pending) {
        const chosen = Math.max(0, pending.offered.findIndex((o, i) => o.text === choice.text && pendingIndex[i] === choice.index));
        decision = { ...pending, turn: choice.turn, chosen };
        decisions.push(decision);
      }
      passages.push({ decision, lines: state.lines });
      crossings.step(state.turn, choice, state.lines);
      const text = state.lines.filter((l) => l.text.trim()).at(-1)?.text ?? null;
      if (text) lastText = text;
      pendingIndex = state.choices.map((c) => c.index);
      pending = state.choices.length ? pointOf(state, lastText) : null;
    },
  });
  const { session, divergence } = result;
  return {
    handIn,
    student: studentOf(handIn),
    passages,
    decisions,
    final: session.state,
    briefing: briefingOf(session),
    debrief: debriefOf(session, facts, crossings.found),
    crossings: crossings.found,
    otherVersion: handIn.story.hash !== story.hash,
    divergence,
  };
}

/** One line on why a rebuilt playthrough is incomplete, or null when it is whole. */
export function divergenceNote(p: Playthrough): string | null {
  return p.divergence ? `the replay stopped early: ${describeDivergence(p.divergence)}` : null;
}

/** The decision point of the current choices, from where each choice sits in the compiled story. */
function pointOf(state: SessionState, prompt: string | null): Omit<Decision, 'turn' | 'chosen'> {
  const offered = state.choices.map((c) => ({ key: c.sourcePath ?? `?${c.text}`, text: c.text }));
  // A weave's options sit in one container: its path names the decision point, whichever of
  // its conditional options were on offer this time.
  const containers = [...new Set(offered.map((o) => (o.key.startsWith('?') ? '?' : o.key.replace(/\.[^.]+$/, ''))))].sort();
  const point = containers.includes('?') ? `?${offered.map((o) => o.text).join('|')}` : containers.join('+');
  const knot = containers[0] && containers[0] !== '?' ? containers[0].split('.')[0]! : '';
  return { point, knot, prompt, marked: state.decision, status: state.status, offered };
}
