// Where an overlay goes on the screen and what its frame holds: its rows, a blank, its key
// hints. Centred over the panes, never taller than the terminal.

import type { Rect } from '../blessed.ts';
import { hintRow } from '../hint.ts';
import type { Row } from '../styled.ts';
import { fit } from '../wrap.ts';
import type { Overlay } from './overlay.ts';

export function overlayFrame(overlay: Overlay, cols: number, rows: number): { rect: Rect; label: string; rows: Row[] } {
  const width = Math.min(cols - 2, Math.max(30, overlay.width ?? 72));
  const maxInner = Math.max(1, rows - 1 - 2 - 2);
  const body = overlay.rows(width - 2, maxInner);
  const content = [...body, [], hintRow(overlay.footer(), width - 2)];
  const height = content.length + 2;
  return {
    rect: { left: Math.floor((cols - width) / 2), top: Math.max(0, Math.floor((rows - 1 - height) / 2)), width, height },
    label: ` ${fit(overlay.title, width - 6)} `,
    rows: content,
  };
}
