// Help (`?`): every key, as the key map declares it (keymap.ts), the commands of the `:` line
// (the same as plain mode's), the marks the views draw, then the keys inside windows.

import { COMMANDS } from '../../../commands/registry.ts';
import { LEGEND } from '../glyphs.ts';
import { helpSections } from '../keymap.ts';
import type { Row } from '../styled.ts';
import { units } from '../text-width.ts';
import { wrapText } from '../wrap.ts';
import { type Overlay, TextOverlay } from './overlay.ts';

export function help(): Overlay {
  return new TextOverlay('Help', (width) => {
    const rows: Row[] = [];
    const table = (title: string, pairs: ReadonlyArray<readonly [string, string]>) => {
      if (rows.length) rows.push([]);
      rows.push([{ text: title, style: 'title' }]);
      const keyWidth = Math.min(24, Math.max(...pairs.map(([k]) => units(k))) + 2);
      for (const [key, what] of pairs) {
        wrapText(what, Math.max(8, width - keyWidth)).forEach((p, i) => {
          rows.push([
            { text: i ? ' '.repeat(keyWidth) : key + ' '.repeat(Math.max(1, keyWidth - units(key))), style: 'key' },
            { text: p.text, style: 'text' },
          ]);
        });
      }
    };
    // The main screen's keys and the commands first: what a player opens help for.
    const [keys, ...windows] = helpSections();
    table(keys!.title, keys!.rows);
    table('Commands (after :)', COMMANDS.map((c) => [c.usage, c.help] as const));
    table('Marks', LEGEND);
    for (const section of windows) table(section.title, section.rows);
    rows.push([], [{ text: 'Your place is saved after every choice: q leaves at once, caviar --continue comes back.', style: 'dim' }]);
    return rows.flatMap((row) =>
      units(row.map((s) => s.text).join('')) <= width ? [row] : wrapText(row.map((s) => s.text).join(''), width).map((p) => [{ text: p.text, style: row[0]?.style ?? 'text' }]),
    );
  });
}
