// caviar check STORY: compile + lint, diagnostics as file:line, and the story's statistics.
// Exit 0 only when there are no errors.

import path from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.ts';
import { compileInk, displayPath } from '../story/compile.ts';
import { formatDiagnostic } from '../story/diagnostics.ts';
import { type EndingInfo, metadataOf, readMetadata } from '../story/metadata.ts';
import { lintStory } from '../story/lint.ts';
import { loadStory } from '../story/load.ts';
import type { CliIO } from './io.ts';

export async function check(args: string[], io: CliIO): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new UsageError('usage: caviar check STORY');
  const file = path.resolve(positionals[0]!);
  const out = (line: string) => io.stdout.write(`${line}\n`);

  if (file.toLowerCase().endsWith('.json')) {
    const story = loadStory(file, { cacheDir: null });
    const version = (JSON.parse(story.json) as { inkVersion: number }).inkVersion;
    out(`${displayPath(file)}: compiled ink story, format ${version}: loads in caviar.`);
    reportEndings(metadataOf(story).endings, out);
    out('(Word and choice statistics need the .ink source.)');
    return 0;
  }

  const result = compileInk(file);
  const problems = [...result.diagnostics];
  if (result.json) problems.push(...lintStory(file, result.sources, result.json));
  for (const d of problems) out(formatDiagnostic(d));
  const errors = problems.filter((d) => d.severity === 'error').length;
  const warnings = problems.filter((d) => d.severity === 'warning').length;
  out(`${displayPath(file)}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${result.sources.length} source file${result.sources.length === 1 ? '' : 's'}`);
  if (result.stats) {
    const s = result.stats;
    out(`words ${s.words}, knots ${s.knots}, stitches ${s.stitches}, functions ${s.functions}, choices ${s.choices}, gathers ${s.gathers}, diverts ${s.diverts}`);
  }
  if (result.json) reportEndings(readMetadata(result.json, '').endings, out);
  return errors ? 1 : 0;
}

function reportEndings(endings: EndingInfo[], out: (line: string) => void): void {
  if (endings.length) out(`endings ${endings.length}: ${endings.map((e) => e.id).join(', ')}`);
}
