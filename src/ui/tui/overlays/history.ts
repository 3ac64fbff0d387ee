// The history (`h`): every turn with the choice taken there; choosing one rewinds to the moment
// before it (plain mode's :back N), so another path can be taken.

import { sanitize } from '../text-width.ts';
import { wrapText } from '../wrap.ts';
import { MenuOverlay, type MenuItem, type Overlay, type OverlayContext } from './overlay.ts';

export function historyMenu(ctx: OverlayContext): Overlay {
  const path = ctx.controller.session.path();
  const items: MenuItem[] = path.map((c) => ({
    rows: (width) => {
      const label = `${String(c.turn).padStart(3)}. `;
      return wrapText(`${label}${sanitize(c.text)}`, width, label.length).map((p, i) => [
        { text: (i ? ' '.repeat(label.length) : '') + p.text, style: 'value' as const },
      ]);
    },
    choose: () => {
      ctx.close();
      ctx.run(`:back ${c.turn}`);
      return 'done';
    },
  }));
  items.push({
    rows: () => [[{ text: `  now: turn ${ctx.controller.session.state.turn}`, style: 'dim' }]],
    choose: () => 'close',
  });
  return new MenuOverlay('History: choose a turn to go back to', () => items, 'go back there', {
    selected: Math.max(0, items.length - 2),
    empty: 'No choices yet.',
  });
}
