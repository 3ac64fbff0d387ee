// Checks beyond the compiler's, on the tag protocol: each problem at file:line.
//   - `# watch: var` naming a variable the story does not declare
//   - `# ending:` without an id, or one id with two different titles
//   - `# fact: KEY` missing from the story's facts file (facts.json beside the main file)

import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from './diagnostics.ts';
import { displayPath, type SourceFile } from './compile.ts';
import { Story } from './inkjs.ts';
import { parseTag, splitIdAndTitle } from './tags.ts';

const TAG_TEXT = /(?<!\\)#([^#\n]*)/g;

export function lintStory(main: string, sources: SourceFile[], json: string): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const variables = new Story(json).variablesState;
  const factsFile = path.join(path.dirname(main), 'facts.json');
  const facts = readFactKeys(factsFile);
  const endingTitles = new Map<string, string>();

  for (const { file } of sources) {
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    lines.forEach((text, i) => {
      const code = text.replace(/\/\/.*$/, '');
      for (const m of code.matchAll(TAG_TEXT)) {
        const tag = parseTag(m[1]!.replace(/\s*[{}[\]].*$/, ''));
        const at = { file: displayPath(file), line: i + 1 };
        if (tag.key === 'watch') {
          const variable = tag.value.split(/\s+/)[0] ?? '';
          if (!variables.GlobalVariableExistsWithName(variable)) {
            problems.push({ severity: 'warning', ...at, message: `# watch: names "${variable}", which is not a VAR of the story` });
          }
        } else if (tag.key === 'ending') {
          const { id, title } = splitIdAndTitle(tag.value);
          if (!id) problems.push({ severity: 'warning', ...at, message: '# ending: needs an id, e.g. # ending: good_end The Good End' });
          else if (endingTitles.has(id) && endingTitles.get(id) !== title) {
            problems.push({ severity: 'warning', ...at, message: `ending "${id}" has two titles: "${endingTitles.get(id)}" and "${title}"` });
          } else endingTitles.set(id, title);
        } else if (tag.key === 'fact' && facts) {
          for (const key of tag.value.split(/[\s,]+/).filter(Boolean)) {
            if (!facts.has(key)) {
              problems.push({ severity: 'warning', ...at, message: `# fact: ${key} is not in ${displayPath(factsFile)}` });
            }
          }
        }
      }
    });
  }
  return problems;
}

function readFactKeys(file: string): Set<string> | null {
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { facts?: Record<string, unknown> };
    return data.facts ? new Set(Object.keys(data.facts)) : null;
  } catch {
    return null;
  }
}
