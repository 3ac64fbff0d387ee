// Save slots: one JSON file per slot in the saves folder, written atomically (a temporary file
// in the same folder, flushed, renamed over the old one), so a crash or a kill at any moment
// leaves either the old save or the new one, never half of one.

import fs from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { UsageError } from '../errors.ts';
import { checkInFolder } from '../file-write.ts';
import { readTextFile } from '../json-file.ts';
import { displayPath } from '../story/compile.ts';
import { titleSlug } from '../story/title-slug.ts';
import { parseSave, type SaveFile, SaveFormatError } from './format.ts';

export const AUTOSAVE = 'autosave';
export const QUICKSAVE = 'quicksave';
const SLOT_NAME = /^[A-Za-z0-9_-]{1,64}$/;

export function checkSlotName(name: string): string {
  if (!SLOT_NAME.test(name)) {
    throw new UsageError(
      `"${name.length > 70 ? `${name.slice(0, 64)}…` : name}" is not a valid save name: use 1 to 64 letters, digits, "-" or "_"`,
    );
  }
  return name;
}

export interface SlotInfo {
  slot: string;
  file: string;
  save: SaveFile | null;
  /** Why the file could not be read, when it could not. */
  problem: string | null;
}

/**
 * Where a session's save slots live: a folder of files (SaveStore) for solo play, a database for
 * the seats of a live class. Slot names are checked by checkSlotName in either.
 */
export interface SlotStore {
  /** The save folder, when the slots are files (the branch map is kept beside them). */
  readonly dir: string | null;
  exists(slot: string): boolean;
  /** Reads a slot; a missing or bad one is a UsageError naming it and the problem. */
  read(slot: string): SaveFile;
  write(slot: string, save: SaveFile): void;
  list(): SlotInfo[];
  /** The story's own autosave or quick save slot. */
  slotOf(kind: typeof AUTOSAVE | typeof QUICKSAVE, title: string): string;
}

/** How long a temporary file of an atomic write may lie there before it counts as left by a kill. */
const STALE_TEMP_MS = 60_000;
/** write-file-atomic's temporary files: the target's name and a number. */
const TEMP_FILE = /^[A-Za-z0-9_-]{1,64}\.json\.\d+$/;

export class SaveStore implements SlotStore {
  private cleaned = false;

  constructor(readonly dir: string) {}

  /** Stories sharing a folder keep apart: "autosave-caviar", "quicksave-the-intercept". */
  slotOf(kind: typeof AUTOSAVE | typeof QUICKSAVE, title: string): string {
    return `${kind}-${titleSlug(title, 40)}`;
  }

  fileOf(slot: string): string {
    return path.join(this.dir, `${checkSlotName(slot)}.json`);
  }

  exists(slot: string): boolean {
    return fs.existsSync(this.fileOf(slot));
  }

  write(slot: string, save: SaveFile): void {
    const file = this.fileOf(slot);
    fs.mkdirSync(this.dir, { recursive: true });
    if (!this.cleaned) this.removeStaleTemps();
    checkInFolder(this.dir, file);
    writeFileAtomic.sync(file, `${JSON.stringify(save)}\n`, { fsync: true });
  }

  /** Reads a slot; a missing or bad file is a UsageError naming the file and the problem. */
  read(slot: string): SaveFile {
    return readSaveFile(this.fileOf(slot));
  }

  /**
   * A write killed between creating its temporary file and renaming it leaves the temporary
   * file behind; one old enough cannot belong to a write still under way, in this process or
   * another.
   */
  private removeStaleTemps(): void {
    this.cleaned = true;
    const before = Date.now() - STALE_TEMP_MS;
    for (const name of fs.readdirSync(this.dir).filter((n) => TEMP_FILE.test(n))) {
      const file = path.join(this.dir, name);
      const stat = fs.lstatSync(file, { throwIfNoEntry: false });
      if (stat?.isFile() && stat.mtimeMs < before) fs.rmSync(file, { force: true });
    }
  }

  list(): SlotInfo[] {
    let names: string[];
    try {
      names = fs.readdirSync(this.dir);
    } catch {
      return [];
    }
    return names
      .filter((n) => n.endsWith('.json') && SLOT_NAME.test(n.slice(0, -5)))
      .sort()
      .map((n) => {
        const file = path.join(this.dir, n);
        try {
          return { slot: n.slice(0, -5), file, save: readSaveFile(file), problem: null };
        } catch (error) {
          return { slot: n.slice(0, -5), file, save: null, problem: (error as Error).message };
        }
      });
  }
}

/** Reads and validates a save file at any path (used by --load, transcript, class report). */
export function readSaveFile(file: string): SaveFile {
  let text: string;
  try {
    text = readTextFile(file);
  } catch (error) {
    const problem = (error as Error).message;
    throw new UsageError(`${displayPath(file)}: ${problem === 'no such file' ? 'no such save' : problem}`);
  }
  try {
    return parseSave(text);
  } catch (error) {
    if (error instanceof SaveFormatError) {
      throw new UsageError(`${displayPath(file)}: cannot load this save: ${error.message}. The file was left as it is.`);
    }
    throw error;
  }
}
