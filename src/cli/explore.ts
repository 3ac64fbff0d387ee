// caviar explore STORY [--random N | --exhaustive] [--seed S] [--max-depth D] [--time SECONDS]
//   [--workers K] [--json FILE] [--html FILE] [--fail-on LIST] [--max-steps N] [--step-limit MS] [--max-states N]
//   [--save-tests DIR] [--assert EXPR]... [--goal EXPR]... [--format text|ndjson|markdown] [--config FILE]
//   [--path "2 1"] (exhaustive: explore from the choice point these choices lead to)
// Settings also come from STORY.explore.json beside the story (or --config FILE); flags win.
// Exit 0: done and no --fail-on condition met; 1: a condition met, or the story is broken;
// 2: bad usage.

import fs from 'node:fs';
import path from 'node:path';
import { evaluate, ExprError, parseExpression } from '../engine/expression.ts';
import { randomSeed, Session } from '../engine/session.ts';
import { UsageError } from '../errors.ts';
import { checkOutput, writeOutput } from '../file-write.ts';
import { explore } from '../explore/explore.ts';
import { failures, NO_FAIL_ON, parseFailOn } from '../explore/fail-on.ts';
import { FORMATS, renderMarkdown, renderNdjson } from '../explore/formats.ts';
import { renderHtml } from '../explore/html.ts';
import { withDefaults } from '../explore/options.ts';
import { ProgressBar } from '../explore/progress.ts';
import type { ExploreReport } from '../explore/report.ts';
import { formatSummary } from '../explore/summary.ts';
import { renderGolden } from '../golden/format.ts';
import { runTestFile } from '../golden/run.ts';
import { formatDiagnostic } from '../story/diagnostics.ts';
import { z } from 'zod';
import { FileProblem, readJsonFile, readTextFile } from '../json-file.ts';
import { displayPath } from '../story/compile.ts';
import { type LoadedStory, loadStory } from '../story/load.ts';
import { parseChoicePath, parseCommand } from './args.ts';
import type { CliIO } from './io.ts';
import { DEFAULT_STORY } from './paths.ts';
import { sanitizeText, unsanitized } from '../terminal-text.ts';
import { EXPLORE_USAGE } from './usage.ts';

const OPTIONS = {
  random: { type: 'string' },
  exhaustive: { type: 'boolean' },
  seed: { type: 'string' },
  'max-depth': { type: 'string' },
  time: { type: 'string' },
  workers: { type: 'string' },
  json: { type: 'string' },
  html: { type: 'string' },
  'fail-on': { type: 'string' },
  'step-limit': { type: 'string' },
  'max-steps': { type: 'string' },
  'max-states': { type: 'string' },
  'save-tests': { type: 'string' },
  assert: { type: 'string', multiple: true },
  goal: { type: 'string', multiple: true },
  format: { type: 'string' },
  config: { type: 'string' },
  path: { type: 'string' },
} as const;

/** A story's explorer settings, so CI runs carry no long flag lists: the flags' names in camelCase. */
const configSchema = z
  .object({
    random: z.number().int(),
    exhaustive: z.boolean(),
    seed: z.number().int(),
    maxDepth: z.number().int(),
    time: z.number(),
    workers: z.number().int(),
    json: z.string(),
    html: z.string(),
    failOn: z.union([z.string(), z.array(z.string())]),
    stepLimit: z.number().int(),
    maxSteps: z.number().int(),
    maxStates: z.number().int(),
    saveTests: z.string(),
    assert: z.union([z.string(), z.array(z.string())]),
    goal: z.union([z.string(), z.array(z.string())]),
    format: z.string(),
    path: z.string(),
  })
  .partial()
  .strict();

/** The config file's settings as flags, placed before the command line's so flags win. */
function configArgs(file: string, named: boolean): string[] {
  if (!named && !fs.existsSync(file)) return [];
  let config: z.infer<typeof configSchema>;
  try {
    config = readJsonFile(file, configSchema);
  } catch (error) {
    if (error instanceof FileProblem) throw new UsageError(`${displayPath(path.resolve(file))}: ${error.message}`);
    throw error;
  }
  // Paths in the file are relative to it.
  const here = (p: string) => path.resolve(path.dirname(path.resolve(file)), p);
  const out: string[] = [];
  for (const [key, value] of Object.entries(config)) {
    const flag = `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    if (value === true) out.push(flag);
    else if (value === false) continue;
    else if (key === 'failOn') out.push(flag, Array.isArray(value) ? value.join(',') : String(value));
    else if (Array.isArray(value)) for (const v of value) out.push(flag, v);
    else out.push(flag, ['json', 'html', 'saveTests'].includes(key) ? here(String(value)) : String(value));
  }
  return out;
}

/** `story.ink` -> `story.explore.json` beside it. */
export const configFileOf = (story: string) => story.replace(/\.(ink|json)$/i, '') + '.explore.json';

export async function exploreCommand(args: string[], io: CliIO): Promise<number> {
  const first = parseCommand('caviar explore', { args, allowPositionals: true, options: OPTIONS });
  const storyFile = first.positionals[0] ?? DEFAULT_STORY;
  const fromConfig = configArgs(first.values.config ?? configFileOf(storyFile), first.values.config !== undefined);
  const { values, positionals } = parseCommand('caviar explore', {
    args: [...fromConfig, ...args],
    allowPositionals: true,
    options: OPTIONS,
  });
  if (positionals.length > 1) throw new UsageError(`one story at a time, got: ${positionals.join(' ')}\nusage: ${EXPLORE_USAGE}`);
  if (values.random !== undefined && values.exhaustive) throw new UsageError('--random and --exhaustive cannot be used together');
  if (values.path !== undefined && !values.exhaustive) throw new UsageError('--path chooses where --exhaustive starts: give --exhaustive too');
  const int = (flag: string, text: string | undefined, min: number, max = Number.MAX_SAFE_INTEGER) => {
    if (text === undefined) return undefined;
    const n = Number(text);
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new UsageError(`--${flag} takes a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ''}, not "${text}"`);
    }
    return n;
  };
  const timeText = values.time;
  if (timeText !== undefined && !(/^\d+(\.\d+)?$/.test(timeText) && Number(timeText) >= 0)) {
    throw new UsageError(`--time takes a number of seconds (0: no limit), not "${timeText}"`);
  }
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format takes ${FORMATS.join(', ')}, not "${format}"`);
  const failOn = values['fail-on'] !== undefined ? parseFailOn(values['fail-on']) : NO_FAIL_ON;
  for (const file of [values.json, values.html]) if (file !== undefined) checkWritable(file);
  const testsDir = values['save-tests'];
  if (testsDir !== undefined && !fs.statSync(testsDir, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`--save-tests: no folder ${testsDir}`);

  const options = withDefaults({
    mode: values.exhaustive ? 'exhaustive' : 'random',
    playthroughs: int('random', values.random, 1),
    seed: int('seed', values.seed, 0, 2 ** 31 - 2) ?? randomSeed(),
    maxDepth: int('max-depth', values['max-depth'], 1),
    timeLimitS: timeText === undefined ? undefined : Number(timeText) || null,
    workers: int('workers', values.workers, 0, 256),
    stepLimitMs: int('step-limit', values['step-limit'], 10),
    maxSteps: int('max-steps', values['max-steps'], 100),
    maxStates: int('max-states', values['max-states'], 1),
    asserts: values.assert ?? [],
    goals: values.goal ?? [],
    startPath: values.path === undefined ? [] : parseChoicePath(values.path).map((n) => n - 1),
  });

  const story = loadStory(storyFile);
  for (const w of story.warnings) io.stderr.write(`${formatDiagnostic(w)}\n`);
  checkExpressions(story, options.asserts, options.goals);

  // The bar is caviar's own control sequences (carriage return, erase line) and numbers only.
  const stderr = unsanitized(io.stderr);
  const bar = stderr.isTTY && io.env.TERM !== 'dumb' ? new ProgressBar(stderr, options.timeLimitS) : null;
  const abort = new AbortController();
  const onInterrupt = () => abort.abort();
  process.once('SIGINT', onInterrupt);
  let report;
  try {
    report = await explore(story, options, { onProgress: bar ? (p) => bar.update(p) : undefined, signal: abort.signal });
  } finally {
    process.off('SIGINT', onInterrupt);
    bar?.clear();
  }

  if (values.json !== undefined) write(values.json, `${JSON.stringify(report, null, 2)}\n`, story);
  if (values.html !== undefined) write(values.html, renderHtml(report, sourceTexts(story)), story);
  io.stdout.write(sanitizeText(format === 'ndjson' ? renderNdjson(report) : format === 'markdown' ? renderMarkdown(report) : formatSummary(report)));
  if (testsDir !== undefined) {
    const saved = saveFindingTests(report, story.file, testsDir);
    io.stderr.write(`Saved ${saved.length} finding${saved.length === 1 ? '' : 's'} as tests in ${testsDir}: caviar test ${testsDir}\n`);
  }
  const met = failures(report, failOn);
  if (met.length) {
    io.stderr.write(`caviar explore: failing on ${met.join(', ')}\n`);
    return 1;
  }
  return 0;
}

/**
 * Each finding as a golden transcript (docs/testing.md): its path, and what the story prints
 * along it now, fault included. It passes while the fault is there; once it is fixed, the test
 * fails with the new text, to be read and blessed with `caviar test --update`.
 */
function saveFindingTests(report: ExploreReport, storyFile: string, dir: string): string[] {
  return report.findings.map((f, i) => {
    const file = path.join(dir, `${String(i + 1).padStart(2, '0')}-${f.kind}.ctest`);
    const story = path.relative(path.resolve(dir), storyFile).split(path.sep).join('/');
    const about = `# ${f.kind} found by caviar explore${f.source ? ` at ${f.source}` : ''}: ${f.message}`.replace(/[\r\n]+/g, ' ');
    const body = f.path.choices.map((c) => ({ kind: 'input' as const, text: `${c.index + 1}) ${c.text}` }));
    writeOutput(file, renderGolden({ story, seed: f.path.seed, comments: [about], body }));
    runTestFile(file, { update: true });
    return file;
  });
}

/** Each --assert and --goal parses and names only what the story has, before the run. */
function checkExpressions(story: LoadedStory, asserts: string[], goals: string[]): void {
  if (!asserts.length && !goals.length) return;
  const session = Session.start(story, { seed: 1 });
  for (const [flag, list] of [['assert', asserts], ['goal', goals]] as const) {
    for (const text of list) {
      try {
        evaluate(parseExpression(text), session.scope());
      } catch (error) {
        if (error instanceof ExprError) throw new UsageError(`--${flag} "${text}": ${error.message}`);
        throw error;
      }
    }
  }
}

/** Fails before a long run, not after it, when a report cannot be written. */
function checkWritable(file: string): void {
  const dir = path.dirname(path.resolve(file));
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new UsageError(`cannot write ${file}: no folder ${dir}`);
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw new UsageError(`cannot write ${file}: the folder is not writable`);
  }
  checkOutput(file);
}

/** The story's sources by the names the report gives them, for the HTML report's source view. */
function sourceTexts(story: LoadedStory): (file: string) => string | null {
  const byName = new Map(story.sources.map((s) => [displayPath(s), s]));
  return (file) => {
    const abs = byName.get(file);
    if (abs === undefined) return null;
    try {
      return readTextFile(abs);
    } catch {
      return null;
    }
  };
}

function write(file: string, text: string, story: { sources: string[] }): void {
  writeOutput(file, text, { protect: story.sources });
}
