import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { caviarEnv } from '../env.ts';
import { UsageError } from '../errors.ts';

/** The folder caviar is installed in (holds story/ and saves/), found from this module, which runs from src/ or from the bundle in dist/. */
export const PACKAGE_ROOT = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));

function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'story', 'caviar.ink'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, '..', '..');
  }
}

export const DEFAULT_STORY = path.join(PACKAGE_ROOT, 'story', 'caviar.ink');

/** --saves DIR, else $CAVIAR_SAVES, else the saves/ folder beside the story player. */
export function savesDir(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  if (flag !== undefined && flag.trim() === '') throw new UsageError('--saves needs a folder, e.g. --saves class-7b');
  return path.resolve(flag ?? caviarEnv(env).saves ?? path.join(PACKAGE_ROOT, 'saves'));
}
