// Options (`o`): theme and typewriter, applied at once and remembered between runs.

import { THEMES } from '../theme.ts';
import { fit } from '../wrap.ts';
import { MenuOverlay, type MenuItem, type Overlay, type OverlayContext } from './overlay.ts';

export function options(ctx: OverlayContext): Overlay {
  const item = (label: string, value: () => string, change: () => void): MenuItem => ({
    rows: (width) => [[{ text: fit(`${label.padEnd(20)}${value()}`, width), style: 'value' }]],
    choose: () => {
      change();
      return 'done';
    },
  });
  const items = [
    item(
      'Theme',
      () => ctx.settings().theme,
      () => {
        const next = THEMES[(THEMES.indexOf(ctx.settings().theme) + 1) % THEMES.length]!;
        ctx.changeSettings({ theme: next });
      },
    ),
    item(
      'Typewriter reveal',
      () => (ctx.settings().typewriter ? 'on' : 'off'),
      () => ctx.changeSettings({ typewriter: !ctx.settings().typewriter }),
    ),
  ];
  return new MenuOverlay('Options (remembered)', () => items, 'change', { width: 48 });
}
