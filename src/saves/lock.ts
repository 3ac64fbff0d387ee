// A claim on a save slot, so two caviar processes playing one story in one save folder do not
// overwrite each other's autosave in turn (the last writer winning, silently). The claim is a
// small file beside the slot holding the process's id; a claim whose process is gone (killed,
// crashed) is taken over.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readTextFile } from '../json-file.ts';

export type Claim = { held: true; release: () => void } | { held: false; by: string };

const claimFile = (dir: string, slot: string) => path.join(dir, `.${slot}.lock`);

/** Claims `slot` in the folder `dir` until this process ends (or release is called). */
export function claimSlot(dir: string, slot: string): Claim {
  const file = claimFile(dir, slot);
  const mine = `${process.pid}@${os.hostname()}`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.mkdirSync(dir, { recursive: true });
      // O_EXCL: fails on any file already there, a link included, so nothing is written through one.
      fs.writeFileSync(file, `${mine}\n`, { flag: 'wx' });
      const release = () => {
        process.off('exit', release);
        if (readClaim(file) === mine) fs.rmSync(file, { force: true });
      };
      process.on('exit', release);
      return { held: true, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        // A folder that cannot be written cannot be autosaved to either, and the autosave says so.
        return { held: true, release: () => {} };
      }
    }
    const other = readClaim(file);
    if (other !== null && isAlive(other)) return { held: false, by: other };
    fs.rmSync(file, { force: true }); // left by a process that is gone
  }
  return { held: true, release: () => {} };
}

function readClaim(file: string): string | null {
  try {
    if (fs.lstatSync(file).isSymbolicLink()) return null;
    return readTextFile(file, 200).trim();
  } catch {
    return null;
  }
}

/** Whether the claim's process still runs; a claim from another machine is taken as alive. */
function isAlive(claim: string): boolean {
  const m = /^(\d+)@(.*)$/.exec(claim);
  if (!m) return false;
  if (m[2] !== os.hostname()) return true;
  const pid = Number(m[1]);
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
