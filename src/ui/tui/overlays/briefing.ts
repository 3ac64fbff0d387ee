// The briefing (`b`): the role's briefing and private objective, as `:brief` gives them. In a
// classroom session it also opens by itself at the start, when the story's own text does not
// already show it (as plain mode prints it then: classroom/notices.ts briefingNotice).

import { type Briefing, briefingOf } from '../../../classroom/briefing.ts';
import { briefingNotice } from '../../../classroom/notices.ts';
import type { Controller } from '../../../commands/controller.ts';
import type { Row } from '../styled.ts';
import { sanitize } from '../text-width.ts';
import { type Overlay, type OverlayContext, TextOverlay, textRows } from './overlay.ts';

function briefingRows(b: Briefing | null, width: number): Row[] {
  if (!b) return textRows(['This story has no briefing (yet): it sets none before this point.'], width, 'dim');
  const rows: Row[] = [];
  if (b.briefing) rows.push(...textRows([sanitize(b.briefing)], width, 'text', 0));
  if (b.objective) {
    if (rows.length) rows.push([]);
    rows.push([{ text: 'Your private objective', style: 'label' }]);
    rows.push(...textRows([sanitize(b.objective)], width, 'value', 0));
  }
  return rows;
}

function titleOf(b: Briefing | null): string {
  const role = b?.roleName ?? b?.role;
  return role ? `Briefing: ${sanitize(role)}` : 'Briefing';
}

export function briefing(ctx: OverlayContext): Overlay {
  const b = briefingOf(ctx.controller.session);
  return new TextOverlay(titleOf(b), (width) => briefingRows(b, width), 64);
}

/** The briefing to show as a classroom session starts, or null (none, or the text shows it). */
export function briefingAtStart(controller: Controller): Overlay | null {
  if (!briefingNotice(controller.session).length) return null;
  const b = briefingOf(controller.session);
  return new TextOverlay(titleOf(b), (width) => briefingRows(b, width), 64);
}
