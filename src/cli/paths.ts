import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { caviarEnv } from '../env.ts';
import { UsageError } from '../errors.ts';

/** The folder caviar is installed in (holds story/ and saves/). */
export const PACKAGE_ROOT = path.resolve(fileURLToPath(new URL('../../', import.meta.url)));
export const DEFAULT_STORY = path.join(PACKAGE_ROOT, 'story', 'caviar.ink');

/** --saves DIR, else $CAVIAR_SAVES, else the saves/ folder beside the story player. */
export function savesDir(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  if (flag !== undefined && flag.trim() === '') throw new UsageError('--saves needs a folder, e.g. --saves class-7b');
  return path.resolve(flag ?? caviarEnv(env).saves ?? path.join(PACKAGE_ROOT, 'saves'));
}
