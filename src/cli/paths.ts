import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder caviar is installed in (holds story/ and saves/). */
export const PACKAGE_ROOT = path.resolve(fileURLToPath(new URL('../../', import.meta.url)));
export const DEFAULT_STORY = path.join(PACKAGE_ROOT, 'story', 'caviar.ink');

/** --saves DIR, else $CAVIAR_SAVES, else the saves/ folder beside the story player. */
export function savesDir(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  return path.resolve(flag ?? env.CAVIAR_SAVES ?? path.join(PACKAGE_ROOT, 'saves'));
}
