// The endings (`e`): every ending the story has (its `# ending:` tags), the ones reached in any
// playthrough marked, how often and when first (local time), grouped by role when the story
// has roles. The same summary as `:endings` (branches/endings.ts), with the same note when
// lines of the branch-map file were damaged and skipped (the counts may then be short).

import { type EndingRow, summarizeEndings } from '../../../branches/endings.ts';
import { metadataOf } from '../../../story/metadata.ts';
import { localTime } from '../../../local-time.ts';
import { GLYPH } from '../glyphs.ts';
import type { Row, Span } from '../styled.ts';
import { sanitize } from '../text-width.ts';
import { wrapSpans } from '../wrap.ts';
import { type Overlay, type OverlayContext, TextOverlay, textRows } from './overlay.ts';

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

function endingRows(e: EndingRow, width: number): Row[] {
  const reached = e.count > 0;
  const spans: Span[] = [
    { text: `${reached ? GLYPH.reached : GLYPH.unreached} `, style: reached ? 'mark' : 'dim' },
    { text: sanitize(e.title || e.id), style: reached ? 'value' : 'text' },
    { text: reached ? `  ${times(e.count)}, first ${localTime(e.firstAt!)}` : '  not reached yet', style: 'dim' },
  ];
  return wrapSpans(spans, width, 2).map(({ row }) => row);
}

/** "british" → "British", as the sidebar names a role. */
const roleName = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);

export function endings(ctx: OverlayContext): Overlay {
  const { session, map } = ctx.controller;
  const summary = summarizeEndings(metadataOf(session.story), map);
  const title = summary.total ? `Endings: ${summary.reached} of ${summary.total} reached` : 'Endings';
  const note = map.damageNote();
  const noted = (rows: Row[], width: number): Row[] => (note ? [...rows, [], ...textRows([note], width, 'error')] : rows);
  return new TextOverlay(title, (width) => {
    if (!summary.total) return noted(textRows(['This story has no "# ending:" tags, so there are no endings to list.'], width, 'dim'), width);
    const rows: Row[] = [];
    const headed = summary.groups.length > 1 || summary.groups.some((g) => g.role !== null);
    for (const group of summary.groups) {
      if (headed) {
        if (rows.length) rows.push([]);
        rows.push([{ text: group.role ? `Role: ${sanitize(roleName(group.role))}` : 'Other endings', style: 'title' }]);
      }
      for (const e of group.endings) rows.push(...endingRows(e, width));
    }
    return noted(rows, width);
  });
}
