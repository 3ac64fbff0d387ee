// What a front end shows of the classroom, as plain data: the briefing (start of a role, and on
// demand) and the debrief (at an ending, and on demand). The terminal UI styles these; plain
// mode prints them through the same functions (commands.ts).

import type { Session } from '../engine/session.ts';
import { briefingLines, briefingOf } from './briefing.ts';
import { factsFor } from './facts.ts';
import { type Debrief, debriefOf } from './debrief.ts';
import { type DebriefSection, debriefSections } from './debrief-text.ts';
import { sessionCrossings } from './table.ts';

export interface BriefingView {
  /** "Briefing: British aide". */
  title: string;
  /** The briefing paragraph, then "Your private objective: ...". */
  lines: string[];
}

/** Null when the story sets no briefing or objective (yet). */
export function briefingView(session: Session): BriefingView | null {
  const b = briefingOf(session);
  if (!b) return null;
  const [title, ...lines] = briefingLines(b);
  return { title: title!, lines };
}

export interface DebriefView {
  debrief: Debrief;
  /** Headings, lines, numbered items with their details (sources, why disputed). */
  sections: DebriefSection[];
}

/** The debrief where the session stands (meant for an ending; before one it says so). */
export function debriefView(session: Session): DebriefView {
  const debrief = debriefOf(session, factsFor(session.story), sessionCrossings(session));
  return { debrief, sections: debriefSections(debrief) };
}
