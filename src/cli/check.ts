// caviar check STORY: compile (or take the compile cache) + lint, diagnostics as file:line, and
// the story's statistics. Exit 0 only when there are no errors.

import path from 'node:path';
import { UsageError } from '../errors.ts';
import { displayPath } from '../story/compile.ts';
import { type Diagnostic, formatDiagnostic } from '../story/diagnostics.ts';
import { lintStory } from '../story/lint.ts';
import { CompileError, type LoadedStory, loadStory } from '../story/load.ts';
import { loadFacts } from '../classroom/facts.ts';
import { metadataOf } from '../story/metadata.ts';
import { parseCommand } from './args.ts';
import type { CliIO } from './io.ts';
import { sanitizeText } from '../terminal-text.ts';

export const CHECK_USAGE = 'caviar check STORY';

export async function check(args: string[], io: CliIO): Promise<number> {
  const { positionals } = parseCommand('caviar check', { args, allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new UsageError(`usage: ${CHECK_USAGE}`);
  const file = path.resolve(positionals[0]!);
  // Diagnostics echo the source's own bytes: no control sequence of a story reaches the terminal.
  const out = (line: string) => io.stdout.write(`${sanitizeText(line)}\n`);
  const isJson = file.toLowerCase().endsWith('.json');

  let story;
  try {
    story = loadStory(file, isJson ? { cacheDir: null } : {});
  } catch (error) {
    if (!(error instanceof CompileError)) throw error;
    summarise(file, error.diagnostics, null, out);
    return 1;
  }
  const endings = metadataOf(story).endings;
  if (story.kind === 'json') {
    const version = (JSON.parse(story.json) as { inkVersion: number }).inkVersion;
    out(`${displayPath(file)}: compiled ink story, format ${version}: loads in caviar.`);
    if (endings.length) out(`endings ${endings.length}: ${endings.map((e) => e.id).join(', ')}`);
    out('(Word and choice statistics need the .ink source.)');
    return 0;
  }
  const problems = [...story.warnings, ...lintStory(file, story.sources.map((file) => ({ file })), story.json), ...factsProblems(story)];
  summarise(file, problems, story.sources.length, out);
  if (story.stats) {
    const s = story.stats;
    out(`words ${s.words}, knots ${s.knots}, stitches ${s.stitches}, functions ${s.functions}, choices ${s.choices}, gathers ${s.gathers}, diverts ${s.diverts}`);
  }
  if (endings.length) out(`endings ${endings.length}: ${endings.map((e) => e.id).join(', ')}`);
  return 0;
}

/** A facts file that handout and transcripts would refuse is worth a warning here, not silence. */
function factsProblems(story: LoadedStory): Diagnostic[] {
  const facts = loadFacts(story.file);
  if (!facts.problem) return [];
  return [{ severity: 'warning', file: displayPath(facts.file), line: null, message: `${facts.problem}: handout and transcripts cannot use it` }];
}

function summarise(file: string, problems: Diagnostic[], sources: number | null, out: (line: string) => void): void {
  for (const d of problems) out(formatDiagnostic(d));
  const errors = problems.filter((d) => d.severity === 'error').length;
  const warnings = problems.filter((d) => d.severity === 'warning').length;
  const files = sources === null ? '' : `, ${sources} source file${sources === 1 ? '' : 's'}`;
  out(`${displayPath(file)}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${files}`);
}
