// What a student's tablemates did to their story in a live class: each `# crossing:` line the
// story showed them, with the tablemate who set the shared VAR behind it. The room records who
// gave a seat each shared value (the `from` of a choice's `sets`, "Ada (british)"), so the path
// alone says it; played alone, a story shows no crossing and this is empty.

import type { ChoiceRecord, Line } from '../engine/state.ts';
import { replay } from '../engine/replay.ts';
import type { Session } from '../engine/session.ts';
import { crossingVariable } from '../story/tag-protocol.ts';
import { parseTag, splitIdAndTitle } from '../story/tags.ts';

export interface TableCrossing {
  /** The crossing's id as the story tags it (`table_us_trucks.uk`). */
  id: string;
  /** The story's one-line summary, said to the receiving student. */
  summary: string;
  /** The line of the story that showed it. */
  text: string;
  /** The seat that set the value ("Ada (british)"); null when the table's value came from nobody named. */
  from: string | null;
  turn: number;
}

/** Follows a path step by step, as a replay gives it, and gathers the crossings shown. */
export class CrossingReader {
  private readonly heard = new Map<string, string | null>();
  readonly found: TableCrossing[] = [];

  step(turn: number, choice: ChoiceRecord | null, lines: readonly Line[]): void {
    // A choice's sets were given to the seat before that choice was made: they are what it shows.
    for (const set of choice?.sets ?? []) this.heard.set(set.name, set.from ?? null);
    for (const line of lines) {
      for (const raw of line.tags) {
        const { key, value } = parseTag(raw);
        if (key !== 'crossing') continue;
        const { id, title } = splitIdAndTitle(value);
        if (!id) continue;
        this.found.push({ id, summary: title, text: line.text.trim(), from: this.heard.get(crossingVariable(id)) ?? null, turn });
      }
    }
  }
}

/** The crossings a live session has shown so far, rebuilt from its path (a replay, on demand). */
export function sessionCrossings(session: Session): TableCrossing[] {
  const path = session.path();
  if (!path.some((c) => c.sets?.length)) return [];
  const reader = new CrossingReader();
  replay(session.story, session.seed, path, {
    ...(session.options.startPath ? { startPath: session.options.startPath } : {}),
    onStep: (state, choice) => reader.step(state.turn, choice, state.lines),
  });
  return reader.found;
}

/** "Ada (british)", or words for a value nobody named set. */
export function crossingFrom(c: TableCrossing): string {
  return c.from ?? 'your table';
}
