// The branch graph of the HTML report as inline SVG, top to bottom: knots and stitches in rows by
// how many choice points from the start they were first met (breadth first over the explored
// edges), then a row of those only passed through, then one of those never visited.

import type { ExploreReport } from './report.ts';

type Graph = ExploreReport['graph'];

const BOX_W = 172;
const BOX_H = 22;
const COL = BOX_W + 16;
const ROW = BOX_H + 44;
const PAD = 12;
const MAX_NODES = 800;
const WRAP = 8;

const esc = (t: string) => t.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const FILL: Record<string, string> = { start: '#dbe9ff', top: '#dbe9ff', end: '#d6f0dc', fault: '#ffd9d9', knot: '#fff', stitch: '#fff' };

export function graphSvg(graph: Graph): string {
  let nodes = graph.nodes;
  if (nodes.length > MAX_NODES) nodes = nodes.filter((n) => n.visited);
  const ids = new Set(nodes.map((n) => n.id));
  const edges = graph.edges.filter((e) => ids.has(e.from) && ids.has(e.to));
  const out = new Map<string, string[]>();
  const loops = new Map<string, number>();
  for (const e of edges) {
    if (e.from === e.to) loops.set(e.from, e.count);
    else out.set(e.from, [...(out.get(e.from) ?? []), e.to]);
  }

  // Columns: breadth-first distance from the start over explored edges.
  const layer = new Map<string, number>();
  const roots = nodes.filter((n) => n.kind === 'start').map((n) => n.id);
  const queue = roots.length ? roots : nodes.filter((n) => !edges.some((e) => e.to === n.id && e.from !== n.id) && out.has(n.id)).map((n) => n.id);
  for (const r of queue) layer.set(r, 0);
  for (let i = 0; i < queue.length; i++) {
    for (const next of out.get(queue[i]!) ?? []) {
      if (!layer.has(next)) {
        layer.set(next, layer.get(queue[i]!)! + 1);
        queue.push(next);
      }
    }
  }
  // Knots met only in passing, then knots never visited, in rows of WRAP under the graph.
  let next = Math.max(-1, ...layer.values()) + 1;
  const labels: Array<{ layer: number; text: string }> = [];
  for (const [group, text] of [
    [nodes.filter((n) => !layer.has(n.id) && n.visited), 'visited in passing (no choice offered there)'],
    [nodes.filter((n) => !layer.has(n.id) && !n.visited), 'never visited'],
  ] as const) {
    if (group.length === 0) continue;
    labels.push({ layer: next, text });
    group.forEach((n, i) => layer.set(n.id, next + Math.floor(i / WRAP)));
    next += Math.ceil(group.length / WRAP);
  }

  const rows: string[][] = [];
  for (const n of nodes) (rows[layer.get(n.id)!] ??= []).push(n.id);
  // One pass of barycentre ordering keeps most edges short and uncrossed.
  const slot = new Map<string, number>();
  rows.forEach((nodesOfRow, r) => {
    if (r > 0) {
      const bary = (id: string) => {
        const preds = edges.filter((e) => e.to === id && slot.has(e.from)).map((e) => slot.get(e.from)!);
        return preds.length ? preds.reduce((a, b) => a + b, 0) / preds.length : Number.MAX_SAFE_INTEGER;
      };
      nodesOfRow.sort((a, b) => bary(a) - bary(b));
    }
    nodesOfRow.forEach((id, i) => slot.set(id, i));
  });

  const x = (id: string) => PAD + slot.get(id)! * COL;
  const y = (id: string) => PAD + layer.get(id)! * ROW;
  const width = PAD * 2 + Math.max(1, ...rows.map((r) => r.length)) * COL + 40;
  const height = PAD * 2 + rows.length * ROW;
  const maxCount = Math.max(1, ...edges.map((e) => e.count));

  // Loops back to the same knot are left out of the drawing (its tooltip gives their count).
  const lines = edges
    .filter((e) => e.from !== e.to)
    .map((e) => {
      const w = (1 + (3 * Math.log(e.count + 1)) / Math.log(maxCount + 1)).toFixed(1);
      let d: string;
      if (layer.get(e.to)! > layer.get(e.from)!) {
        const [x1, y1, x2, y2] = [x(e.from) + BOX_W / 2, y(e.from) + BOX_H, x(e.to) + BOX_W / 2, y(e.to)];
        d = `M${x1},${y1} C${x1},${y1 + 30} ${x2},${y2 - 30} ${x2},${y2}`;
      } else {
        // Back (or sideways) to an earlier row: out of the right side and round.
        const [x1, y1, x2, y2] = [x(e.from) + BOX_W, y(e.from) + BOX_H / 2, x(e.to) + BOX_W, y(e.to) + BOX_H / 2];
        d = `M${x1},${y1} C${x1 + 50},${y1} ${x2 + 50},${y2} ${x2},${y2}`;
      }
      return `<path d="${d}" fill="none" stroke="#5a6f8f" stroke-opacity="0.45" stroke-width="${w}"><title>${esc(`${e.from} -> ${e.to}: ${e.count}`)}</title></path>`;
    });
  const boxes = nodes.map((n) => {
    const label = n.id.length > 26 ? `${n.id.slice(0, 25)}…` : n.id;
    const fill = n.visited ? FILL[n.kind] : '#eee';
    const dash = n.visited ? '' : ' stroke-dasharray="3 2"';
    return (
      `<g><title>${esc(`${n.id} (${n.kind}${n.visited ? '' : ', never visited'}${loops.has(n.id) ? `; back to itself ${loops.get(n.id)} times` : ''})`)}</title>` +
      `<rect x="${x(n.id)}" y="${y(n.id)}" width="${BOX_W}" height="${BOX_H}" rx="4" fill="${fill}" stroke="${n.visited ? '#667' : '#aaa'}"${dash}/>` +
      `<text x="${x(n.id) + 6}" y="${y(n.id) + 14}" font-size="12" fill="${n.visited ? '#222' : '#888'}">${esc(label)}</text></g>`
    );
  });
  const captions = labels.map((l) => `<text x="${PAD}" y="${PAD + l.layer * ROW - 10}" font-size="12" font-style="italic" fill="#555">${esc(l.text)}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui,sans-serif">${lines.join('')}${boxes.join('')}${captions.join('')}</svg>`;
}
