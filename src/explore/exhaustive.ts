// Exhaustive exploration, the explorer's half: breadth first over choice points, one level (one
// more choice) at a time, merging choice points whose states get the same key (state-key.ts).
// Workers expand batches of a level; their results are applied in the order the batches were
// made, so ids, kept paths and cuts do not depend on which thread finished first.
//
// Memory: the seen set holds 27-character keys; the frontier holds saved states, as they are up
// to a quarter of its byte budget, then deflated (about a third of the size, for a tenth of a
// step's time), and beyond the budget only paths (replayed from the start when expanded); the
// search tree is kept as two integer arrays (parent, choice index) so any path can be rebuilt.

import zlib from 'node:zlib';
import type { ChildResult, FrontierNode, SavedState } from './expand.ts';
import type { ExploreWorker } from './pool.ts';
import { MAX_EXAMPLES, newCut, noteCut, type Cut } from './tally.ts';

export interface ExhaustiveSettings {
  seed: number;
  maxDepth: number;
  maxStates: number;
  frontierBytes: number;
  /** Date.now() after which no more batches start; null: none. */
  deadline: number | null;
  /** Checked between batches (Ctrl-C). */
  interrupted: () => boolean;
  onProgress?: (p: ExhaustiveProgress) => void;
}

export interface ExhaustiveProgress {
  states: number;
  depth: number;
  frontier: number;
}

export interface ExhaustiveResult {
  /** Distinct choice points found (the root included). */
  states: number;
  /** Steps that led to a choice point already known. */
  merged: number;
  /** Deepest level expanded (choices from the start). */
  depth: number;
  stopped: null | 'time' | 'states' | 'interrupted';
  /** Choice points not expanded, by reason, each with where they were and a few paths to them. */
  cuts: { depth: Cut & { choices: number }; time: Cut & { choices: number }; states: Cut };
}

interface LevelNode {
  id: number;
  state: SavedState | null;
  choices: number;
  at: string;
}

const BATCH = 16;

class SearchTree {
  private parent: Int32Array = new Int32Array(1024);
  private index: Int32Array = new Int32Array(1024);
  size = 0;

  add(parent: number, index: number): number {
    if (this.size === this.parent.length) {
      this.parent = grow(this.parent);
      this.index = grow(this.index);
    }
    this.parent[this.size] = parent;
    this.index[this.size] = index;
    return this.size++;
  }

  path(id: number): number[] {
    const out: number[] = [];
    for (let n = id; n > 0; n = this.parent[n]!) out.push(this.index[n]!);
    return out.reverse();
  }
}

// zlib hands back a view into a 16 kB chunk: copy it to its own exact-size buffer, or each
// state would hold the whole chunk (and a message would copy the whole chunk too).
const deflate = (state: string): Uint8Array => new Uint8Array(zlib.deflateRawSync(state, { level: 1 }));

const sizeOf = (state: SavedState) => (typeof state === 'string' ? state.length : state.byteLength);

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

export async function runExhaustive(workers: ExploreWorker[], root: ChildResult, s: ExhaustiveSettings): Promise<ExhaustiveResult> {
  const tree = new SearchTree();
  const seen = new Set<string>();
  const cuts = { depth: { ...newCut(), choices: 0 }, time: { ...newCut(), choices: 0 }, states: newCut() };
  const result: ExhaustiveResult = { states: 0, merged: 0, depth: 0, stopped: null, cuts };
  if (root.kind !== 'choices') return result;

  tree.add(-1, -1);
  seen.add(root.key);
  let bytes = root.state.length;
  let level: LevelNode[] = [{ id: 0, state: root.state, choices: root.choices, at: root.at }];
  const cut = (into: Cut & { choices?: number }, nodes: Iterable<LevelNode>) => {
    for (const n of nodes) {
      noteCut(into, n.at, into.examples.length < MAX_EXAMPLES ? { seed: s.seed, path: tree.path(n.id), texts: null } : null);
      if (into.choices !== undefined) into.choices += n.choices;
    }
  };

  for (let depth = 0; level.length > 0; depth++) {
    if (depth >= s.maxDepth) {
      cut(cuts.depth, level);
      break;
    }
    result.depth = depth;
    const next: LevelNode[] = [];
    const batches: LevelNode[][] = [];
    for (let i = 0; i < level.length; i += BATCH) batches.push(level.slice(i, i + BATCH));
    const done: Array<ChildResult[] | undefined> = [];
    let dispatched = 0;
    let applied = 0;
    let expanded = 0;

    const apply = () => {
      while (applied < batches.length && done[applied]) {
        for (const child of done[applied]!) {
          if (child.kind !== 'choices') continue;
          if (seen.has(child.key)) {
            result.merged++;
            continue;
          }
          const path = () => [...tree.path(child.parent), child.index];
          if (seen.size >= s.maxStates) {
            result.stopped ??= 'states';
            noteCut(cuts.states, child.at, cuts.states.examples.length < MAX_EXAMPLES ? { seed: s.seed, path: path(), texts: null } : null);
            continue;
          }
          seen.add(child.key);
          const saved = bytes + child.state.length <= s.frontierBytes / 4 ? child.state : deflate(child.state);
          const keep = bytes + sizeOf(saved) <= s.frontierBytes;
          if (keep) bytes += sizeOf(saved);
          next.push({ id: tree.add(child.parent, child.index), state: keep ? saved : null, choices: child.choices, at: child.at });
        }
        expanded += batches[applied]!.length;
        done[applied++] = undefined;
      }
      s.onProgress?.({ states: seen.size, depth, frontier: level.length - expanded + next.length });
    };

    const stopNow = () => {
      if (s.interrupted()) result.stopped = 'interrupted';
      else if (s.deadline !== null && Date.now() >= s.deadline) result.stopped = 'time';
      return result.stopped === 'interrupted' || result.stopped === 'time';
    };

    await Promise.all(
      workers.map(async (worker) => {
        while (dispatched < batches.length && !stopNow()) {
          const b = dispatched++;
          const nodes: FrontierNode[] = batches[b]!.map((n) => ({ id: n.id, state: n.state, path: tree.path(n.id) }));
          // The worker has its own copy now: this level's states can go.
          for (const n of batches[b]!) {
            if (n.state) bytes -= sizeOf(n.state);
            n.state = null;
          }
          const reply = await worker.call({ type: 'expand', nodes });
          if (reply.type !== 'expanded') throw new Error(`explorer worker answered ${reply.type} to expand`);
          done[b] = reply.results;
          apply();
        }
      }),
    );
    if (result.stopped === 'time' || result.stopped === 'interrupted') {
      cut(cuts.time, batches.slice(dispatched).flat());
      cut(cuts.time, next);
      break;
    }
    level = next;
  }
  result.states = seen.size;
  return result;
}
