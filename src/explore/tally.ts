// What one worker has seen, as plain data (it crosses threads by structured clone): findings,
// endings, coverage, choices, branch edges and cuts, each first occurrence with the shortest way
// to reproduce it. Tallies from several workers merge into one; ties between equally short
// paths go to the smaller path, so the merged result does not depend on thread scheduling.

export interface Repro {
  /** The story seed (ink's RANDOM and shuffles). */
  seed: number;
  /** 0-based choice indices from the start, as inkjs numbers them. */
  path: number[];
  /** The choices' texts, when known while exploring (random mode); else found by replay. */
  texts?: string[];
}

/** Where an exploration stands: the arrays are reused, and copied only into kept examples. */
export interface Trail {
  seed: number;
  path: number[];
  texts: string[] | null;
}

const keep = (t: Trail): Repro => (t.texts ? { seed: t.seed, path: t.path.slice(), texts: t.texts.slice() } : { seed: t.seed, path: t.path.slice() });

export type FindingKind = 'error' | 'warning' | 'loose-end' | 'no-choices' | 'watchdog' | 'assert' | 'softlock';

export interface RawFinding {
  kind: FindingKind;
  message: string;
  /** Runtime path ("container" or "container.index") where it happened, when known. */
  inkPath: string | null;
  count: number;
  repro: Repro;
}

export interface Seen {
  count: number;
  repro: Repro;
}

export interface Cut {
  count: number;
  /** Flow (knot or knot.stitch) where each cut happened -> how many. */
  at: Map<string, number>;
  examples: Repro[];
}

export interface Tally {
  /** Playthroughs (random) or expanded choice-point steps (exhaustive). */
  runs: number;
  turns: number;
  findings: Map<string, RawFinding>;
  /** "tag:ID", "end:container.index" or "done:container.index". */
  endings: Map<string, Seen & { title?: string }>;
  /** Knot or stitch path -> how often visited, and a way there. */
  flows: Map<string, Seen>;
  /** Choice point path -> the text it was first offered with. */
  offered: Map<string, string>;
  taken: Map<string, number>;
  /** "from\tto" between flows at consecutive choice points -> count. */
  edges: Map<string, number>;
  cutDepth: Cut;
  /** `--goal` expressions made true, with a way there. */
  goals: Map<string, Seen>;
  /** "container.index" of each piece of content that ran -> how often (line coverage). */
  hits: Map<string, number>;
  /** Choice point path -> how often it was offered (a conditional choice's shown side). */
  offeredTimes: Map<string, number>;
}

export const MAX_EXAMPLES = 5;

export function newTally(): Tally {
  return {
    runs: 0,
    turns: 0,
    findings: new Map(),
    endings: new Map(),
    flows: new Map(),
    offered: new Map(),
    taken: new Map(),
    edges: new Map(),
    cutDepth: newCut(),
    goals: new Map(),
    hits: new Map(),
    offeredTimes: new Map(),
  };
}

export function newCut(): Cut {
  return { count: 0, at: new Map(), examples: [] };
}

/** Shorter first, then the smaller seed and path: a total order, for deterministic merges. */
export function compareRepro(a: Pick<Repro, 'seed' | 'path'>, b: Pick<Repro, 'seed' | 'path'>): number {
  if (a.path.length !== b.path.length) return a.path.length - b.path.length;
  if (a.seed !== b.seed) return a.seed - b.seed;
  for (let i = 0; i < a.path.length; i++) if (a.path[i] !== b.path[i]) return a.path[i]! - b.path[i]!;
  return 0;
}

/** Records one more occurrence; copies the path only when it becomes the kept example. */
export function noteSeen<T extends Seen>(map: Map<string, T>, key: string, trail: Trail, extra?: Omit<T, keyof Seen>): void {
  const old = map.get(key);
  if (!old) {
    map.set(key, { ...(extra as T), count: 1, repro: keep(trail) });
    return;
  }
  old.count++;
  if (compareRepro(trail, old.repro) < 0) old.repro = keep(trail);
}

export function noteFinding(t: Tally, key: string, f: Omit<RawFinding, 'count' | 'repro'>, trail: Trail): void {
  noteSeen(t.findings, key, trail, f);
}

/** Counts a cut; `path` (null: not worth building) may become one of its examples. */
export function noteCut(cut: Cut, flow: string, trail: Trail | null): void {
  cut.count++;
  cut.at.set(flow, (cut.at.get(flow) ?? 0) + 1);
  if (trail) addExample(cut.examples, keep(trail));
}

function addExample(examples: Repro[], repro: Repro): void {
  examples.push(repro);
  examples.sort(compareRepro);
  if (examples.length > MAX_EXAMPLES) examples.length = MAX_EXAMPLES;
}

export function mergeTally(into: Tally, from: Tally): Tally {
  into.runs += from.runs;
  into.turns += from.turns;
  mergeSeen(into.findings, from.findings);
  mergeSeen(into.endings, from.endings);
  mergeSeen(into.flows, from.flows);
  for (const [k, v] of from.offered) if (!into.offered.has(k)) into.offered.set(k, v);
  addCounts(into.taken, from.taken);
  addCounts(into.edges, from.edges);
  mergeCut(into.cutDepth, from.cutDepth);
  mergeSeen(into.goals, from.goals);
  addCounts(into.hits, from.hits);
  addCounts(into.offeredTimes, from.offeredTimes);
  return into;
}

export function mergeCut(into: Cut, from: Cut): void {
  into.count += from.count;
  addCounts(into.at, from.at);
  for (const e of from.examples) addExample(into.examples, e);
}

function mergeSeen<T extends Seen>(into: Map<string, T>, from: Map<string, T>): void {
  for (const [k, v] of from) {
    const old = into.get(k);
    if (!old) into.set(k, v);
    else {
      old.count += v.count;
      if (compareRepro(v.repro, old.repro) < 0) old.repro = v.repro;
    }
  }
}

export function addCounts(into: Map<string, number>, from: Map<string, number>): void {
  for (const [k, v] of from) into.set(k, (into.get(k) ?? 0) + v);
}
