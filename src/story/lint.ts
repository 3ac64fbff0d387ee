// Checks beyond the compiler's, on the tag protocol (tag-protocol.ts: each tag's own `lint`),
// each problem at file:line. The facts file (facts.json beside the main file) must be sound too,
// since the debrief, transcripts and the handout are made from it.

import path from 'node:path';
import type { Diagnostic } from './diagnostics.ts';
import { displayPath } from './compile.ts';
import { Story } from './inkjs.ts';
import { type LintContext, tagSpec } from './tag-protocol.ts';
import { parseTag } from './tags.ts';
import { readTextFile } from '../json-file.ts';

// A tag in ink source: "#" (not "\#") up to the next "#" or the end of the line.
const TAG_TEXT = /(?<!\\)#([^#\n]*)/g;

export function lintStory(main: string, sources: ReadonlyArray<{ file: string }>, json: string): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const variables = new Story(json).variablesState;
  const factsFile = path.join(path.dirname(main), 'facts.json');
  const ctx: LintContext = {
    hasVariable: (name) => variables.GlobalVariableExistsWithName(name),
    factKeys: readFactKeys(factsFile),
    factsFile: displayPath(factsFile),
    seen: new Map(),
    lineText: '',
  };

  for (const { file } of sources) {
    let lines: string[];
    try {
      lines = readTextFile(file).split('\n');
    } catch {
      continue; // compiled moments ago; gone or swapped since, it has nothing left to lint
    }
    lines.forEach((text, i) => {
      const code = text.replace(/\/\/.*$/, '');
      const first = code.search(/(?<!\\)#/);
      if (first < 0) return;
      ctx.lineText = code.slice(0, first);
      for (const m of code.matchAll(TAG_TEXT)) {
        // A tag ends where ink logic or a choice's brackets begin.
        const { key, value } = parseTag(m[1]!.replace(/\s*[{}[\]].*$/, ''));
        for (const message of tagSpec(key)?.lint?.(value, ctx) ?? []) {
          problems.push({ severity: 'warning', file: displayPath(file), line: i + 1, message });
        }
      }
    });
  }
  return problems;
}

function readFactKeys(file: string): Set<string> | null {
  try {
    const data = JSON.parse(readTextFile(file)) as { facts?: Record<string, unknown> };
    return data.facts ? new Set(Object.keys(data.facts)) : null;
  } catch {
    return null;
  }
}
