// Writing files, the other half of json-file.ts. Two rules, each written once:
// - an output a user names (--out, --json, --html, --record) never replaces a caviar file that
//   holds someone's work (a save, a hand-in, a recording, a branch map) or a story's source, and
//   never turns a device or a pipe into a regular file: it writes into those, or refuses;
// - a file in the save folder is written only when it is a regular file there, not a link that
//   leads out of the folder (which would rewrite whatever file the link names).

import fs from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { UsageError } from './errors.ts';
import { FileProblem, MAX_FILE_BYTES, readTextFile } from './json-file.ts';

/** What a file caviar must not write over is, in the words of a refusal. */
export type KeptKind = 'a caviar save' | 'a caviar recording' | 'a hand-in (a caviar transcript)' | 'a branch map' | 'an ink story' | 'a file this run reads';

export interface OutputOptions {
  /** Files this run reads (the story's sources, its facts file): never written over. */
  protect?: readonly string[];
  /** Whether this output may replace the caviar file found there (say, the recording of this very run). */
  mayReplace?: (kind: KeptKind, text: string) => boolean;
}

/** What a file is, when it is one caviar keeps; null for any other file. */
export function keptKindOf(file: string, text: string): KeptKind | null {
  if (/\.ink$/i.test(file)) return 'an ink story';
  if (/\.branches\.jsonl$/i.test(file)) return 'a branch map';
  if (text.includes('caviar-handin:1:')) return 'a hand-in (a caviar transcript)';
  if (!text.trimStart().startsWith('{')) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const fields = (typeof data === 'object' && data !== null ? data : {}) as { format?: unknown; inkVersion?: unknown };
  if (fields.format === 'caviar-save') return 'a caviar save';
  if (fields.format === 'caviar-replay') return 'a caviar recording';
  if (fields.inkVersion !== undefined) return 'an ink story';
  return null;
}

type Target = { kind: 'new' } | { kind: 'file' } | { kind: 'device' } | { kind: 'pipe' };

/**
 * Checks that `file` may receive an output, before any long work (explore checks before its
 * run): a usage error saying why not. Returns what is there.
 */
export function checkOutput(file: string, options: OutputOptions = {}): Target {
  const abs = path.resolve(file);
  const refuse = (why: string) => new UsageError(`will not write ${file}: ${why}`);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw refuse(`cannot look at it (${code})`);
    if (fs.lstatSync(abs, { throwIfNoEntry: false })?.isSymbolicLink()) throw refuse('it is a link to a file that does not exist');
    if (!fs.statSync(path.dirname(abs), { throwIfNoEntry: false })?.isDirectory()) {
      throw new UsageError(`cannot write ${file}: there is no folder ${path.dirname(abs)}`);
    }
    return { kind: 'new' };
  }
  if (stat.isDirectory()) throw refuse('it is a folder');
  if (stat.isCharacterDevice()) return { kind: 'device' };
  if (stat.isFIFO()) return { kind: 'pipe' };
  if (!stat.isFile()) throw refuse('it is a device or a socket, not a file');
  const real = fs.realpathSync(abs);
  if ((options.protect ?? []).some((p) => sameFile(p, real))) throw refuse('it is a file this run reads');
  let text: string;
  try {
    text = readTextFile(abs, MAX_FILE_BYTES);
  } catch (error) {
    // Larger than anything caviar writes, so none of its files: an ordinary output replaces it.
    if (error instanceof FileProblem && error.message.startsWith('it is too large')) return { kind: 'file' };
    throw refuse((error as Error).message);
  }
  const kept = keptKindOf(real, text);
  if (kept && !options.mayReplace?.(kept, text)) throw refuse(`it is ${kept}, which this would destroy; choose another name`);
  return { kind: 'file' };
}

/**
 * A folder an output goes into (`class export --out DIR`): made when it is missing, but only
 * inside a folder that is there, as every other --out refuses a missing folder (a typo in the
 * path must not become a tree of folders somewhere). Returns its absolute path.
 */
export function outputFolder(dir: string): string {
  const abs = path.resolve(dir);
  try {
    fs.mkdirSync(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`cannot write into ${dir}: there is no folder ${path.dirname(abs)}`);
    if (code !== 'EEXIST') throw new UsageError(`cannot make the folder ${dir} (${code})`);
    if (!fs.statSync(abs).isDirectory()) throw new UsageError(`cannot write into ${dir}: it is a file, not a folder`);
  }
  return abs;
}

/**
 * Writes an output the user named, under the rules of checkOutput: a regular file whole or not
 * at all (a temporary file renamed over it); a device or a pipe is written into, never replaced.
 */
export function writeOutput(file: string, text: string, options: OutputOptions = {}): void {
  const target = checkOutput(file, options);
  try {
    if (target.kind === 'new' || target.kind === 'file') writeFileAtomic.sync(file, text);
    else if (target.kind === 'device') fs.writeFileSync(file, text);
    else writeIntoPipe(file, text);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

function writeIntoPipe(file: string, text: string): void {
  let probe: number;
  try {
    // Non-blocking first: with no reader the open fails at once instead of waiting forever.
    probe = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENXIO') throw new UsageError(`cannot write ${file}: it is a pipe that nothing reads from`);
    throw error;
  }
  try {
    // A reader is there, so a blocking open returns at once, and its writes wait for the reader.
    const fd = fs.openSync(file, fs.constants.O_WRONLY);
    try {
      fs.writeFileSync(fd, text);
    } finally {
      fs.closeSync(fd);
    }
  } finally {
    fs.closeSync(probe);
  }
}

function sameFile(a: string, real: string): boolean {
  try {
    return fs.realpathSync(a) === real;
  } catch {
    return false;
  }
}

/**
 * Throws a FileProblem when `file`, in the folder `dir`, must not be written: a link leading out
 * of the folder, or not a regular file. `append` also refuses a file with other hard links,
 * since appending to it would change the other names too. A missing file may be created.
 */
export function checkInFolder(dir: string, file: string, options: { append?: boolean } = {}): void {
  let stat = fs.lstatSync(file, { throwIfNoEntry: false });
  if (!stat) return;
  if (stat.isSymbolicLink()) {
    let real: string;
    try {
      real = fs.realpathSync(file);
    } catch {
      throw new FileProblem(`${path.basename(file)} is a link to a file that does not exist, so it was not written through`);
    }
    const rel = path.relative(fs.realpathSync(dir), real);
    if (rel.startsWith('..') || path.isAbsolute(rel)) {
      throw new FileProblem(`${path.basename(file)} is a link to a file outside the save folder, so it was not written through`);
    }
    stat = fs.statSync(file);
  }
  if (!stat.isFile()) throw new FileProblem(`${path.basename(file)} is not a regular file, so it was not written`);
  if (options.append && stat.nlink > 1) throw new FileProblem(`${path.basename(file)} has other names (hard links), so it was not written`);
}
