import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { caviarEnv } from '../env.ts';
import { UsageError } from '../errors.ts';
import { adoptOldSaves } from '../saves/folder.ts';

/** The folder caviar is installed in (holds story/ and saves/), found from this module, which runs from src/ or from the bundle in dist/. */
export const PACKAGE_ROOT = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));

function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'story', 'caviar.ink'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, '..', '..');
  }
}

export const DEFAULT_STORY = path.join(PACKAGE_ROOT, 'story', 'caviar.ink');

/** Where caviar kept saves before they moved to the user's data folder. */
export const OLD_SAVES_DIR = path.join(PACKAGE_ROOT, 'saves');

/**
 * --saves DIR, else $CAVIAR_SAVES, else the user's data folder (src/saves/folder.ts); `tell`
 * hears, once, that saves of the old default folder were copied there.
 */
export function savesDir(flag: string | undefined, env: NodeJS.ProcessEnv, tell?: (line: string) => void): string {
  if (flag !== undefined && flag.trim() === '') throw new UsageError('--saves needs a folder, e.g. --saves class-7b');
  const chosen = flag ?? caviarEnv(env).saves;
  if (chosen !== null) return path.resolve(chosen);
  const dir = path.join(caviarEnv(env).data, 'saves');
  const told = adoptOldSaves(OLD_SAVES_DIR, dir);
  if (told) tell?.(told);
  return dir;
}
