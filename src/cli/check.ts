// caviar check STORY [--format text|json|gcc]: compile (or take the compile cache) + lint,
// diagnostics as file:line (with "did you mean" for a name ink cannot find), and the story's
// statistics. `gcc` prints only the diagnostics, for an editor's problem matcher; `json` all of
// it as one object. Exit 0 only when there are no errors.

import path from 'node:path';
import { UsageError } from '../errors.ts';
import { displayPath } from '../story/compile.ts';
import { type Diagnostic, formatDiagnostic } from '../story/diagnostics.ts';
import { lintStory } from '../story/lint.ts';
import { CompileError, type LoadedStory, loadStory } from '../story/load.ts';
import { loadFacts } from '../classroom/facts.ts';
import { metadataOf } from '../story/metadata.ts';
import { withSuggestions } from '../story/suggest.ts';
import { parseCommand } from './args.ts';
import type { CliIO } from './io.ts';
import { sanitizeText } from '../terminal-text.ts';
import { CHECK_USAGE } from './usage.ts';

export async function check(args: string[], io: CliIO): Promise<number> {
  const { positionals, values } = parseCommand('caviar check', { args, allowPositionals: true, options: { format: { type: 'string' } } });
  if (positionals.length !== 1) throw new UsageError(`usage: ${CHECK_USAGE}`);
  const format = values.format ?? 'text';
  if (!['text', 'json', 'gcc'].includes(format)) throw new UsageError(`--format takes text, json or gcc, not "${format}"`);
  const file = path.resolve(positionals[0]!);
  const report: CheckReport = { story: displayPath(file), errors: 0, warnings: 0, diagnostics: [], stats: null, endings: [] };
  const lines: string[] = [];
  const out = (line: string) => lines.push(line);
  const finish = (code: number) => {
    if (format === 'json') io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    // Diagnostics echo the source's own bytes: no control sequence of a story reaches the terminal.
    else if (format === 'gcc') io.stdout.write(report.diagnostics.map((d) => `${sanitizeText(formatGcc(d))}\n`).join(''));
    else io.stdout.write(lines.map((l) => `${sanitizeText(l)}\n`).join(''));
    return code;
  };
  const summarise = (problems: Diagnostic[], sources: number | null) => {
    report.diagnostics = problems.map((d) => ({ ...d, column: d.column ?? null }));
    report.errors = problems.filter((d) => d.severity === 'error').length;
    report.warnings = problems.filter((d) => d.severity === 'warning').length;
    summariseText(file, problems, sources, out);
  };
  const isJson = file.toLowerCase().endsWith('.json');

  let story;
  try {
    story = loadStory(file, isJson ? { cacheDir: null } : {});
  } catch (error) {
    if (!(error instanceof CompileError)) throw error;
    summarise(withSuggestions(error.diagnostics, file), null);
    return finish(1);
  }
  const endings = metadataOf(story).endings;
  report.endings = endings.map((e) => e.id);
  if (story.kind === 'json') {
    const version = (JSON.parse(story.json) as { inkVersion: number }).inkVersion;
    out(`${displayPath(file)}: compiled ink story, format ${version}: loads in caviar.`);
    if (endings.length) out(`endings ${endings.length}: ${endings.map((e) => e.id).join(', ')}`);
    out('(Word and choice statistics need the .ink source.)');
    return finish(0);
  }
  const problems = [...story.warnings, ...lintStory(file, story.sources.map((file) => ({ file })), story.json), ...factsProblems(story)];
  summarise(problems, story.sources.length);
  if (story.stats) {
    const s = story.stats;
    report.stats = s;
    out(`words ${s.words}, knots ${s.knots}, stitches ${s.stitches}, functions ${s.functions}, choices ${s.choices}, gathers ${s.gathers}, diverts ${s.diverts}`);
  }
  if (endings.length) out(`endings ${endings.length}: ${endings.map((e) => e.id).join(', ')}`);
  return finish(0);
}

interface CheckReport {
  story: string;
  errors: number;
  warnings: number;
  /** column: null where ink's compiler gives none (caviar's own notes give one). */
  diagnostics: Array<Diagnostic & { column: number | null }>;
  stats: LoadedStory['stats'] | null;
  endings: string[];
}

/** `file:line: error: message`, as gcc writes it (a TODO is a note). */
function formatGcc(d: Diagnostic): string {
  return formatDiagnostic(d).replace(/(^|: )todo: /, '$1note: ');
}

/** A facts file that handout and transcripts would refuse is worth a warning here, not silence. */
function factsProblems(story: LoadedStory): Diagnostic[] {
  const facts = loadFacts(story.file);
  if (!facts.problem) return [];
  return [{ severity: 'warning', file: displayPath(facts.file), line: null, message: `${facts.problem}: handout and transcripts cannot use it` }];
}

function summariseText(file: string, problems: Diagnostic[], sources: number | null, out: (line: string) => void): void {
  for (const d of problems) out(formatDiagnostic(d));
  const errors = problems.filter((d) => d.severity === 'error').length;
  const warnings = problems.filter((d) => d.severity === 'warning').length;
  const files = sources === null ? '' : `, ${sources} source file${sources === 1 ? '' : 's'}`;
  out(`${displayPath(file)}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${files}`);
}
