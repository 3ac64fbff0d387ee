// What a front end shows of the classroom by itself: the briefing at the start of a classroom
// session, the debrief at each ending (plain mode prints these; the terminal UI opens them).

import type { Session } from '../engine/session.ts';
import { briefingLines, briefingOf, linesShowBriefing } from './briefing.ts';
import { debriefOf } from './debrief.ts';
import { debriefBrief } from './debrief-text.ts';
import { factsFor } from './facts.ts';

/** At the start of a classroom session: the briefing, unless the story's text shows it. */
export function briefingNotice(session: Session): string[] {
  const b = briefingOf(session);
  if (!b || linesShowBriefing(session.state.lines, b)) return [];
  return briefingLines(b);
}

/** At an ending of a classroom session: the debrief in brief (objective first); :debrief has all of it. */
export function debriefNotice(session: Session): string {
  return debriefBrief(debriefOf(session, factsFor(session.story)));
}
