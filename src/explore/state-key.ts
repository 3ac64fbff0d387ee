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
//                printed cannot change what comes next; the format version numbers.
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
import type { CountRule, StoryStructure } from './structure.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

export type KeyRules = Pick<StoryStructure, 'containers' | 'readsTurnNumber'>;

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
  const frame = (f: Json): Json => (isObj(f) && isObj(f.temp) ? { ...f, temp: sorted(f.temp) } : f);
  const thread = (t: Json): Json =>
    isObj(t) ? { ...t, threadIndex: renumber(t.threadIndex ?? null), ...(Array.isArray(t.callstack) ? { callstack: t.callstack.map(frame) } : {}) } : t;

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

  if (isObj(state.visitCounts)) {
    const counts: Obj = {};
    for (const [path, count] of Object.entries(state.visitCounts).sort(byKey)) {
      const rule = rules.containers.has(path) ? rules.containers.get(path)! : ({ kind: 'exact' } as CountRule);
      if (rule && typeof count === 'number') counts[path] = reduceCount(count, rule);
    }
    out.visitCounts = counts;
  }

  const turn = typeof state.turnIdx === 'number' ? state.turnIdx : 0;
  if (isObj(state.turnIndices)) {
    const ago: Obj = {};
    for (const [path, index] of Object.entries(state.turnIndices).sort(byKey)) ago[path] = typeof index === 'number' ? turn - index : index;
    out.turnIndices = ago;
  }
  if (!rules.readsTurnNumber) delete out.turnIdx;
  return out;
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
