// Help (`?`): the keys, then the commands of the `:` line (the same as plain mode's).

import { COMMANDS } from '../../../commands/registry.ts';
import { LEGEND } from '../glyphs.ts';
import type { Row } from '../styled.ts';
import { units } from '../text-width.ts';
import { wrapText } from '../wrap.ts';
import { type Overlay, type OverlayContext, TextOverlay } from './overlay.ts';

export function help(ctx: OverlayContext): Overlay {
  return new TextOverlay('Help', (width) => {
    const rows: Row[] = [[{ text: 'Keys', style: 'title' }]];
    const table = (pairs: ReadonlyArray<readonly [string, string]>) => {
      const keyWidth = Math.min(16, Math.max(...pairs.map(([k]) => units(k))) + 2);
      for (const [key, what] of pairs) {
        wrapText(what, Math.max(8, width - keyWidth)).forEach((p, i) => {
          rows.push([
            { text: i ? ' '.repeat(keyWidth) : key + ' '.repeat(Math.max(1, keyWidth - units(key))), style: 'key' },
            { text: p.text, style: 'text' },
          ]);
        });
      }
    };
    table(ctx.keys());
    rows.push([], [{ text: 'Marks', style: 'title' }]);
    table(LEGEND);
    rows.push([], [{ text: 'Commands (after :)', style: 'title' }]);
    table(COMMANDS.map((c) => [c.usage, c.help] as const));
    rows.push([], [{ text: 'Your place is saved after every choice: q leaves at once, caviar --continue comes back.', style: 'dim' }]);
    return rows.flatMap((row) =>
      units(row.map((s) => s.text).join('')) <= width ? [row] : wrapText(row.map((s) => s.text).join(''), width).map((p) => [{ text: p.text, style: row[0]?.style ?? 'text' }]),
    );
  });
}
