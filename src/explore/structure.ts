// What the explorer needs to know about a story before running it, read from the compiled JSON
// (the ink runtime format, so it works for stories loaded from .json as well as .ink): its knots
// and stitches, its choice points, its END statements, and who reads which visit counts (the
// merge rule in state-key.ts depends on that last part).

export interface FlowInfo {
  /** Runtime path: "knot" or "knot.stitch". */
  path: string;
  kind: 'knot' | 'stitch';
}

export interface ChoicePointInfo {
  /** Path of the choice point itself; inkjs calls it the choice's `sourcePath`. */
  path: string;
  /** The container a once-only choice checks for a visit. */
  target: string;
  onceOnly: boolean;
  /** A fallback choice (`* ->`): taken by ink on its own, never offered. */
  invisibleDefault: boolean;
}

import { FlowGraph } from './observed.ts';

/** How the story can observe a container's visit count (or turns since its last visit); see state-key.ts. */
export type CountRule = { kind: 'exact' } | { kind: 'saturate'; at: number } | { kind: 'cycle'; period: number };

export interface StoryStructure {
  flows: FlowInfo[];
  functions: Set<string>;
  choicePoints: ChoicePointInfo[];
  /** "container.index" of every `-> END`. */
  ends: string[];
  /** Every container path that exists, with its rule when the story can observe its count. */
  containers: Map<string, CountRule | null>;
  /** TURNS() reads the absolute turn number. */
  readsTurnNumber: boolean;
  /** Containers whose turn index TURNS_SINCE can read, with how far its comparisons tell values apart. */
  turns: Map<string, CountRule>;
  /** The story's flow graph: which counts and turn indices are readable from where. */
  graph: FlowGraph;
  /** Some `# ending:` tag exists (static or built by an expression). */
  hasEndingTags: boolean;
  /** Ending id -> "container.index" of its first static `# ending:` tag. */
  endingTagAt: Map<string, string>;
  /** What sits at "container.index": a choice point, END, DONE, or other content. */
  contentAt(container: string, index: number): 'choice' | 'end' | 'done' | 'other' | null;
}

type Json = unknown;

interface Node {
  path: string[];
  content: Json[];
  named: Map<string, Node>;
  /** Indexed children, by index, when they are containers. */
  indexed: Map<number, Node>;
  parent: Node | null;
  /** Index in the parent's content; null for a container reached only by name. */
  at: number | null;
}

const isContainer = (v: Json): v is Json[] => Array.isArray(v);
const terminator = (arr: Json[]) => (arr.at(-1) ?? null) as Record<string, Json> | null;
// Names inkjs generates inside weaves: choices (c-0), gathers (g-0), sequence branches (s0),
// conditional branches (b). A user's stitch never has these names.
const ENDING_TAG = /^\^\s*ending\s*:/i;
const GENERATED = /^(c-\d+|g-\d+|s\d+|b)$/;

export function analyseStory(json: string): StoryStructure {
  const root = (JSON.parse(json) as { root: Json[] }).root;
  const byPath = new Map<string, Node>();

  const build = (arr: Json[], path: string[], parent: Node | null, at: number | null): Node => {
    const node: Node = { path, content: arr.slice(0, -1), named: new Map(), indexed: new Map(), parent, at };
    byPath.set(path.join('.'), node);
    node.content.forEach((item, i) => {
      if (!isContainer(item)) return;
      const name = terminator(item)?.['#n'];
      const child = build(item, [...path, typeof name === 'string' ? name : String(i)], node, i);
      node.indexed.set(i, child);
      if (typeof name === 'string') node.named.set(name, child);
    });
    for (const [key, value] of Object.entries(terminator(arr) ?? {})) {
      if (key === '#f' || key === '#n' || !isContainer(value)) continue;
      node.named.set(key, build(value, [...path, key], node, null));
    }
    return node;
  };
  const top = build(root, [], null, null);

  // A path in the JSON is absolute ("knot.0.c-1") or relative to the object holding it
  // (".^.c-1": the first "^" is the object's own container, each further "^" one level up).
  const resolve = (from: Node, target: string): Node | null => {
    const parts = target.split('.');
    let node: Node | null = target.startsWith('.') ? from : top;
    const rest = target.startsWith('.') ? parts.slice(2) : parts;
    for (const part of rest) {
      if (!node) return null;
      if (part === '^') node = node.parent;
      else node = node.named.get(part) ?? (/^\d+$/.test(part) ? (node.indexed.get(Number(part)) ?? null) : null);
    }
    return node;
  };

  // A divert's target as a position: a path ending in an index that is not a container is that
  // index of its container; anything else is a container's start.
  const resolvePosition = (from: Node, target: string): [Node | null, number] => {
    const cut = target.lastIndexOf('.');
    const tail = target.slice(cut + 1);
    if (cut > 0 && /^\d+$/.test(tail)) {
      const container = resolve(from, target.slice(0, cut));
      if (container && !container.indexed.has(Number(tail))) return [container, Number(tail)];
    }
    return [resolve(from, target), 0];
  };

  const rules = new Map<string, CountRule | null>();
  for (const key of byPath.keys()) rules.set(key, null);
  const observe = (node: Node | null, rule: CountRule) => {
    if (!node) return;
    const key = node.path.join('.');
    rules.set(key, combine(rules.get(key) ?? null, rule));
  };

  const turnRules = new Map<string, CountRule>();
  const observeTurns = (node: Node | null, rule: CountRule) => {
    if (!node) return;
    const key = node.path.join('.');
    turnRules.set(key, combine(turnRules.get(key) ?? null, rule));
  };
  const graph = new FlowGraph();
  const pos = (node: Node, index: number) => graph.position(node.path.join('.'), index);
  // Readers are noted as they are met and resolved to slots once every rule is known.
  const countReads: Array<[number, Node]> = [];
  const turnReads: Array<[number, Node]> = [];
  const dynamicReads: Array<[number, 'count' | 'turn']> = [];
  const userTargets: Node[] = [];
  const varDiverts: number[] = [];
  const varReads: Array<[number, string]> = [];

  const choicePoints: ChoicePointInfo[] = [];
  const ends: string[] = [];
  const divertTargets: Node[] = [];
  let readsTurnNumber = false;
  let readsCountOfValue = false;
  let hasEndingTags = false;
  const called = new Set<string>();
  // Knots some divert, choice or tunnel from elsewhere goes into; knots whose flow goes out of
  // them (to END, DONE or another knot). A function does neither, even one never called.
  const entered = new Set<string>();
  const leaves = new Set<string>();
  const crossing = (node: Node, target: Node | null) => {
    const from = node.path[0];
    const to = target?.path[0];
    if (to === undefined || to === from) return;
    entered.add(to);
    if (from !== undefined) leaves.add(from);
  };
  const endingTagAt = new Map<string, string>();

  for (const node of byPath.values()) {
    const inGlobals = node.path[0] === 'global decl';
    const last = node.content.length;
    // A container's end falls through to what follows it in its parent; a container reached only
    // by name (a choice's or gather's body, a knot) ends its flow there.
    const parent = node.parent;
    if (parent && node.at !== null) graph.edge(pos(node, last), pos(parent, node.at + 1));
    else pos(node, last);
    node.content.forEach((item, i) => {
      const here = pos(node, i);
      const next = () => graph.edge(here, pos(node, i + 1));
      const to = (target: Node | null, index: number) => {
        if (target) graph.edge(here, pos(target, index));
        else graph.edge(here, pos(top, 0)); // unresolved: keep it reachable from everywhere
      };
      if (isContainer(item)) {
        to(node.indexed.get(i) ?? null, 0);
        return;
      }
      if (typeof item === 'string') {
        if (item === 'thread') {
          next();
          graph.edge(here, pos(node, Math.min(i + 2, last)));
        } else if (!['end', 'done', '->->', '~ret'].includes(item)) next();
        if (item === 'visit') {
          observe(node, sequenceRule(node.content, i));
          countReads.push([here, node]);
        } else if (item === 'turn') readsTurnNumber = true;
        else if (item === 'readc') {
          readsCountOfValue = true;
          dynamicReads.push([here, 'count']);
        } else if (item === 'turns') {
          const arg = node.content[i - 1] as Record<string, Json> | undefined;
          const literal = arg && typeof arg === 'object' && typeof arg['^->'] === 'string' ? resolve(node, arg['^->']) : null;
          if (literal) {
            observeTurns(literal, comparisonRule(node.content, i));
            turnReads.push([here, literal]);
          } else dynamicReads.push([here, 'turn']);
        }
        else if (item === 'end' && !inGlobals) ends.push(pointerAt(node, i));
        if ((item === 'end' || item === 'done') && node.path[0] !== undefined) leaves.add(node.path[0]);
        else if (ENDING_TAG.test(item) && node.content[i - 1] === '#') {
          hasEndingTags = true;
          const id = /^\S+/.exec(item.slice(1).replace(/^\s*ending\s*:\s*/i, ''))?.[0];
          if (id && !endingTagAt.has(id)) endingTagAt.set(id, pointerAt(node, i));
        }
        return;
      }
      if (!item || typeof item !== 'object') {
        next();
        return;
      }
      const obj = item as Record<string, Json>;
      const flowTo = (target: Json) => {
        if (typeof target !== 'string') return;
        const [t, index] = resolvePosition(node, target);
        to(t, index);
      };
      if (typeof obj['->'] === 'string') {
        if (obj.var === true) {
          // `$r` is the compiler's return address of a choice's text: written just before its
          // call, returned to by the `^->` edge below. Any other variable: any divert target.
          if (!/^\$r\d*$/.test(obj['->'])) varDiverts.push(here);
        } else flowTo(obj['->']);
        if (obj.c === true) next();
      } else if (typeof obj['->t->'] === 'string') {
        if (obj.var === true) varDiverts.push(here);
        else flowTo(obj['->t->']);
        next();
      } else {
        if (typeof obj['f()'] === 'string') flowTo(obj['f()']);
        if (typeof obj['x()'] === 'string') {
          const fallback = top.named.get(obj['x()']);
          if (fallback) to(fallback, 0);
        }
        if (typeof obj['*'] === 'string' || typeof obj['^->'] === 'string') flowTo(obj['*'] ?? obj['^->']);
        next();
      }
      if (typeof obj['^->'] === 'string' && !/\$r\d*$/.test(obj['^->'])) {
        const target = resolve(node, obj['^->']);
        if (target) userTargets.push(target);
      }
      // Stories compiled by older inks keep a tag as one object: {"#": "ending: id"}.
      if (typeof obj['#'] === 'string' && ENDING_TAG.test(`^${obj['#']}`)) hasEndingTags = true;
      // A variable read (a temporary of that name would be read instead: over-approximated), or a
      // pointer to a global made for a `ref` parameter, which the function can read.
      for (const name of [obj['VAR?'], obj['^var']]) if (typeof name === 'string') varReads.push([here, name]);
      if (typeof obj['CNT?'] === 'string') {
        const target = resolve(node, obj['CNT?']);
        observe(target, comparisonRule(node.content, i));
        if (target) countReads.push([here, target]);
      }
      // Function calls, and calls of EXTERNALs (whose ink fallbacks are functions).
      for (const call of [obj['f()'], obj['x()']]) if (typeof call === 'string') called.add(call.split('.')[0]!);
      for (const divert of [obj['->'], obj['->t->']]) if (typeof divert === 'string' && obj.var !== true) crossing(node, resolve(node, divert));
      if (typeof obj['^->'] === 'string') {
        const target = resolve(node, obj['^->']);
        if (target) divertTargets.push(target);
        crossing(node, target);
      }
      if (typeof obj['*'] === 'string') {
        const flags = typeof obj.flg === 'number' ? obj.flg : 0;
        const target = resolve(node, obj['*']);
        crossing(node, target);
        const info: ChoicePointInfo = {
          path: pointerAt(node, i),
          target: target?.path.join('.') ?? obj['*'],
          onceOnly: (flags & 16) !== 0,
          invisibleDefault: (flags & 8) !== 0,
        };
        choicePoints.push(info);
        // A once-only choice only asks "visited at least once?".
        if (info.onceOnly) {
          observe(target, { kind: 'saturate', at: 1 });
          if (target) countReads.push([here, target]);
        }
      }
    });
  }
  // READ_COUNT(x) on a divert-target variable can read any container a divert target names;
  // so can TURNS_SINCE(x), and a divert through a variable can go to any of them.
  if (readsCountOfValue) for (const t of divertTargets) observe(t, { kind: 'exact' });
  if (dynamicReads.some(([, kind]) => kind === 'turn')) for (const t of divertTargets) observeTurns(t, { kind: 'exact' });
  for (const from of varDiverts) for (const t of userTargets) graph.edge(from, pos(t, 0));
  for (const [at, target] of countReads) graph.reads(at, graph.slot('count', target.path.join('.')));
  for (const [at, target] of turnReads) graph.reads(at, graph.slot('turn', target.path.join('.')));
  for (const [at, name] of varReads) graph.reads(at, graph.slot('var', name));
  for (const [at, kind] of dynamicReads) {
    for (const t of divertTargets) graph.reads(at, graph.slot(kind, t.path.join('.')));
  }
  graph.close();

  const functions = new Set<string>();
  const flows: FlowInfo[] = [];
  for (const [name, knot] of top.named) {
    if (name === 'global decl') continue;
    // Functions are what is called as one, or what returns (ink refuses `~ return` in a knot),
    // or what nothing enters and nothing leaves: a function never called (innkeeper's state_to).
    if (called.has(name) || returns(knot) || (!entered.has(name) && !leaves.has(name))) {
      functions.add(name);
      continue;
    }
    flows.push({ path: name, kind: 'knot' });
    for (const stitch of knot.named.keys()) {
      if (!GENERATED.test(stitch)) flows.push({ path: `${name}.${stitch}`, kind: 'stitch' });
    }
  }

  const contentAt = (container: string, index: number): 'choice' | 'end' | 'done' | 'other' | null => {
    const node = byPath.get(container);
    if (!node || index < 0 || index >= node.content.length) return null;
    const item = node.content[index];
    if (item === 'end') return 'end';
    if (item === 'done') return 'done';
    if (item && typeof item === 'object' && typeof (item as Record<string, Json>)['*'] === 'string') return 'choice';
    return 'other';
  };

  return { flows, functions, choicePoints, ends, containers: rules, readsTurnNumber, turns: turnRules, graph, hasEndingTags, endingTagAt, contentAt };
}

function returns(node: Node): boolean {
  return node.content.includes('~ret') || [...node.indexed.values(), ...node.named.values()].some(returns);
}

function pointerAt(node: Node, index: number): string {
  return [...node.path, String(index)].join('.');
}

/**
 * A sequence reads its own container's count with "visit" and reduces it: stopping and once-only
 * sequences with MIN (the count saturates), cycles with % (the count cycles). Anything else
 * (shuffles, which seed their order with the loop number) needs the exact count.
 */
function sequenceRule(content: Json[], i: number): CountRule {
  const n = content[i + 1];
  const op = content[i + 2];
  const closes = content[i + 3] === '/ev';
  if (typeof n === 'number' && Number.isInteger(n) && n > 0 && closes) {
    // "visit" pushes count - 1; MIN(count - 1, n) stops changing once count reaches n + 1.
    if (op === 'MIN') return { kind: 'saturate', at: n + 1 };
    if (op === '%') return { kind: 'cycle', period: n };
  }
  return { kind: 'exact' };
}

const COMPARISONS = new Set(['==', '!=', '<', '>', '<=', '>=']);

/**
 * What a count (or turns since) pushed at `i` is used for. Compared with a number k, values above
 * k cannot be told apart (and a count only grows, turns since only grow or restart at 0), so it
 * saturates at k + 1; tested for truth alone (a condition, `not`), at 1; anything else: exact.
 */
function comparisonRule(content: Json[], i: number): CountRule {
  const [a, b, c] = [content[i + 1], content[i + 2], content[i + 3]];
  if (typeof a === 'number' && typeof b === 'string' && COMPARISONS.has(b)) return { kind: 'saturate', at: Math.max(0, Math.floor(a) + 1) };
  if (a === '!') return { kind: 'saturate', at: 1 };
  if (a === '/ev') {
    const cond = isContainer(c) ? (c[0] as Record<string, Json> | undefined) : (c as Record<string, Json> | undefined);
    if (cond && typeof cond === 'object' && cond.c === true && typeof cond['->'] === 'string') return { kind: 'saturate', at: 1 };
    if (cond && typeof cond === 'object' && typeof cond['*'] === 'string' && typeof cond.flg === 'number' && (cond.flg & 1) !== 0) return { kind: 'saturate', at: 1 };
  }
  return { kind: 'exact' };
}

/** Two observers of one count: the abstraction must satisfy both. */
function combine(a: CountRule | null, b: CountRule): CountRule {
  if (!a) return b;
  if (a.kind === 'exact' || b.kind === 'exact') return { kind: 'exact' };
  if (a.kind === 'saturate' && b.kind === 'saturate') return { kind: 'saturate', at: Math.max(a.at, b.at) };
  if (a.kind === 'cycle' && b.kind === 'cycle' && a.period === b.period) return a;
  return { kind: 'exact' };
}
