// The branch map as an outline to move through: the folded trees (branches/tree.ts buildTree)
// flattened once into entries in reading order, with folding. Every move and every frame costs
// the rows on screen, not the size of the map: the entries are built once when the view opens,
// and the list of entries on show is rebuilt only when a branch is folded or unfolded.

import type { BranchMap } from '../../../branches/map.ts';
import { buildTree, type TreeNode, type TreeStep } from '../../../branches/tree.ts';

export interface OutlineEntry {
  kind: 'node' | 'untaken';
  /** Indentation level (0 for a start of the story). */
  level: number;
  /** Index of the entry of the parent point, -1 for a start. */
  parent: number;
  /** The point itself; for an untaken choice, the point where it is offered. */
  tree: TreeNode;
  /** The step that leads here from the parent (null for a start and for untaken choices). */
  step: TreeStep | null;
  /** The untaken choice's text. */
  text?: string;
}

export class MapOutline {
  readonly entries: OutlineEntry[] = [];
  /** Per entry: the index just past its branches. */
  private readonly ends: number[] = [];
  private readonly folded = new Set<number>();
  /** Indices of the entries on show, increasing. */
  shown: number[] = [];

  constructor(map: BranchMap, currentId: string | null) {
    // Depth-first with an explicit stack: a long story must not exhaust the call stack.
    type Item = Omit<OutlineEntry, 'parent'> & { parent: number };
    const stack: Item[] = map
      .roots()
      .reverse()
      .map((root) => ({ kind: 'node', level: 0, parent: -1, tree: buildTree(map, root, currentId), step: null }));
    while (stack.length) {
      const item = stack.pop()!;
      const index = this.entries.push(item) - 1;
      if (item.kind !== 'node') continue;
      const below: Item[] = [
        ...item.tree.steps.map((step): Item => ({ kind: 'node', level: item.level + 1, parent: index, tree: step.to, step })),
        ...item.tree.untaken.map((text): Item => ({ kind: 'untaken', level: item.level + 1, parent: index, tree: item.tree, step: null, text })),
      ];
      for (let i = below.length - 1; i >= 0; i--) stack.push(below[i]!);
    }
    // An entry's branches run until the next entry at its level or above.
    const open: number[] = [];
    this.ends = new Array<number>(this.entries.length).fill(this.entries.length);
    this.entries.forEach((e, i) => {
      while (open.length && this.entries[open.at(-1)!]!.level >= e.level) this.ends[open.pop()!] = i;
      open.push(i);
    });
    this.refresh();
  }

  hasBranches(index: number): boolean {
    return this.ends[index]! > index + 1;
  }

  isFolded(index: number): boolean {
    return this.folded.has(index);
  }

  fold(index: number, folded: boolean): void {
    if (folded && this.hasBranches(index)) this.folded.add(index);
    else this.folded.delete(index);
    this.refresh();
  }

  /** Unfolds every point above `index`, so that it is on show. */
  reveal(index: number): void {
    let changed = false;
    for (let p = this.entries[index]?.parent ?? -1; p >= 0; p = this.entries[p]!.parent) changed = this.folded.delete(p) || changed;
    if (changed) this.refresh();
  }

  /** The position of entry `index` among those on show (or of the nearest one before it). */
  position(index: number): number {
    let lo = 0;
    let hi = this.shown.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.shown[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The entry where the player stands. */
  current(): number {
    return this.entries.findIndex((e) => e.kind === 'node' && e.tree.current);
  }

  private refresh(): void {
    const shown: number[] = [];
    for (let i = 0; i < this.entries.length; i = this.folded.has(i) ? this.ends[i]! : i + 1) shown.push(i);
    this.shown = shown;
  }
}
