// The structured debrief of a playthrough: the documented facts it rested on (statement and
// sources, from the facts file), the points met that are disputed, unconfirmed or unknown, how much was invented, and whether
// the role's private objective was met. The discussion questions are the story's own text; this
// is the part the engine can add to any story from its tags, its variables and its facts file.

import type { Ending, SessionState } from '../engine/state.ts';
import { readString, type VariableReader } from './briefing.ts';
import type { Certainty, Facts, SourceRef } from './facts.ts';
import type { TableCrossing } from './table.ts';

export interface DebriefFact {
  key: string;
  statement: string;
  certainty: Certainty;
  note: string | null;
  sources: SourceRef[];
}

export interface Debrief {
  title: string;
  role: string | null;
  roleName: string | null;
  ending: Ending | null;
  ended: boolean;
  /** Null when the story states no objective. `met` is null when it does not record the outcome. */
  objective: { text: string; met: boolean | null } | null;
  documented: DebriefFact[];
  /** Every point met that is not documented: disputed, unconfirmed or unknown (each says which). */
  uncertain: DebriefFact[];
  /** `# fact:` keys met that the facts file does not hold (all of them when there is no file). */
  unlisted: string[];
  /** Lines tagged `# fiction`. */
  fictionLines: number;
  /** Why the facts file could not be used, if it is there and broken. */
  factsProblem: string | null;
  /** In a live class, what the tablemates' choices did to this story (`# crossing:` lines shown). */
  table: TableCrossing[];
}

export interface DebriefInput {
  state: SessionState;
  facts: Facts;
  /** The story's `objective` variable. */
  objective: string | null;
  /** The story's `objective_met` variable, as inkjs gives it (undefined or null: no such variable). */
  objectiveMet: unknown;
  roleName: string | null;
  table?: TableCrossing[];
}

export function buildDebrief({ state, facts, objective, objectiveMet, roleName, table = [] }: DebriefInput): Debrief {
  const documented: DebriefFact[] = [];
  const uncertain: DebriefFact[] = [];
  const unlisted: string[] = [];
  for (const key of state.facts) {
    const fact = facts.byKey.get(key);
    if (!fact) {
      unlisted.push(key);
      continue;
    }
    const { statement, certainty, note, sources } = fact;
    (certainty === 'documented' ? documented : uncertain).push({ key, statement, certainty, note, sources });
  }
  return {
    title: state.title,
    role: state.status.role ?? null,
    roleName,
    ending: state.ending,
    ended: state.ended,
    objective: objective ? { text: objective, met: truthOf(objectiveMet) } : null,
    documented,
    uncertain,
    unlisted,
    fictionLines: state.fictionLines,
    factsProblem: facts.problem,
    table,
  };
}

/** The debrief of a session where it stands (its variables are read now). */
export function debriefOf(session: VariableReader, facts: Facts, table: TableCrossing[] = []): Debrief {
  return buildDebrief({
    state: session.state,
    facts,
    objective: readString(session, 'objective'),
    objectiveMet: session.variable('objective_met'),
    roleName: readString(session, 'role_name'),
    table,
  });
}

// ink booleans arrive as true/false, or as 1/0 from older compilers and from arithmetic.
function truthOf(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  return null;
}
