// Where an unclosed `{` was opened. ink reports "Expected closing brace '}'" where its parser
// gave up: the end of the line for inline logic, or the next knot for a multi-line conditional
// opened many lines before. The source is read again, as ink's lexer reads braces (comments
// and escaped braces aside), to name the brace still open at that line.

import { readTextFile } from '../json-file.ts';

export const UNCLOSED_BRACE = /^Expected closing brace '}'/;

/** The innermost `{` still open at the end of `line` (1-based), or null. */
export function openBraceBefore(text: string, line: number): { line: number; column: number } | null {
  const open: Array<{ line: number; column: number }> = [];
  let inBlockComment = false;
  const lines = text.split(/\r?\n/).slice(0, line);
  lines.forEach((l, n) => {
    let inString = false;
    for (let i = 0; i < l.length; i++) {
      const c = l[i];
      if (inBlockComment) {
        if (c === '*' && l[i + 1] === '/') {
          inBlockComment = false;
          i++;
        }
        continue;
      }
      if (c === '\\') {
        i++;
        continue;
      }
      if (c === '/' && l[i + 1] === '/' && !inString) break;
      if (c === '/' && l[i + 1] === '*' && !inString) {
        inBlockComment = true;
        i++;
        continue;
      }
      // A string inside logic ({"a}"}) holds no braces.
      if (c === '"' && open.length > 0) inString = !inString;
      else if (inString) continue;
      else if (c === '{') open.push({ line: n + 1, column: i + 1 });
      else if (c === '}') open.pop();
    }
  });
  return open.at(-1) ?? null;
}

/** The same for a file; null when it cannot be read. */
export function openBraceIn(file: string, line: number): { line: number; column: number } | null {
  try {
    return openBraceBefore(readTextFile(file), line);
  } catch {
    return null;
  }
}
