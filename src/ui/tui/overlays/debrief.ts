// The debrief (`d`, and by itself at every ending of a classroom session): what in this
// playthrough is documented history, what is disputed, what was invented. The classroom kit's
// view of it (classroom/view.ts: the same content plain mode prints), styled by the theme.

import type { DebriefSection } from '../../../classroom/debrief-text.ts';
import { debriefView } from '../../../classroom/view.ts';
import type { Row } from '../styled.ts';
import { sanitize } from '../text-width.ts';
import { wrapText } from '../wrap.ts';
import { type Overlay, type OverlayContext, TextOverlay, textRows } from './overlay.ts';

function sectionRows(section: DebriefSection, width: number): Row[] {
  const rows: Row[] = [];
  // The outcome's heading is the window's title.
  if (section.id !== 'outcome') rows.push([], [{ text: section.heading, style: 'title' }]);
  rows.push(...textRows(section.lines.map(sanitize), width, section.id === 'unlisted' ? 'error' : 'text', 0));
  section.items.forEach((item, i) => {
    const number = `${i + 1}. `;
    wrapText(number + sanitize(item.text), width, number.length).forEach((p, n) => {
      rows.push(
        n
          ? [{ text: ' '.repeat(number.length) + p.text, style: 'value' }]
          : [{ text: number, style: 'key' }, { text: p.text.slice(number.length), style: 'value' }],
      );
    });
    for (const detail of item.details) {
      const indent = ' '.repeat(number.length);
      for (const p of wrapText(sanitize(detail), width - indent.length)) rows.push([{ text: indent + p.text, style: 'dim' }]);
    }
  });
  return rows;
}

export function debrief(ctx: OverlayContext): Overlay {
  const { sections } = debriefView(ctx.controller.session);
  return new TextOverlay(
    'Debrief',
    (width) => [...sections.flatMap((s) => sectionRows(s, width)), [], [{ text: 'End of the debrief.', style: 'dim' }]],
    76,
  );
}
