// Which facts each role can meet: the facts tagged in the knots a role's playthrough can reach,
// read from the compiled story without playing it. A knot's reach is every knot its content
// names as a divert, a tunnel, a function call or a divert target value; the knots before any
// role (the title page, a shared prologue) belong to every role, and no role's walk enters
// another role's start. It errs on the generous side: a knot reachable only on a condition
// counts, so a role's list holds every fact it can meet, perhaps one or two it rarely does.

import type { LoadedStory } from '../story/load.ts';
import { metadataOf } from '../story/metadata.ts';
import { parseTag } from '../story/tags.ts';

const DIVERT = /"(?:->|->t->|f\(\)|\^->)":"([^"]+)"/g;

function knotEdges(json: string): { start: Set<string>; edges: Map<string, Set<string>> } {
  const root = (JSON.parse(json) as { root: unknown[] }).root;
  const named = (root.at(-1) ?? {}) as Record<string, unknown>;
  const knots = new Set(Object.keys(named).filter((k) => !k.startsWith('#') && k !== 'global decl'));
  const targets = (node: unknown) => {
    const found = new Set<string>();
    for (const m of JSON.stringify(node).matchAll(DIVERT)) {
      const first = m[1]!.split('.')[0]!;
      if (knots.has(first)) found.add(first);
    }
    return found;
  };
  const edges = new Map([...knots].map((k) => [k, targets(named[k])] as const));
  return { start: targets(root.slice(0, -1)), edges };
}

function reach(from: Iterable<string>, edges: Map<string, Set<string>>, blocked: Set<string>): Set<string> {
  const seen = new Set<string>();
  const todo = [...from].filter((k) => !blocked.has(k));
  while (todo.length) {
    const k = todo.pop()!;
    if (seen.has(k)) continue;
    seen.add(k);
    for (const next of edges.get(k) ?? []) if (!seen.has(next) && !blocked.has(next)) todo.push(next);
  }
  return seen;
}

/** Per role id, the fact keys its playthroughs can meet (those of every role included). */
export function factsByRole(story: LoadedStory): Map<string, Set<string>> {
  const meta = metadataOf(story);
  const { start, edges } = knotEdges(story.json);
  const roleKnots = new Set(meta.roles.flatMap((r) => (r.knot ? [r.knot] : [])));
  const factsIn = new Map<string | null, string[]>();
  for (const tag of meta.tags) {
    const { key, value } = parseTag(tag.text);
    if (key !== 'fact') continue;
    factsIn.set(tag.knot, [...(factsIn.get(tag.knot) ?? []), ...value.split(/[\s,]+/).filter(Boolean)]);
  }
  const factsOf = (knots: Iterable<string | null>) => new Set([...knots].flatMap((k) => factsIn.get(k) ?? []));
  const common = reach(start, edges, roleKnots);
  const byRole = new Map<string, Set<string>>();
  for (const role of meta.roles) {
    const own = role.knot ? reach([role.knot], edges, new Set([...roleKnots].filter((k) => k !== role.knot))) : new Set<string>();
    byRole.set(role.id, factsOf([null, ...common, ...own]));
  }
  return byRole;
}
