// `caviar map STORY --out FILE`: the branch map as a standalone HTML page (an SVG drawing, no
// outside assets) or as Graphviz DOT, chosen by the file's extension. Both draw the folded tree
// of tree.ts: the points where something happens, joined by the choices taken (with how many
// further choices each edge stands for).

import { escapeHtml } from '../escape.ts';
import type { EndingsSummary } from './endings.ts';
import type { BranchMap } from './map.ts';
import { buildTree, type TreeNode } from './tree.ts';

interface Placed {
  tree: TreeNode;
  level: number;
  row: number;
  parent: Placed | null;
  via: string | null;
  folded: number;
}

/** Left-to-right layout: leaves take consecutive rows, a parent sits level with its first child. */
function layout(map: BranchMap): { placed: Placed[]; rows: number; levels: number } {
  const placed: Placed[] = [];
  let rows = 0;
  let levels = 0;
  // Depth-first with a stack (a deep map must not exhaust the call stack), in the order a
  // recursive walk would take, so leaves still take consecutive rows.
  type Todo = { tree: TreeNode; level: number; parent: Placed | null; via: string | null; folded: number };
  const todo: Todo[] = map
    .roots()
    .reverse()
    .map((root) => ({ tree: buildTree(map, root, null), level: 0, parent: null, via: null, folded: 0 }));
  while (todo.length) {
    const { tree, level, parent, via, folded } = todo.pop()!;
    const me: Placed = { tree, level, row: rows, parent, via, folded };
    placed.push(me);
    levels = Math.max(levels, level + 1);
    if (!tree.steps.length) rows++;
    for (let i = tree.steps.length - 1; i >= 0; i--) {
      const s = tree.steps[i]!;
      todo.push({ tree: s.to, level: level + 1, parent: me, via: s.choice, folded: s.folded });
    }
  }
  return { placed, rows: Math.max(rows, 1), levels };
}

const clip = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

export function mapToHtml(map: BranchMap, title: string, endings: EndingsSummary, endingTitles: Map<string, string>): string {
  const { placed, rows, levels } = layout(map);
  const colW = 280;
  const rowH = 70;
  const boxW = 220;
  const boxH = 44;
  const x = (p: Placed) => 20 + p.level * colW;
  const y = (p: Placed) => 30 + p.row * rowH;
  const parts: string[] = [];
  for (const p of placed) {
    if (!p.parent) continue;
    const x1 = x(p.parent) + boxW;
    const y1 = y(p.parent) + boxH / 2;
    const x2 = x(p);
    const y2 = y(p) + boxH / 2;
    parts.push(`<path class="edge" d="M${x1},${y1} C${x1 + 30},${y1} ${x2 - 30},${y2} ${x2},${y2}"/>`);
    // The choice is written just above the box it leads to, where each row has room for it.
    const label = `${clip(p.via ?? '', 30)}${p.folded ? ` (+${p.folded})` : ''}`;
    parts.push(`<text class="via" x="${x2 + 2}" y="${y(p) - 5}"><title>${escapeHtml(p.via ?? '')}</title>› ${escapeHtml(label)}</text>`);
  }
  for (const p of placed) {
    const node = p.tree.node;
    const ended = [...node.endings.keys()].map((id) => endingTitles.get(id) ?? id);
    const cls = ended.length ? 'node ending' : p.tree.steps.length ? 'node' : 'node open';
    const line2 = ended.length ? `ENDING: ${ended.join(', ')}` : `turn ${node.depth}${p.tree.untaken.length ? ` · ${p.tree.untaken.length} never taken` : ''}`;
    parts.push(
      `<g class="${cls}"><title>${escapeHtml(node.summary)}</title>` +
        `<rect x="${x(p)}" y="${y(p)}" width="${boxW}" height="${boxH}" rx="6"/>` +
        `<text x="${x(p) + 8}" y="${y(p) + 18}">${escapeHtml(clip(node.summary || '(no text)', 34))}</text>` +
        `<text class="sub" x="${x(p) + 8}" y="${y(p) + 35}">${escapeHtml(clip(line2, 38))}</text></g>`,
    );
  }
  const width = 40 + levels * colW;
  const height = 40 + rows * rowH;
  const reached = endings.groups.flatMap((g) => g.endings).map(
    (e) => `<li class="${e.count ? 'yes' : 'no'}">${escapeHtml(e.title)} <code>${escapeHtml(e.id)}</code>${e.count ? `: ${e.count}×` : ': not reached'}</li>`,
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Branch map: ${escapeHtml(title)}</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem;color:#111;background:#fff}
h1{font-size:1.4rem;margin:0 0 .3rem}
.summary{color:#444;margin:0 0 1rem}
ul.endings{columns:2;padding-left:1.2rem}
li.no{color:#777}
.map{overflow:auto;border:1px solid #ccc}
.edge{fill:none;stroke:#999;stroke-width:1.5}
.via{font-size:11px;fill:#333}
.node rect{fill:#f4f6fb;stroke:#4a5a8a}
.node.ending rect{fill:#fff4d6;stroke:#a0700a;stroke-width:2}
.node.open rect{stroke-dasharray:4 3}
.node text{font-size:12px;fill:#111}
.node text.sub{font-size:11px;fill:#555}
@media print{.map{overflow:visible;border:0}}
</style></head><body>
<h1>Branch map: ${escapeHtml(title)}</h1>
<p class="summary">${map.playthroughs} playthrough${map.playthroughs === 1 ? '' : 's'} · ${map.nodes.size} choice points seen · ${endings.reached} of ${endings.total} endings reached. Boxes are the points where paths part or end; each line is a choice taken, with (+N) for the further choices it stands for. Dashed boxes: not followed further.</p>
<ul class="endings">${reached.join('')}</ul>
<div class="map"><svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="Branch map">${parts.join('')}</svg></div>
</body></html>
`;
}

export function mapToDot(map: BranchMap, title: string, endingTitles: Map<string, string>): string {
  const { placed } = layout(map);
  // DOT strings: quotes and backslashes escaped, a newline as DOT's own \n line break.
  const q = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
  const lines = [`digraph branches {`, `  label=${q(`Branch map: ${title}`)};`, '  rankdir=LR;', '  node [shape=box, style=rounded];'];
  for (const p of placed) {
    const node = p.tree.node;
    const ended = [...node.endings.keys()].map((id) => endingTitles.get(id) ?? id);
    const label = `${clip(node.summary || '(no text)', 40)}${ended.length ? `\nENDING: ${ended.join(', ')}` : `\nturn ${node.depth}`}`;
    lines.push(`  ${q(node.id)} [label=${q(label)}${ended.length ? ', penwidth=2' : ''}];`);
    if (p.parent) lines.push(`  ${q(p.parent.tree.node.id)} -> ${q(node.id)} [label=${q(`${clip(p.via ?? '', 40)}${p.folded ? ` (+${p.folded})` : ''}`)}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
