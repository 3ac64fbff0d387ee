// What line coverage counts, read once from the compiled JSON: every piece of content (so each
// source line gets a hit count), the text ink prints, every branch of every conditional and every
// item of every sequence, shuffle and cycle, each named by the "container.index" of the content
// that runs first when it is entered (what the walker's HitCounter counts, ink-hooks.ts).

type Json = unknown;

export interface BranchItem {
  /** The branch's container ("knot.0.5.b"). */
  path: string;
  /** Counted when the branch is entered. */
  entry: string;
  /** 1-based place in its conditional, and how many branches the conditional has. */
  branch: number;
  of: number;
  /** An `- else:` or `|` branch: taken whenever the ones before it are not. */
  isElse: boolean;
  /** The first text it prints, shortened; null if it prints none. */
  text: string | null;
}

export interface ConditionalItem {
  /** The container holding the conditional. */
  path: string;
  branches: BranchItem[];
  /**
   * A conditional without an else branch has a side of its own, "no branch taken": the times
   * its last condition ran (this content) minus the times its last branch was entered.
   */
  lastTest: string | null;
}

export interface SequenceItem {
  /** The item's container ("knot.0.14.s1"). */
  path: string;
  entry: string;
  item: number;
  of: number;
  kind: 'stopping' | 'cycle' | 'once' | 'shuffle' | 'sequence';
  text: string | null;
}

export interface CoverageItems {
  /** Every piece of content that is not a container: "container.index". */
  content: string[];
  /** The content that prints text (not blank, not a choice's own text). */
  text: string[];
  conditionals: ConditionalItem[];
  sequences: SequenceItem[];
  /** Choice points with a condition (`* {x} ...`): both sides count, offered and hidden. */
  conditionalChoices: string[];
}

const isContainer = (v: Json): v is Json[] => Array.isArray(v);
const terminator = (arr: Json[]) => {
  const last = arr.at(-1);
  return (last && typeof last === 'object' && !Array.isArray(last) ? last : null) as Record<string, Json> | null;
};
const SEQUENCE_ITEM = /^s\d+$/;

export function coverageItems(json: string): CoverageItems {
  const root = (JSON.parse(json) as { root: Json[] }).root;
  const out: CoverageItems = { content: [], text: [], conditionals: [], sequences: [], conditionalChoices: [] };
  const key = (path: string[], i: number) => [...path, String(i)].join('.');

  // The content ink runs first on entering a container (its Step enters nested containers).
  const entry = (arr: Json[], path: string[]): string => {
    let a = arr;
    let p = path;
    while (isContainer(a[0]) && a[0].length > 1) {
      a = a[0];
      p = [...p, '0'];
    }
    return key(p, 0);
  };

  const visit = (arr: Json[], path: string[]): void => {
    if (path[0] === 'global decl') return;
    const content = arr.slice(0, -1);
    let inString = 0;
    let group: ConditionalItem | null = null;
    content.forEach((item, i) => {
      if (isContainer(item)) {
        const name = terminator(item)?.['#n'];
        const childPath = [...path, typeof name === 'string' ? name : String(i)];
        const branch = branchOf(item);
        if (branch && typeof name !== 'string') {
          group ??= { path: path.join('.'), branches: [], lastTest: null };
          group.branches.push({ path: [...childPath, 'b'].join('.'), entry: entry(branch.body, [...childPath, 'b']), branch: 0, of: 0, isElse: !branch.conditional, text: firstText(branch.body) });
          group.lastTest = branch.conditional ? entry(item, childPath) : null;
        } else closeGroup();
        visit(item, childPath);
        return;
      }
      closeGroup();
      out.content.push(key(path, i));
      if (item === 'str') inString++;
      else if (item === '/str') inString = Math.max(0, inString - 1);
      else if (typeof item === 'string' && item.startsWith('^') && item.slice(1).trim() && inString === 0) out.text.push(key(path, i));
      else if (item && typeof item === 'object') {
        const obj = item as Record<string, Json>;
        if (typeof obj['*'] === 'string' && typeof obj.flg === 'number' && (obj.flg & 1) !== 0 && (obj.flg & 8) === 0) out.conditionalChoices.push(key(path, i));
      }
    });
    closeGroup();
    const named = Object.entries(terminator(arr) ?? {}).filter(([k, v]) => k !== '#f' && k !== '#n' && isContainer(v)) as Array<[string, Json[]]>;
    const items = named.filter(([k]) => SEQUENCE_ITEM.test(k));
    const found = sequenceKind(content);
    if (items.length && found) {
      const kind = found === 'stopping' && !printsText(items.at(-1)![1]) ? 'once' : found;
      // An item that prints nothing (once-only's silent end, `{a|}`) has nothing to show.
      const shown = items.filter(([, v]) => printsText(v));
      shown.forEach(([k, v], n) => out.sequences.push({ path: [...path, k].join('.'), entry: entry(v, [...path, k]), item: n + 1, of: shown.length, kind, text: firstText(v) }));
    }
    for (const [k, v] of named) visit(v, [...path, k]);

    function closeGroup() {
      if (!group) return;
      group.branches.forEach((b, n) => {
        b.branch = n + 1;
        b.of = group!.branches.length;
      });
      out.conditionals.push(group);
      group = null;
    }
  };
  visit(root, []);
  return out;
}

/** A conditional's branch: a container that diverts (maybe on a condition) into its own "b". */
function branchOf(arr: Json[]): { body: Json[]; conditional: boolean } | null {
  const body = terminator(arr)?.b;
  if (!isContainer(body)) return null;
  for (const item of arr.slice(0, -1)) {
    if (item && typeof item === 'object' && !Array.isArray(item) && (item as Record<string, Json>)['->'] === '.^.b') {
      return { body, conditional: (item as Record<string, Json>).c === true };
    }
  }
  return null;
}

function sequenceKind(content: Json[]): SequenceItem['kind'] | null {
  const at = content.indexOf('visit');
  if (at < 0) return null;
  const op = content[at + 2];
  if (op === 'seq') return 'shuffle';
  if (op === '%') return 'cycle';
  if (op === 'MIN') return 'stopping';
  return 'sequence';
}

function printsText(arr: Json[]): boolean {
  return firstText(arr) !== null;
}

function firstText(arr: Json[]): string | null {
  for (const item of arr) {
    if (typeof item === 'string' && item.startsWith('^') && item.slice(1).trim() !== '') {
      const t = item.slice(1).trim();
      return t.length > 60 ? `${t.slice(0, 57)}...` : t;
    }
    if (isContainer(item)) {
      const inner = firstText(item);
      if (inner !== null) return inner;
    }
  }
  return null;
}
