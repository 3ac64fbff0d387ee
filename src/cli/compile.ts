// caviar compile STORY.ink [-o FILE.json] [--count-all-visits]: the compiled story, byte for
// byte what inkjs-compiler writes with the same options (a byte-order mark, then the JSON), so
// the .json an author ships is the story caviar plays, and a recording made in caviar replays
// on it. Two deliberate differences, where inkjs-compiler departs from inklecate: a byte-order
// mark at the start of an .ink file is not part of the story (inkjs-compiler keeps it as text),
// and an integral float is written "2.0" (patched inkjs; inkjs-compiler writes "2", an integer).

import path from 'node:path';
import { UsageError } from '../errors.ts';
import { checkOutput, writeOutput } from '../file-write.ts';
import { compileInk, displayPath } from '../story/compile.ts';
import { formatDiagnostic } from '../story/diagnostics.ts';
import { CompileError, storyFile } from '../story/load.ts';
import { parseCommand } from './args.ts';
import type { CliIO } from './io.ts';
import { COMPILE_USAGE } from './usage.ts';

const BOM = '\ufeff';

export async function compileCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand('caviar compile', {
    args,
    allowPositionals: true,
    options: { out: { type: 'string', short: 'o' }, 'count-all-visits': { type: 'boolean', short: 'c' } },
  });
  if (positionals.length !== 1) throw new UsageError(`usage: ${COMPILE_USAGE}`);
  const file = storyFile(positionals[0]!);
  if (file.toLowerCase().endsWith('.json')) throw new UsageError(`${displayPath(file)} is compiled already: give its .ink source`);
  // Where inklecate and inkjs-compiler write without -o.
  const out = values.out ?? `${positionals[0]!}.json`;
  // Recompiling over the last compile is the usual case; any other kept file is refused.
  const options = { protect: [file], mayReplace: (_kind: string, text: string) => isCompiledStory(text) };
  const target = checkOutput(out, options);
  const countAllVisits = values['count-all-visits'] ?? false;
  const result = compileInk(file, { countAllVisits });
  if (result.json === null) throw new CompileError(result.diagnostics);
  for (const d of result.diagnostics) io.stderr.write(`${formatDiagnostic(d)}\n`);
  writeOutput(out, BOM + result.json, { ...options, protect: result.sources.map((s) => s.file) });
  // Into a pipe or a device (-o /dev/stdout), the JSON is all that is written.
  if (target.kind === 'new' || target.kind === 'file') {
    const n = result.sources.length;
    io.stdout.write(
      `Wrote ${displayPath(path.resolve(out))} from ${n} source file${n === 1 ? '' : 's'}${countAllVisits ? ', counting all visits' : ''}.\n`,
    );
  }
  return 0;
}

function isCompiledStory(text: string): boolean {
  try {
    return (JSON.parse(text) as { inkVersion?: unknown }).inkVersion !== undefined;
  } catch {
    return false;
  }
}
