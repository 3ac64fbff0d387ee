// The glossary (`g`): the story's words of the time (glossary.json beside the story), each term
// in the title style with its definition under it; the same text as `:glossary` in plain mode.

import { glossaryFor, glossaryLines } from '../../../classroom/glossary.ts';
import type { Row } from '../styled.ts';
import { sanitize } from '../text-width.ts';
import { wrapText } from '../wrap.ts';
import { type Overlay, type OverlayContext, TextOverlay, textRows } from './overlay.ts';

export function glossary(ctx: OverlayContext): Overlay {
  const g = glossaryFor(ctx.controller.session.story);
  return new TextOverlay(
    'Glossary',
    (width) => {
      if (!g.terms.length) return textRows(glossaryLines(g).map(sanitize), width, g.problem ? 'error' : 'dim');
      const rows: Row[] = [];
      g.terms.forEach((t, i) => {
        if (i) rows.push([]);
        rows.push([{ text: sanitize(t.term), style: 'title' }]);
        for (const p of wrapText(sanitize(t.definition), width - 2)) rows.push([{ text: `  ${p.text}`, style: 'value' }]);
      });
      return rows;
    },
    76,
  );
}
