// An unclosed `{` reported where it was opened as well as where ink's parser gave up (issue 17
// item 8), in `caviar check` (text, gcc, json) and in the front ends' compile errors.

import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openBraceBefore } from '../../src/story/braces.ts';
import { fixture, runCli, tempDir } from '../helpers.ts';

const env = () => ({ CAVIAR_CACHE: tempDir() });
const story = fixture('broken', 'unclosed-brace.ink');

describe('an unclosed {', () => {
  it('is found as ink reads braces: comments, escaped braces and strings in logic hold none', () => {
    expect(openBraceBefore('a {b} c\n{x:\n  y // {\n  \\{ z\n', 4)).toEqual({ line: 2, column: 1 });
    expect(openBraceBefore('/* { */ {x: "}" \n', 1)).toEqual({ line: 1, column: 9 });
    expect(openBraceBefore('{a} {b: {c}}\n', 1)).toBeNull();
    // The innermost one still open.
    expect(openBraceBefore('{x:\n  {y: one\n', 2)).toEqual({ line: 2, column: 3 });
  });

  it('caviar check names the line where it was opened and the line where ink gave up', async () => {
    const run = await runCli(['check', story], '', env());
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /unclosed-brace\.ink:9: error: Expected closing brace '}' for inline logic but saw '== talks ==' \(the '\{' at line 3, column 1 is never closed\)\n\S*unclosed-brace\.ink:3: note: this '\{' is never closed: ink gave up at line 9\n/,
    );
    expect(run.stdout).toMatch(/unclosed-brace\.ink: 1 error, 0 warnings\n$/);
    const gcc = await runCli(['check', story, '--format', 'gcc'], '', env());
    expect(gcc.stdout.trimEnd().split('\n').map((l) => l.replace(/^\S*unclosed-brace\.ink/, 'F'))).toEqual([
      "F:9: error: Expected closing brace '}' for inline logic but saw '== talks ==' (the '{' at line 3, column 1 is never closed)",
      "F:3: note: this '{' is never closed: ink gave up at line 9",
    ]);
    const json = JSON.parse((await runCli(['check', story, '--format', 'json'], '', env())).stdout);
    expect(json).toMatchObject({ errors: 1, warnings: 0 });
    expect(json.diagnostics[1]).toEqual({ severity: 'note', file: expect.stringMatching(/unclosed-brace\.ink$/), line: 3, column: 1, message: "this '{' is never closed: ink gave up at line 9" });
  });

  it('caviar play says the same, without a stack trace', async () => {
    const run = await runCli(['play', story], '', env());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^caviar: \S*unclosed-brace\.ink:9: error: .*\(the '\{' at line 3, column 1 is never closed\)\n\S*unclosed-brace\.ink:3: note: this '\{' is never closed: ink gave up at line 9\n$/);
  });

  it('inline logic left open on its line: the column of its brace', async () => {
    const dir = tempDir();
    const file = `${dir}/inline.ink`;
    fs.writeFileSync(file, 'VAR x = 1\nHello {x: yes and more\n-> END\n');
    const run = await runCli(['check', file, '--format', 'gcc'], '', env());
    expect(run.stdout).toBe(`${file}:2: error: Expected closing brace '}' for inline logic but saw end of line (the '{' at column 7 is never closed)\n`);
  });
});
