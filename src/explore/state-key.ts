// The merge rule of exhaustive exploration: when two choice points get the same key, the story
// will behave the same from both, whatever is chosen next, so only one of them is explored.
//
// The key is a hash of the ink state (inkjs `state.ToJson()`) made canonical. It keeps
// everything ink can read later, and leaves out only what ink provably never reads:
//
//   kept as is   every flow's call stack (position, tunnel and function frames, temporaries,
//                the previous pointer ink uses to count visits on the next divert), the current
//                choices with their texts, targets and threads, global variables (LIST values
//                included), the evaluation stack, the current flow, the seed and previous
//                random number (RANDOM and shuffles).
//   left out    the output stream: each Continue() starts by clearing it, so text already
//                printed cannot change what comes next; the format version numbers; the
//                return address of a choice's text ($r); a global variable, a visit count or
//                a turn index none of whose readers can be reached from where the story stands
//                (observed.ts).
//   renumbered  thread indices, in order of first appearance: they only name threads, and
//                inkjs keeps counting them up for ever (threadCounter is dropped).
//   relative    turn indices, as "turns ago" (turnIdx - index): that is all TURNS_SINCE reads.
//                The turn number itself is kept only when the story calls TURNS().
//   reduced     visit counts, by what can read each one (structure.ts finds the readers):
//                - read by {knot}, READ_COUNT or a shuffle: kept exact;
//                - read only by once-only choices: "visited or not" (min(count, 1));
//                - read only by a stopping/once-only sequence of n items: min(count, n + 1);
//                - read only by a cycle of n items: its place in the cycle;
//                - read by nothing: left out (hubs and loops bump these for ever; without this
//                  rule no story with a hub would ever finish exploring);
//                - a container the analysis does not know: kept exact.
//
// Everything else in the state (including fields a later inkjs might add) is kept, so an
// unknown field can only stop a merge, never cause a wrong one. The maps whose order means
// nothing (counts, turn indices, choice threads, temporaries) are written sorted; elsewhere the
// order inkjs writes is kept, which at worst makes two equal states look different (a missed
// merge, never a wrong one).

import crypto from 'node:crypto';
import { type FlowGraph, hasSlot } from './observed.ts';
import type { CountRule, StoryStructure } from './structure.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

export type KeyRules = Pick<StoryStructure, 'containers' | 'readsTurnNumber'> &
  Partial<Pick<StoryStructure, 'turns' | 'graph'>> & {
    /** --assert and --goal read any count and the turn: keep them all exact. */
    keepAll?: boolean;
  };

/** The compiler's return address of a choice's text, always written before it is read. */
const RETURN_TEMP = /^\$r\d*$/;

/** The canonical form of a state (exposed for tests and debugging); stateKey hashes it. */
export function canonicalState(stateJson: string, rules: KeyRules): Obj {
  const state = JSON.parse(stateJson) as Obj;
  const out: Obj = { ...state };
  delete out.inkSaveVersion;
  delete out.inkFormatVersion;

  const numbers = new Map<number, number>();
  const indexOf = (n: number): number => {
    if (!numbers.has(n)) numbers.set(n, numbers.size);
    return numbers.get(n)!;
  };
  const renumber = (n: Json): Json => (typeof n === 'number' ? indexOf(n) : n);
  const atChoices = Object.values(isObj(state.flows) ? state.flows : {}).some((f) => isObj(f) && Array.isArray(f.currentChoices) && f.currentChoices.length > 0);
  const frame = (f: Json, top: boolean): Json => {
    if (!isObj(f)) return f;
    const out: Obj = { ...f };
    if (isObj(f.temp)) out.temp = sorted(Object.fromEntries(Object.entries(f.temp).filter(([name]) => !RETURN_TEMP.test(name))));
    // Taking a choice puts its thread back and points its top frame at the choice's target.
    if (top && atChoices) {
      delete out.cPath;
      delete out.idx;
    }
    return out;
  };
  const thread = (t: Json): Json =>
    isObj(t)
      ? {
          ...t,
          threadIndex: renumber(t.threadIndex ?? null),
          ...(Array.isArray(t.callstack) ? { callstack: t.callstack.map((f, i, all) => frame(f, i === all.length - 1)) } : {}),
        }
      : t;

  const flows = isObj(state.flows) ? state.flows : {};
  const canonicalFlows: Obj = {};
  for (const name of Object.keys(flows).sort()) {
    const flow = flows[name];
    if (!isObj(flow)) {
      canonicalFlows[name] = flow ?? null;
      continue;
    }
    const f: Obj = { ...flow };
    delete f.outputStream;
    if (isObj(flow.callstack)) {
      const cs: Obj = { ...flow.callstack };
      delete cs.threadCounter;
      if (Array.isArray(cs.threads)) cs.threads = cs.threads.map(thread);
      f.callstack = cs;
    }
    if (Array.isArray(flow.currentChoices)) {
      f.currentChoices = flow.currentChoices.map((c) => (isObj(c) ? { ...c, originalThreadIndex: renumber(c.originalThreadIndex ?? null) } : c));
    }
    if (isObj(flow.choiceThreads)) {
      const threads: Obj = {};
      for (const key of Object.keys(flow.choiceThreads).sort((a, b) => Number(a) - Number(b))) {
        threads[String(indexOf(Number(key)))] = thread(flow.choiceThreads[key] ?? null);
      }
      f.choiceThreads = threads;
    }
    canonicalFlows[name] = f;
  }
  out.flows = canonicalFlows;

  const readable = rules.graph && !rules.keepAll ? readableFrom(state, rules.graph) : null;
  const live = (kind: 'count' | 'turn', path: string) => {
    const slot = readable && rules.graph!.slotId(kind, path);
    return slot === null || slot === undefined || hasSlot(readable!, slot);
  };
  // A global no reader can reach is left out; one nothing reads at all, too. Not while a frame
  // holds a pointer to a global (a `ref` parameter): it is read under the parameter's name.
  if (readable && isObj(state.variablesState) && !JSON.stringify(state.flows).includes('"^var"')) {
    const graph = rules.graph!;
    out.variablesState = Object.fromEntries(
      Object.entries(state.variablesState).filter(([name]) => {
        const slot = graph.slotId('var', name);
        return slot !== undefined && hasSlot(readable, slot);
      }),
    );
  }
  if (isObj(state.visitCounts)) {
    const counts: Obj = {};
    for (const [path, count] of Object.entries(state.visitCounts).sort(byKey)) {
      const rule = rules.keepAll || !rules.containers.has(path) ? ({ kind: 'exact' } as CountRule) : rules.containers.get(path)!;
      if (rule && typeof count === 'number' && live('count', path)) counts[path] = reduceCount(count, rule);
    }
    out.visitCounts = counts;
  }

  const turn = typeof state.turnIdx === 'number' ? state.turnIdx : 0;
  if (isObj(state.turnIndices)) {
    const ago: Obj = {};
    for (const [path, index] of Object.entries(state.turnIndices).sort(byKey)) {
      // Without the analysis (rules.turns absent) every turn index is kept, as "turns ago".
      const rule = rules.keepAll || !rules.turns ? ({ kind: 'exact' } as CountRule) : rules.turns.get(path);
      if (!rule || !live('turn', path)) continue;
      ago[path] = typeof index === 'number' ? reduceCount(turn - index, rule) : index;
    }
    out.turnIndices = ago;
  }
  if (!rules.readsTurnNumber && !rules.keepAll) delete out.turnIdx;
  return out;
}

/**
 * Where the story can go on from: at a choice point, each choice's target and the frames under
 * the top of its thread (where tunnels and functions return to); elsewhere every frame. Null
 * (keep every count) when the state holds a place the analysis does not know.
 */
function readableFrom(state: Obj, graph: FlowGraph): Uint32Array | null {
  const flows = isObj(state.flows) ? Object.values(state.flows) : [];
  if (flows.length !== 1 || !isObj(flows[0])) return null;
  const flow = flows[0];
  const cs = isObj(flow.callstack) ? flow.callstack : {};
  const current = Array.isArray(cs.threads) ? cs.threads.filter(isObj) : [];
  const choices = Array.isArray(flow.currentChoices) ? flow.currentChoices.filter(isObj) : [];
  const threads = isObj(flow.choiceThreads) ? flow.choiceThreads : {};
  const places: string[] = [];
  const frames = (t: Json | undefined, withTop: boolean) => {
    if (!isObj(t) || !Array.isArray(t.callstack)) return false;
    const all = t.callstack.filter(isObj);
    for (const f of withTop ? all : all.slice(0, -1)) if (typeof f.cPath === 'string' && typeof f.idx === 'number') places.push(`${f.cPath}|${f.idx}`);
    return true;
  };
  if (choices.length) {
    for (const c of choices) {
      if (typeof c.targetPath !== 'string') return null;
      places.push(c.targetPath);
      const own = (typeof c.originalThreadIndex === 'number' ? threads[String(c.originalThreadIndex)] : undefined) ?? current.find((t) => t.threadIndex === c.originalThreadIndex);
      if (!frames(own, false)) return null;
    }
  } else for (const t of current) frames(t, true);
  const key = places.join('\n');
  const starts: number[] = [];
  for (const place of new Set(places)) {
    const id = place.includes('|') ? graph.find(...splitPlace(place)) : positionOfPath(graph, place);
    if (id === undefined) return graph.readable(null, key);
    starts.push(id);
  }
  return graph.readable(starts, key);
}

function splitPlace(place: string): [string, number] {
  const bar = place.lastIndexOf('|');
  return [place.slice(0, bar), Number(place.slice(bar + 1))];
}

/** "knot.0.c-1" (a container) or "knot.0.7" (content 7 of knot.0) as a position. */
function positionOfPath(graph: FlowGraph, path: string): number | undefined {
  const start = graph.find(path, 0);
  if (start !== undefined) return start;
  const cut = path.lastIndexOf('.');
  const tail = path.slice(cut + 1);
  return /^\d+$/.test(tail) ? graph.find(cut < 0 ? '' : path.slice(0, cut), Number(tail)) : undefined;
}

/** 27 characters identifying the state under the merge rule. */
export function stateKey(stateJson: string, rules: KeyRules): string {
  return crypto.createHash('sha1').update(JSON.stringify(canonicalState(stateJson, rules))).digest('base64').slice(0, 27);
}

export function reduceCount(count: number, rule: CountRule): number {
  switch (rule.kind) {
    case 'exact':
      return count;
    case 'saturate':
      return Math.min(count, rule.at);
    case 'cycle':
      return count <= 0 ? 0 : ((count - 1) % rule.period) + 1;
  }
}

const byKey = (a: [string, unknown], b: [string, unknown]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

function sorted(o: Obj): Obj {
  return Object.fromEntries(Object.entries(o).sort(byKey));
}

function isObj(v: Json | undefined): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
