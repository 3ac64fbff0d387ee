// The branch graph of the HTML report as inline SVG: knots and stitches in columns by how many
// choice points from the start they were first met (breadth first over the explored edges),
// then a column of those only passed through, then one of those never visited.

import type { ExploreReport } from './report.ts';

type Graph = ExploreReport['graph'];

const COL = 200;
const ROW = 26;
const BOX_W = 172;
const BOX_H = 20;
const PAD = 12;
const MAX_NODES = 800;

const esc = (t: string) => t.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const FILL: Record<string, string> = { start: '#dbe9ff', top: '#dbe9ff', end: '#d6f0dc', fault: '#ffd9d9', knot: '#fff', stitch: '#fff' };

export function graphSvg(graph: Graph): string {
  let nodes = graph.nodes;
  if (nodes.length > MAX_NODES) nodes = nodes.filter((n) => n.visited);
  const ids = new Set(nodes.map((n) => n.id));
  const edges = graph.edges.filter((e) => ids.has(e.from) && ids.has(e.to));
  const out = new Map<string, string[]>();
  for (const e of edges) if (e.from !== e.to) out.set(e.from, [...(out.get(e.from) ?? []), e.to]);

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
  let last = Math.max(-1, ...layer.values());
  const passed = nodes.filter((n) => !layer.has(n.id) && n.visited);
  const never = nodes.filter((n) => !layer.has(n.id) && !n.visited);
  if (passed.length) passed.forEach((n) => layer.set(n.id, last + 1));
  if (passed.length) last++;
  never.forEach((n) => layer.set(n.id, last + 1));

  const columns: string[][] = [];
  for (const n of nodes) (columns[layer.get(n.id)!] ??= []).push(n.id);
  // One pass of barycentre ordering keeps most edges short and uncrossed.
  const row = new Map<string, number>();
  columns.forEach((col, c) => {
    if (c > 0) {
      const bary = (id: string) => {
        const preds = edges.filter((e) => e.to === id && row.has(e.from)).map((e) => row.get(e.from)!);
        return preds.length ? preds.reduce((a, b) => a + b, 0) / preds.length : Number.MAX_SAFE_INTEGER;
      };
      col.sort((a, b) => bary(a) - bary(b));
    }
    col.forEach((id, r) => row.set(id, r));
  });

  const x = (id: string) => PAD + layer.get(id)! * COL;
  const y = (id: string) => PAD + row.get(id)! * ROW;
  const width = PAD * 2 + columns.length * COL;
  const height = PAD * 2 + Math.max(1, ...columns.map((c) => c.length)) * ROW;
  const maxCount = Math.max(1, ...edges.map((e) => e.count));

  const lines = edges.map((e) => {
    const w = (1 + (3 * Math.log(e.count + 1)) / Math.log(maxCount + 1)).toFixed(1);
    const x1 = x(e.from) + BOX_W;
    const y1 = y(e.from) + BOX_H / 2;
    const x2 = x(e.to);
    const y2 = y(e.to) + BOX_H / 2;
    let d: string;
    if (e.from === e.to) d = `M${x1},${y1 - 4} c24,-18 24,26 0,8`;
    else if (x2 > x1) d = `M${x1},${y1} C${x1 + 40},${y1} ${x2 - 40},${y2} ${x2},${y2}`;
    else d = `M${x1},${y1} C${x1 + 60},${y1 - 40} ${x2 - 60},${y2 - 40} ${x2},${y2}`; // back to an earlier column
    return `<path d="${d}" fill="none" stroke="#5a6f8f" stroke-opacity="0.45" stroke-width="${w}"><title>${esc(`${e.from} -> ${e.to}: ${e.count}`)}</title></path>`;
  });
  const boxes = nodes.map((n) => {
    const label = n.id.length > 26 ? `${n.id.slice(0, 25)}…` : n.id;
    const fill = n.visited ? FILL[n.kind] : '#eee';
    const dash = n.visited ? '' : ' stroke-dasharray="3 2"';
    return (
      `<g><title>${esc(`${n.id} (${n.kind}${n.visited ? '' : ', never visited'})`)}</title>` +
      `<rect x="${x(n.id)}" y="${y(n.id)}" width="${BOX_W}" height="${BOX_H}" rx="4" fill="${fill}" stroke="${n.visited ? '#667' : '#aaa'}"${dash}/>` +
      `<text x="${x(n.id) + 6}" y="${y(n.id) + 14}" font-size="12" fill="${n.visited ? '#222' : '#888'}">${esc(label)}</text></g>`
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui,sans-serif">${lines.join('')}${boxes.join('')}</svg>`;
}
