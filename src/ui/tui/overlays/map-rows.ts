// What the branch map view draws: one row per point (indent, fold mark, the choice that leads
// there and how many were folded into the step, endings, "you are here", the passage's first
// words) or per choice never taken; and, under the list, the details of the selected one.

import { localTime } from '../../../local-time.ts';
import { GLYPH } from '../glyphs.ts';
import type { Row, Span } from '../styled.ts';
import { sanitize } from '../text-width.ts';
import { fitSpans, wrapText } from '../wrap.ts';
import type { MapOutline, OutlineEntry } from './map-outline.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function startLabel(entry: OutlineEntry): string {
  const start = entry.tree.node.start;
  return start ? `Start at ${sanitize(start)}` : 'Start';
}

/** One entry as a row `width` cells wide at most. */
export function entryRow(outline: MapOutline, index: number, width: number, titles: ReadonlyMap<string, string>): Row {
  const entry = outline.entries[index]!;
  // Deep maps indent up to a third of the width; past that the turn in the details tells depth.
  const indent = ' '.repeat(2 * Math.min(entry.level, Math.floor(width / 6)));
  if (entry.kind === 'untaken') {
    return fitSpans([{ text: `${indent}– never taken: ${sanitize(entry.text ?? '')}`, style: 'dim' }], width);
  }
  const { tree, step } = entry;
  const mark = outline.hasBranches(index) ? (outline.isFolded(index) ? GLYPH.folded : GLYPH.open) : GLYPH.leaf;
  const spans: Span[] = [
    { text: `${indent}${mark} `, style: 'key' },
    { text: step ? sanitize(step.choice) : startLabel(entry), style: tree.holdsCurrent ? 'echo' : 'value' },
  ];
  if (step?.folded) spans.push({ text: ` (+${step.folded})`, style: 'dim' });
  for (const id of tree.node.endings.keys()) spans.push({ text: ` ${GLYPH.ending} ${sanitize(titles.get(id) || id)}`, style: 'title' });
  if (tree.current) spans.push({ text: ` ${GLYPH.here} you are here`, style: 'key' });
  if (tree.node.summary) spans.push({ text: ` · ${sanitize(tree.node.summary)}`, style: 'dim' });
  return fitSpans(spans, width);
}

/** What the selected entry is, at most `height` rows. */
export function detailRows(entry: OutlineEntry, width: number, height: number, titles: ReadonlyMap<string, string>): Row[] {
  const rows: Row[] = [];
  const add = (text: string, style: Span['style']) => {
    for (const p of wrapText(text, width, 2)) rows.push([{ text: (rows.length && p.offset ? '  ' : '') + p.text, style }]);
  };
  const { node } = entry.tree;
  const summary = node.summary ? sanitize(node.summary) : '(no text)';
  if (entry.kind === 'untaken') {
    add(`Never taken: ${sanitize(entry.text ?? '')}`, 'value');
    add(`Offered at turn ${node.depth}: ${summary}`, 'text');
    add('⏎ goes there, to take it.', 'dim');
    return rows.slice(0, height);
  }
  const step = entry.step;
  const here = entry.tree.current ? ' · you are here' : '';
  add(`Turn ${node.depth}${here} · first reached ${localTime(node.firstAt)}`, 'label');
  add(summary, 'value');
  if (step) {
    const more = step.folded ? `, then ${plural(step.folded, 'more choice')}` : '';
    const passed = step.untakenAlong ? ` (passing ${plural(step.untakenAlong, 'other')} never taken)` : '';
    add(`Reached by: ${sanitize(step.choice)}${more}${passed}`, 'text');
  }
  for (const [id, count] of node.endings) add(`Ending reached here: ${sanitize(titles.get(id) || id)} (${count === 1 ? 'once' : `${count} times`})`, 'title');
  if (entry.tree.untaken.length) add(`Never taken here: ${entry.tree.untaken.map(sanitize).join('; ')}`, 'dim');
  return rows.slice(0, height);
}
