// The branch map as a readable tree: only the nodes where something happens (a branch, an
// ending, where the player is, an end of the line) are shown; the runs of single choices between
// them are folded into one step that says how many choices it holds. Shared by `:map`, the
// terminal UI's map view and the HTML/DOT exports.

import type { BranchMap, MapNode } from './map.ts';

export interface TreeStep {
  /** The first choice of the step, and how many more choices were folded into it. */
  choice: string;
  folded: number;
  /** Choices offered along the folded run but never taken. */
  untakenAlong: number;
  to: TreeNode;
}

export interface TreeNode {
  node: MapNode;
  steps: TreeStep[];
  /** Choices offered here but never taken. */
  untaken: string[];
  current: boolean;
  /** The current position lies somewhere below this node. */
  holdsCurrent: boolean;
}

export function buildTree(map: BranchMap, root: MapNode, currentId: string | null): TreeNode {
  const onPath = new Set<string>();
  for (let n = currentId ? map.nodes.get(currentId) : undefined; n; n = n.parent ? map.nodes.get(n.parent) : undefined) onPath.add(n.id);
  const untakenAt = (n: MapNode) => {
    const taken = map.taken(n.id);
    return n.offered.filter((t) => !taken.has(t));
  };
  const significant = (n: MapNode) => n.children.length !== 1 || n.endings.size > 0 || n.id === currentId;

  const make = (node: MapNode): TreeNode => ({ node, steps: [], untaken: untakenAt(node), current: node.id === currentId, holdsCurrent: onPath.has(node.id) });

  // With a stack, not recursion: a map thousands of branchings deep must not exhaust the call stack.
  const top = make(root);
  const todo = [top];
  while (todo.length) {
    const tree = todo.pop()!;
    for (const childId of tree.node.children) {
      let to = map.nodes.get(childId)!;
      const choice = to.via!.text;
      let folded = 0;
      let untakenAlong = 0;
      while (!significant(to)) {
        untakenAlong += untakenAt(to).length;
        to = map.nodes.get(to.children[0]!)!;
        folded++;
      }
      const below = make(to);
      tree.steps.push({ choice, folded, untakenAlong, to: below });
      todo.push(below);
    }
  }
  return top;
}

/** Indentation stops growing here, so a very deep map does not print pages of spaces per line. */
const MAX_INDENT_LEVELS = 16;

/** `:map` in plain mode: an indented outline, plain text only (read well by screen readers). */
export function renderTree(tree: TreeNode, endingTitles: Map<string, string>): string[] {
  const lines: string[] = [];
  const describe = (t: TreeNode) => {
    const parts = [`turn ${t.node.depth}: ${t.node.summary || '(no text)'}`];
    for (const [id, count] of t.node.endings) parts.push(`ENDING ${endingTitles.get(id) ?? id}${count > 1 ? ` (${count} times)` : ''}`);
    if (!t.node.children.length && !t.node.endings.size && !t.current) parts.push('(not followed further)');
    if (t.current) parts.push('<- you are here');
    return parts.join('  ');
  };
  // Depth-first with a stack of what is still to print: a node, or a line already made.
  const todo: Array<{ tree: TreeNode; level: number } | string> = [{ tree, level: 0 }];
  while (todo.length) {
    const item = todo.pop()!;
    if (typeof item === 'string') {
      lines.push(item);
      continue;
    }
    const { tree: t, level } = item;
    const deep = level > MAX_INDENT_LEVELS ? `(level ${level}) ` : '';
    const indent = '     '.repeat(Math.min(level, MAX_INDENT_LEVELS));
    lines.push(`${indent}* ${deep}${describe(t)}`);
    const after: Array<{ tree: TreeNode; level: number } | string> = [];
    t.steps.forEach((s, i) => {
      const others = s.untakenAlong ? `, ${s.untakenAlong} other${s.untakenAlong === 1 ? '' : 's'} never taken` : '';
      const fold = s.folded ? ` ... then ${s.folded} more choice${s.folded === 1 ? '' : 's'}${others}` : '';
      after.push(`${indent}  ${i + 1}. ${s.choice}${fold}`, { tree: s.to, level: level + 1 });
    });
    for (const text of t.untaken) after.push(`${indent}  -  never taken: ${text}`);
    for (let i = after.length - 1; i >= 0; i--) todo.push(after[i]!);
  }
  return lines;
}
