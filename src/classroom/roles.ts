// The roles a story offers (its `# role: ID` tags, story/metadata.ts) and where
// `caviar play --role ID` starts: the knot holding the role's tag.

import { UsageError } from '../errors.ts';
import type { LoadedStory } from '../story/load.ts';
import { metadataOf, type RoleInfo } from '../story/metadata.ts';

/** The role called `id` (any case), or a usage error that lists the roles there are. */
export function findRole(story: LoadedStory, id: string): RoleInfo {
  const { roles } = metadataOf(story);
  const role = roles.find((r) => r.id.toLowerCase() === id.trim().toLowerCase());
  if (role) return role;
  if (!roles.length) throw new UsageError(`this story has no roles (no "# role:" tags), so --role cannot be used with it`);
  throw new UsageError(`this story has no role "${id}"; its roles are: ${roles.map((r) => r.id).join(', ')}`);
}
