// The default save folder: the user's data folder ($XDG_DATA_HOME/caviar/saves, else
// ~/.local/share/caviar/saves), not the installed package, which every user shares and which may
// be read-only. Saves an older caviar kept in the package's saves/ folder are copied over the
// first time the new folder is made, and the player is told where they now live.

import fs from 'node:fs';
import path from 'node:path';
import { displayPath } from '../story/compile.ts';

/** What caviar keeps in a save folder: slots, recordings beside them, branch maps. */
const KEPT = /^[A-Za-z0-9_-]{1,64}\.json$|\.branches\.jsonl$/;

/**
 * Copies the saves in `oldDir` into `newDir` when `newDir` does not exist yet; returns what to
 * tell the player, or null when there was nothing to copy. Only regular files are copied (a
 * link could name any file of the machine); the old files stay where they were.
 */
export function adoptOldSaves(oldDir: string, newDir: string): string | null {
  if (fs.existsSync(newDir) || path.resolve(oldDir) === path.resolve(newDir)) return null;
  let names: string[];
  try {
    names = fs.readdirSync(oldDir).filter((n) => KEPT.test(n) && fs.lstatSync(path.join(oldDir, n)).isFile());
  } catch {
    return null;
  }
  if (!names.length) return null;
  try {
    fs.mkdirSync(newDir, { recursive: true });
    for (const name of names) fs.copyFileSync(path.join(oldDir, name), path.join(newDir, name), fs.constants.COPYFILE_EXCL);
  } catch (error) {
    return `Your saves in ${displayPath(oldDir)} could not be copied to the new save folder ${displayPath(newDir)} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); --saves ${displayPath(oldDir)} still plays with them.`;
  }
  return `Saves now live in ${displayPath(newDir)}: the ${names.length} file${names.length === 1 ? '' : 's'} in ${displayPath(oldDir)} (the old save folder) were copied there.`;
}
