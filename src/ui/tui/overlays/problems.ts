// The story's warnings and errors (`w`): every runtime warning and error of this run, whole,
// newest last, with the turn it came at. The hint line and the error panel can only show a
// line of each; this is where the rest of the text is.

import { sanitize } from '../text-width.ts';
import type { Row } from '../styled.ts';
import { type Overlay, type OverlayContext, TextOverlay, textRows } from './overlay.ts';

export function problems(ctx: OverlayContext): Overlay {
  const list = ctx.problems();
  const title = list.length ? `Warnings and errors: ${list.length}` : 'Warnings and errors';
  return new TextOverlay(
    title,
    (width) => {
      if (!list.length) return textRows(['The story has given no runtime warning or error in this run.'], width, 'dim');
      const rows: Row[] = [];
      for (const p of list) {
        if (rows.length) rows.push([]);
        rows.push([{ text: `Turn ${p.turn}: ${p.kind === 'error' ? 'error' : 'warning'}`, style: p.kind === 'error' ? 'error' : 'label' }]);
        rows.push(...textRows(p.text.split('\n').map(sanitize), width, 'text', 2));
      }
      return rows;
    },
    96,
  );
}
