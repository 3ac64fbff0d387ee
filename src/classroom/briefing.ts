// A role's briefing and private objective, read from the story's own variables (`briefing`,
// `objective`, `role_name`: the convention of story/WRITING.md). Any story may leave them out.

import type { Line, SessionState } from '../engine/state.ts';

export interface Briefing {
  /** The `# role:` tag met so far, if any. */
  role: string | null;
  /** `role_name`, e.g. "British aide". */
  roleName: string | null;
  briefing: string | null;
  objective: string | null;
}

/** What the classroom kit reads from a session: its state and its ink variables. */
export interface VariableReader {
  readonly state: SessionState;
  variable(name: string): unknown;
}

export function readString(session: VariableReader, name: string): string | null {
  const value = session.variable(name);
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** Null when the story has set neither a briefing nor an objective (yet). */
export function briefingOf(session: VariableReader): Briefing | null {
  const briefing = readString(session, 'briefing');
  const objective = readString(session, 'objective');
  if (!briefing && !objective) return null;
  return { role: session.state.status.role ?? null, roleName: readString(session, 'role_name'), briefing, objective };
}

/** The briefing as plain lines (plain mode, `:brief`; the terminal UI may style them). */
export function briefingLines(b: Briefing): string[] {
  const lines: string[] = [];
  const role = b.roleName ?? b.role;
  lines.push(role ? `Briefing: ${role}` : 'Briefing');
  if (b.briefing) lines.push(b.briefing);
  if (b.objective) lines.push(`Your private objective: ${b.objective}`);
  return lines;
}

/** True when the text shows every part of the briefing already (Caviar prints its own). */
export function linesShowBriefing(lines: readonly Line[], b: Briefing): boolean {
  const text = lines.map((l) => l.text).join('\n');
  return [b.briefing, b.objective].every((part) => !part || text.includes(part));
}
