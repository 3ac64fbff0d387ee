// Reading a hand-in file: a caviar save (.json) or a transcript (.md, .html) carrying its
// playthrough record. Every problem is one sentence (HandInError), for a usage error or for the
// class report's list of skipped files.

import path from 'node:path';
import { readTextFile } from '../json-file.ts';
import { parseSave, SaveFormatError } from '../saves/format.ts';
import { type HandIn, HandInError, handInOf, readHandInBlock } from './handin.ts';
import { GENERATOR } from './page.ts';

export type HandInKind = 'save' | 'transcript';

export interface HandInFile {
  file: string;
  kind: HandInKind;
  handIn: HandIn;
}

/** Larger than any real save or transcript: a guard against reading a video someone dropped in the folder. */
export const MAX_HANDIN_BYTES = 20 * 1024 * 1024;

export const HANDIN_EXTENSIONS = ['.json', '.md', '.markdown', '.txt', '.html', '.htm'];

export function readHandInFile(file: string): HandInFile {
  let text: string;
  try {
    text = readTextFile(file, MAX_HANDIN_BYTES);
  } catch (error) {
    const problem = (error as Error).message;
    throw new HandInError(problem.startsWith('it is too large') ? 'it is too large to be a save or a transcript' : problem);
  }
  if (path.extname(file).toLowerCase() === '.json') {
    try {
      return { file, kind: 'save', handIn: handInOf(parseSave(text)) };
    } catch (error) {
      if (error instanceof SaveFormatError) throw new HandInError(error.message);
      throw error;
    }
  }
  const handIn = readHandInBlock(text);
  if (!handIn && text.includes(`<meta name="generator" content="${GENERATOR}`)) throw new HandInError('a page caviar made (a report or a handout), not a hand-in');
  if (!handIn) throw new HandInError('it is not a caviar transcript (no playthrough record in it)');
  return { file, kind: 'transcript', handIn };
}
