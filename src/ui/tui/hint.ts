// The one-line key hint at the bottom: as many hints as fit, the most useful first; help and
// quit always stay.

import type { Row } from './styled.ts';
import { units } from './text-width.ts';

export type Hint = readonly [key: string, what: string];

export function hintRow(hints: readonly Hint[], width: number): Row {
  const always = hints.slice(-2);
  const rest = hints.slice(0, -2);
  const size = (h: Hint) => units(h[0]) + 1 + units(h[1]) + 2;
  let room = width - 1 - always.reduce((n, h) => n + size(h), 0);
  const chosen: Hint[] = [];
  for (const h of rest) {
    if (size(h) > room) break;
    chosen.push(h);
    room -= size(h);
  }
  const row: Row = [{ text: ' ', style: 'dim' }];
  for (const [key, what] of [...chosen, ...always]) {
    if (units(row.map((s) => s.text).join('')) + units(key) + 1 + units(what) > width) break;
    row.push({ text: key, style: 'key' }, { text: ` ${what}  `, style: 'dim' });
  }
  const last = row.at(-1);
  if (last) last.text = last.text.replace(/ +$/, '');
  return row;
}
