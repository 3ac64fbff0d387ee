// The roles a story offers: each `# role: ID` tag written in the compiled story, and the knot it
// sits in, where `caviar play --role ID` starts the session. Tags built from ink expressions are
// only known when reached, so only written tags count (as with endings).

import { UsageError } from '../errors.ts';
import type { LoadedStory } from '../story/load.ts';
import { parseTag } from '../story/tags.ts';

export interface RoleInfo {
  id: string;
  /** The knot holding the role's tag; null when the tag is outside any knot (the story's start). */
  knot: string | null;
}

type Node = unknown;

/** Every role of a compiled story, in the order its knots appear in the JSON. */
export function rolesOf(json: string): RoleInfo[] {
  const found = new Map<string, RoleInfo>();
  const add = (tag: string, knot: string | null) => {
    const { key, value } = parseTag(tag);
    const id = value.split(/\s+/)[0];
    if (key === 'role' && id && !found.has(id.toLowerCase())) found.set(id.toLowerCase(), { id, knot });
  };
  // A container is an array; its last element may be a dict of named sub-containers (at the
  // root: the knots). Tags are "#", "^text", "/#" (ink 1.1+) or {"#": "text"} (older formats).
  const walk = (node: Node, knot: string | null, depth: number): void => {
    if (!Array.isArray(node)) return;
    node.forEach((item: Node, i) => {
      if (item === '#' && typeof node[i + 1] === 'string' && (node[i + 1] as string).startsWith('^') && node[i + 2] === '/#') {
        add((node[i + 1] as string).slice(1), knot);
      } else if (Array.isArray(item)) {
        walk(item, knot, depth + 1);
      } else if (item && typeof item === 'object') {
        const dict = item as Record<string, Node>;
        if (typeof dict['#'] === 'string') add(dict['#'], knot);
        for (const [name, child] of Object.entries(dict)) {
          if (name.startsWith('#')) continue;
          // The root's named containers are the knots; deeper ones stay inside their knot.
          walk(child, depth === 0 && knot === null ? name : knot, depth + 1);
        }
      }
    });
  };
  let root: Node;
  try {
    root = (JSON.parse(json) as { root?: Node }).root;
  } catch {
    return [];
  }
  walk(root, null, 0);
  return [...found.values()];
}

/** The role called `id` (any case), or a usage error that lists the roles there are. */
export function findRole(story: LoadedStory, id: string): RoleInfo {
  const roles = rolesOf(story.json);
  const role = roles.find((r) => r.id.toLowerCase() === id.trim().toLowerCase());
  if (role) return role;
  if (!roles.length) throw new UsageError(`this story has no roles (no "# role:" tags), so --role cannot be used with it`);
  throw new UsageError(`this story has no role "${id}"; its roles are: ${roles.map((r) => r.id).join(', ')}`);
}
