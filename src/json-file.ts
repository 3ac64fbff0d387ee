// Reading the files caviar is given (saves, recordings, hand-ins, facts, settings): only regular
// files, read with a bound, parsed and checked against a schema, every problem one sentence
// (FileProblem) that the caller puts in its own words. A FIFO would hang a plain read, and a
// link to /dev/zero would fill the memory, so neither is read.

import fs from 'node:fs';
import type { z } from 'zod';

export class FileProblem extends Error {}

/** Larger than any file caviar writes: saves of a 100,000-turn playthrough stay well under it. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** The text of a regular file, at most `maxBytes`, without a byte-order mark. */
export function readTextFile(file: string, maxBytes = MAX_FILE_BYTES): string {
  let fd: number;
  try {
    // Non-blocking, so opening a FIFO with no writer returns at once instead of waiting.
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new FileProblem(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : `cannot read it (${code})`);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw new FileProblem('it is a folder, not a file');
    if (!stat.isFile()) throw new FileProblem('it is not a regular file (a device, a pipe or a socket)');
    if (stat.size > maxBytes) throw new FileProblem(`it is too large (${Math.ceil(stat.size / 1048576)} MB; at most ${Math.floor(maxBytes / 1048576)} MB)`);
    // Read to the end, not to the size stat gave: the file may grow while being read.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total) || 1);
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw new FileProblem(`it is too large (more than ${Math.floor(maxBytes / 1048576)} MB)`);
      chunks.push(buf.subarray(0, n));
    }
    const text = Buffer.concat(chunks, total).toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    throw new FileProblem(`cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  } finally {
    fs.closeSync(fd);
  }
}

export interface ParseOptions {
  /** Checks and upgrades the data before the schema sees it (format, version, migrations). */
  prepare?: (data: unknown) => unknown;
}

/** JSON text checked against a schema. */
export function parseJson<T>(text: string, schema: z.ZodType<T>, options: ParseOptions = {}): T {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new FileProblem(text.trim() === '' ? 'the file is empty' : 'the file is not valid JSON (truncated or damaged?)');
  }
  if (options.prepare) data = options.prepare(data);
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new FileProblem(`the file is damaged: ${issue.path.join('.') || 'top level'}: ${issue.message}`);
  }
  return parsed.data;
}

/** A regular JSON file checked against a schema. */
export function readJsonFile<T>(file: string, schema: z.ZodType<T>, options: ParseOptions & { maxBytes?: number } = {}): T {
  return parseJson(readTextFile(file, options.maxBytes), schema, options);
}

/** A file a story may have beside it (facts, glossary, source packet): its data, or why it is unusable. */
export type CompanionFile<T> = { data: T; problem: null; present: true } | { data: null; problem: string | null; present: boolean };

/**
 * Reads a story's companion file against its schema. A file that is not there is no problem
 * (`present: false`); any other problem is one phrase in caviar's words ("it is not valid JSON",
 * "it is not a caviar glossary (terms.0.term: ...)"), for the caller's sentence.
 */
export function readCompanionFile<T>(file: string, schema: z.ZodType<T>, kind: string): CompanionFile<T> {
  let text: string;
  try {
    text = readTextFile(file);
  } catch (error) {
    const problem = (error as Error).message;
    return problem === 'no such file' ? { data: null, problem: null, present: false } : { data: null, problem, present: true };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { data: null, problem: 'it is not valid JSON', present: true };
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { data: null, problem: `it is not a caviar ${kind} (${issue.path.join('.') || 'top level'}: ${issue.message})`, present: true };
  }
  return { data: parsed.data, problem: null, present: true };
}
