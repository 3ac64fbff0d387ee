// Which visit counts and turn indices the story can still read from a given place: the liveness
// half of the merge rule (state-key.ts). structure.ts builds the story's flow graph over
// positions ("container.index" of compiled ink, plus each container's end) and says where each
// count or turn index is read; this file closes the graph once, per position, into the set of
// readers reachable from it. A state's key then keeps a count only if some position the state
// can resume from reaches one of its readers: a once-only choice left behind in a weave that
// nothing leads back to cannot tell "taken" from "not taken", so paths that differ only there
// merge. Global variables are read the same way: one no reader can reach any more is left out.
//
// The graph over-approximates ink's flow (a divert through a variable may go to any divert target
// the story names, a call returns to just after its call site, a thread both runs and is
// skipped), so a reader it calls unreachable is unreachable.

/** What the story reads: a container's visit count, the turn index of its last visit, or a global variable (`container` is then its name). */
export interface Slot {
  kind: 'count' | 'turn' | 'var';
  container: string;
}

export class FlowGraph {
  readonly slots: Slot[] = [];
  private readonly slotIds = new Map<string, number>();
  private readonly succ: number[][] = [];
  private readonly readers: number[][] = [];
  private readonly ids = new Map<string, number>();
  private closure: Uint32Array[] | null = null;
  private words = 0;
  private readonly cache = new Map<string, Uint32Array | null>();

  /** A position's id; `index` may be the container's length (its end). */
  position(container: string, index: number): number {
    const key = `${container}|${index}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.succ.length;
      this.ids.set(key, id);
      this.succ.push([]);
      this.readers.push([]);
    }
    return id;
  }

  find(container: string, index: number): number | undefined {
    return this.ids.get(`${container}|${index}`);
  }

  edge(from: number, to: number): void {
    this.succ[from]!.push(to);
  }

  slot(kind: Slot['kind'], container: string): number {
    const key = `${kind}|${container}`;
    let id = this.slotIds.get(key);
    if (id === undefined) {
      id = this.slots.length;
      this.slotIds.set(key, id);
      this.slots.push({ kind, container });
    }
    return id;
  }

  slotId(kind: Slot['kind'], container: string): number | undefined {
    return this.slotIds.get(`${kind}|${container}`);
  }

  reads(at: number, slot: number): void {
    this.readers[at]!.push(slot);
  }

  /** Closes the graph: each position's readable slots (Tarjan's components, iteratively). */
  close(): void {
    const n = this.succ.length;
    const words = (this.words = Math.max(1, Math.ceil(this.slots.length / 32)));
    const sets: Uint32Array[] = new Array(n);
    const index = new Int32Array(n).fill(-1);
    const low = new Int32Array(n);
    const onStack = new Uint8Array(n);
    const comp = new Int32Array(n).fill(-1);
    const stack: number[] = [];
    const compSets: Uint32Array[] = [];
    let counter = 0;
    for (let root = 0; root < n; root++) {
      if (index[root] !== -1) continue;
      const work: Array<[number, number]> = [[root, 0]];
      index[root] = low[root] = counter++;
      stack.push(root);
      onStack[root] = 1;
      while (work.length) {
        const top = work[work.length - 1]!;
        const [v, i] = top;
        const out = this.succ[v]!;
        if (i < out.length) {
          top[1]++;
          const w = out[i]!;
          if (index[w] === -1) {
            index[w] = low[w] = counter++;
            stack.push(w);
            onStack[w] = 1;
            work.push([w, 0]);
          } else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
          continue;
        }
        work.pop();
        if (work.length) {
          const parent = work[work.length - 1]![0];
          low[parent] = Math.min(low[parent]!, low[v]!);
        }
        if (low[v] !== index[v]) continue;
        // v roots a component; every component it reaches is already closed.
        let set: Uint32Array = new Uint32Array(words);
        let same: Uint32Array | null = null;
        const members: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          comp[w] = compSets.length;
          members.push(w);
        } while (w !== v);
        for (const m of members) {
          for (const s of this.readers[m]!) set[s >>> 5]! |= 1 << (s & 31);
          for (const t of this.succ[m]!) {
            const c = comp[t]!;
            if (c !== -1 && c !== compSets.length) {
              const other = compSets[c]!;
              same ??= other;
              for (let k = 0; k < words; k++) set[k]! |= other[k]!;
            }
          }
        }
        // Straight-line content reads nothing new: share its successor's set (memory).
        if (same && same.every((x, k) => x === set[k])) set = same;
        compSets.push(set);
        for (const m of members) sets[m] = set;
      }
    }
    this.closure = sets;
  }

  /**
   * The slots readable from any of these positions, or null when one is unknown (then the
   * caller keeps everything). Cached: a story resumes from few distinct sets of positions.
   */
  readable(starts: number[] | null, cacheKey: string): Uint32Array | null {
    const hit = this.cache.get(cacheKey);
    if (hit !== undefined) return hit;
    let out: Uint32Array | null = null;
    if (starts && this.closure) {
      out = new Uint32Array(this.words);
      for (const p of starts) {
        const set = this.closure[p]!;
        for (let k = 0; k < this.words; k++) out[k]! |= set[k]!;
      }
    }
    if (this.cache.size < 100_000) this.cache.set(cacheKey, out);
    return out;
  }
}

export const hasSlot = (set: Uint32Array, slot: number) => (set[slot >>> 5]! & (1 << (slot & 31))) !== 0;
