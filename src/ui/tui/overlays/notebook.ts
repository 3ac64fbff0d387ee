// The notebook (`n`): the `# clue` entries met on this path, oldest first.

import { sanitize } from '../text-width.ts';
import { wrapText } from '../wrap.ts';
import { type Overlay, type OverlayContext, TextOverlay, textRows } from './overlay.ts';

export function notebook(ctx: OverlayContext): Overlay {
  return new TextOverlay('Notebook', (width) => {
    const notes = ctx.controller.session.state.notebook;
    if (!notes.length) return textRows(['Nothing noted yet. Clues you come across are written down here.'], width, 'dim');
    return notes.flatMap((note) => {
      const turn = ` (turn ${note.turn})`;
      const pieces = wrapText(`• ${sanitize(note.text)}`, width, 2);
      return pieces.map((p, i) =>
        i === pieces.length - 1 && p.text.length + turn.length <= width
          ? [{ text: p.text, style: 'value' as const }, { text: turn, style: 'dim' as const }]
          : [{ text: p.text, style: 'value' as const }],
      );
    });
  });
}
