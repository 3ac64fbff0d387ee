// Exhaustive exploration, the explorer's half: depth first over choice points (so endings come
// early, and the frontier stays as small as a path's pending siblings), merging choice points
// whose states get the same key (state-key.ts); a choice point is expanded once, so when the
// stack runs dry every reachable choice point (within the bounds) has been seen. Workers expand
// batches from the top of the stack; replies are applied in the order the batches were made, and
// a batch is made only after applying the oldest one, so ids, paths and cuts do not depend on
// which thread finished first.
//
// Memory: the seen set holds 96 bits of each key in flat arrays; the stack holds saved states, as
// they are up to a quarter of its byte budget, then deflated (about a third of the size, for a
// tenth of a step's time), and beyond the budget only paths (replayed from the start when
// expanded); the search tree is kept as two integer arrays (parent, choice index) so any path
// can be rebuilt.

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
  /** The choices taken before the root (ExploreOptions.startPath): every path reported starts with them. */
  startPath: number[];
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

interface StackNode {
  id: number;
  key: string;
  state: SavedState | null;
  choices: number;
  at: string;
  depth: number;
}

const BATCH = 16;

class SearchTree {
  constructor(private readonly prefix: readonly number[]) {}

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
    return [...this.prefix, ...out.reverse()];
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

/**
 * Keys seen so far, 96 bits of each (a wrong merge by collision: about 1 in 10^14 at 10^7
 * states), with the fewest choices each was reached by: depth first meets a state by a long path
 * before a short one, and under a depth bound the short one must still be expanded.
 */
export class SeenSet {
  private table = new Uint32Array(4 * 1024);
  private used = 0;

  get size(): number {
    return this.used;
  }

  /** The depth the key was reached at first (or since, shallower); -1 when unseen. */
  depth(key: string): number {
    const at = this.slot(...words(key));
    return this.table[at] === 0 ? -1 : this.table[at + 3]!;
  }

  /** Notes the key at this depth (new, or reached by fewer choices than before). */
  set(key: string, depth: number): void {
    const [a, b, c] = words(key);
    const at = this.slot(a, b, c);
    const t = this.table;
    if (t[at] === 0) {
      t[at] = a;
      t[at + 1] = b;
      t[at + 2] = c;
      if (++this.used * 2 > t.length / 4) {
        t[at + 3] = depth;
        this.grow();
        return;
      }
    }
    t[at + 3] = depth;
  }

  /** Where the key is, or the empty slot where it would go. */
  private slot(a: number, b: number, c: number): number {
    const t = this.table;
    const slots = t.length / 4;
    for (let i = ((a ^ b) >>> 0) % slots; ; i = (i + 1) % slots) {
      const at = i * 4;
      if (t[at] === 0 || (t[at] === a && t[at + 1] === b && t[at + 2] === c)) return at;
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Uint32Array(old.length * 2);
    for (let i = 0; i < old.length; i += 4) {
      if (old[i] === 0) continue;
      const at = this.slot(old[i]!, old[i + 1]!, old[i + 2]!);
      this.table.set(old.subarray(i, i + 4), at);
    }
  }
}

/** The first 96 bits of a base64 key as three words; all-zero marks an empty slot, so a key hashing to it is nudged. */
function words(key: string): [number, number, number] {
  const bytes = Buffer.from(key, 'base64');
  return [bytes.readUInt32LE(0) || 1, bytes.readUInt32LE(4), bytes.readUInt32LE(8)];
}

export async function runExhaustive(workers: ExploreWorker[], root: ChildResult, s: ExhaustiveSettings): Promise<ExhaustiveResult> {
  const tree = new SearchTree(s.startPath);
  const seen = new SeenSet();
  const cuts = { depth: { ...newCut(), choices: 0 }, time: { ...newCut(), choices: 0 }, states: newCut() };
  const result: ExhaustiveResult = { states: 0, merged: 0, depth: 0, stopped: null, cuts };
  if (root.kind !== 'choices') return result;

  tree.add(-1, -1);
  seen.set(root.key, 0);
  let bytes = root.state.length;
  const stack: StackNode[] = [{ id: 0, key: root.key, state: root.state, choices: root.choices, at: root.at, depth: 0 }];
  // Choice points cut at the depth bound, by key: one met again by fewer choices is expanded after all.
  const depthCuts = new Map<string, StackNode>();
  let everCut = false;
  const cut = (into: Cut & { choices?: number }, n: StackNode) => {
    noteCut(into, n.at, into.examples.length < MAX_EXAMPLES ? { seed: s.seed, path: tree.path(n.id), texts: null } : null);
    if (into.choices !== undefined) into.choices += n.choices;
  };
  const stopNow = () => {
    if (s.interrupted()) result.stopped = 'interrupted';
    else if (s.deadline !== null && Date.now() >= s.deadline) result.stopped = 'time';
    return result.stopped === 'interrupted' || result.stopped === 'time';
  };

  const depthOf = new Map<number, number>();
  const apply = (batch: StackNode[], children: ChildResult[]) => {
    for (const n of batch) depthOf.set(n.id, n.depth);
    const found: StackNode[] = [];
    for (const child of children) {
      if (child.kind !== 'choices') continue;
      const depth = depthOf.get(child.parent)! + 1;
      const path = () => [...tree.path(child.parent), child.index];
      const before = seen.depth(child.key);
      // Met again by fewer choices once the depth bound has cut something: expanded again, as
      // what lay beyond the bound on the longer path may lie within it now.
      if (before !== -1 && (before <= depth || !everCut)) {
        result.merged++;
        continue;
      }
      if (before === -1 && seen.size >= s.maxStates) {
        result.stopped ??= 'states';
        noteCut(cuts.states, child.at, cuts.states.examples.length < MAX_EXAMPLES ? { seed: s.seed, path: path(), texts: null } : null);
        continue;
      }
      seen.set(child.key, depth);
      depthCuts.delete(child.key);
      const saved = bytes + child.state.length <= s.frontierBytes / 4 ? child.state : deflate(child.state);
      const keep = bytes + sizeOf(saved) <= s.frontierBytes;
      if (keep) bytes += sizeOf(saved);
      found.push({ id: tree.add(child.parent, child.index), key: child.key, state: keep ? saved : null, choices: child.choices, at: child.at, depth });
    }
    for (const n of batch) depthOf.delete(n.id);
    // Reversed, so the first choice of the first node is expanded next.
    for (let i = found.length - 1; i >= 0; i--) stack.push(found[i]!);
  };

  const free = workers.map((_, i) => i);
  const inFlight: Array<{ worker: number; batch: StackNode[]; reply: Promise<ChildResult[]> }> = [];
  const dispatch = () => {
    while (free.length && stack.length && !stopNow()) {
      const batch: StackNode[] = [];
      while (batch.length < BATCH && stack.length) {
        const n = stack.pop()!;
        if (n.depth >= s.maxDepth) {
          if (n.state) bytes -= sizeOf(n.state);
          n.state = null;
          depthCuts.set(n.key, n);
          everCut = true;
          continue;
        }
        result.depth = Math.max(result.depth, n.depth);
        batch.push(n);
      }
      if (!batch.length) continue;
      const worker = free.shift()!;
      const nodes: FrontierNode[] = batch.map((n) => ({ id: n.id, state: n.state, path: tree.path(n.id) }));
      // The worker has its own copy now: these states can go.
      for (const n of batch) {
        if (n.state) bytes -= sizeOf(n.state);
        n.state = null;
      }
      const reply = workers[worker]!.call({ type: 'expand', nodes }).then((r) => {
        if (r.type !== 'expanded') throw new Error(`explorer worker answered ${r.type} to expand`);
        return r.results;
      });
      // Rejections are awaited below, in order; this keeps an early one from going unhandled.
      reply.catch(() => undefined);
      inFlight.push({ worker, batch, reply });
    }
  };

  dispatch();
  while (inFlight.length) {
    const oldest = inFlight.shift()!;
    apply(oldest.batch, await oldest.reply);
    free.push(oldest.worker);
    s.onProgress?.({ states: seen.size, depth: result.depth, frontier: stack.length });
    dispatch();
  }
  if (result.stopped === 'time' || result.stopped === 'interrupted') for (const n of stack) cut(cuts.time, n);
  for (const n of [...depthCuts.values()].sort((a, b) => a.id - b.id)) cut(cuts.depth, n);
  result.states = seen.size;
  return result;
}
