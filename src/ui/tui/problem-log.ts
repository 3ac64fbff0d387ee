// The story's runtime warnings and errors in this run, kept whole: the hint line and the error
// panel show a line of each, the `w` window (overlays/problems.ts) all of it.

import type { SessionState } from '../../engine/state.ts';

/** A runtime warning or error of the story, kept whole for the `w` window. */
export interface Problem {
  turn: number;
  kind: 'warning' | 'error';
  text: string;
}

/** Problems kept at most: the newest, for a story that warns at every step. */
const PROBLEMS_KEPT = 100;

/** The story's runtime warnings and errors in this run, oldest first, each state's once. */
export class ProblemLog {
  readonly entries: Problem[] = [];
  private last: SessionState | null = null;

  record(state: SessionState): void {
    if (state === this.last) return;
    this.last = state;
    if (state.issue) {
      const where = [state.issue.inkPath, state.issue.source && `(${state.issue.source})`].filter(Boolean).join(' ');
      this.entries.push({ turn: state.turn, kind: 'error', text: `${state.issue.message}${where ? `\nWhere: ${where}` : ''}` });
    }
    for (const text of state.warnings) this.entries.push({ turn: state.turn, kind: 'warning', text });
    if (this.entries.length > PROBLEMS_KEPT) this.entries.splice(0, this.entries.length - PROBLEMS_KEPT);
  }
}
