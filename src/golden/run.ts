// Running one golden transcript (format.ts) or one `--record` recording as a test: the story is
// played through the command layer exactly as plain mode plays it, and what it printed is put
// in the file's own form, so the comparison is one text against another and `--update` writes
// the actual text back.

import fs from 'node:fs';
import path from 'node:path';
import { writeOutput } from '../file-write.ts';
import { findRole } from '../classroom/roles.ts';
import { Controller } from '../commands/controller.ts';
import { format } from '../engine/expression.ts';
import { PrintedPath, renderPassage } from '../engine/passage-text.ts';
import { describeDivergence, replay } from '../engine/replay.ts';
import { formatIssue } from '../engine/runner.ts';
import { Session } from '../engine/session.ts';
import { StoryError, UsageError } from '../errors.ts';
import { FileProblem, readTextFile } from '../json-file.ts';
import { readReplayFile, recordedStoryFile, type ReplayFile, writeReplayFile } from '../saves/replay-file.ts';
import { displayPath } from '../story/compile.ts';
import { type LoadedStory, loadStory } from '../story/load.ts';
import { unifiedDiff } from './diff.ts';
import { GoldenFormatError, type Item, parseGolden, renderGolden } from './format.ts';

export interface RunOptions {
  stepLimitMs?: number;
  /** Rewrite the file's expectations with what the story printed. */
  update?: boolean;
}

export interface TestResult {
  file: string;
  /** passed; failed (the output differs); error (the test could not run: a bad file, a missing story). */
  outcome: 'passed' | 'failed' | 'error' | 'updated';
  /** A unified diff (failed), or the reason (error). */
  detail: string;
  ms: number;
}

export function runTestFile(file: string, options: RunOptions = {}): TestResult {
  const started = performance.now();
  const done = (outcome: TestResult['outcome'], detail = '') => ({ file, outcome, detail, ms: Math.round(performance.now() - started) });
  try {
    const text = readTextFile(file);
    const compared = /^\s*\{/.test(text) ? runRecording(file, options) : runGolden(file, text, options);
    if (compared.expected === compared.actual) return done('passed');
    if (options.update && !compared.problem?.startsWith('the recorded path no longer fits')) {
      compared.write();
      return done('updated');
    }
    return done('failed', compared.problem ?? unifiedDiff(compared.expected, compared.actual, { expected: `${displayPath(file)} (expected)`, actual: 'actual' }));
  } catch (error) {
    if (error instanceof GoldenFormatError || error instanceof UsageError || error instanceof StoryError || error instanceof FileProblem) {
      return done('error', `${displayPath(file)}: ${error.message}`);
    }
    throw error;
  }
}

interface Compared {
  expected: string;
  actual: string;
  /** What stopped the comparison, when it is not a matter of text (shown instead of a diff). */
  problem?: string;
  write(): void;
}

function storyOf(file: string, named: string): LoadedStory {
  const storyFile = path.resolve(path.dirname(path.resolve(file)), named);
  if (!fs.existsSync(storyFile)) throw new UsageError(`its story ${named} is not there (looked for ${displayPath(storyFile)})`);
  return loadStory(storyFile);
}

function runGolden(file: string, text: string, options: RunOptions): Compared {
  const golden = parseGolden(text);
  const story = storyOf(file, golden.story);
  let session: Session;
  try {
    const startPath = golden.role ? findRole(story, golden.role).knot : golden.from;
    session = Session.start(story, { seed: golden.seed, stepLimitMs: options.stepLimitMs, ...(startPath ? { startPath } : {}) });
  } catch (error) {
    if (error instanceof StoryError && golden.from) throw new UsageError(`from: ${error.message}`);
    throw error;
  }
  const controller = new Controller(session, null, { autosaveSlot: null });
  const body: Item[] = [];
  const print = (lines: string) => {
    for (const line of lines.split('\n').slice(0, lines.endsWith('\n') ? -1 : undefined)) body.push({ kind: 'text', line });
  };
  const show = () => {
    const { state } = controller.session;
    print(renderPassage(state));
    for (const warning of state.warnings) body.push({ kind: 'text', line: `[warning] ${warning}` });
    // The source file by its name only: a test must read the same from any working folder.
    if (state.issue) body.push({ kind: 'text', line: `[error] ${formatIssue({ ...state.issue, source: state.issue.source && path.basename(state.issue.source) })}` });
  };
  show();
  let stopped = false;
  for (const item of golden.body) {
    if (stopped || item.kind === 'text') continue;
    if (item.kind === 'vars') {
      const scope = controller.session.scope();
      const values = item.names.map((name) => {
        const value = scope.variable(name);
        return `${name} = ${value === undefined ? '(no such variable)' : typeof value === 'string' ? JSON.stringify(value) : value === null ? '' : format(value)}`;
      });
      body.push({ ...item, line: `[vars] ${values.join(', ')}` });
      continue;
    }
    if (item.kind === 'tags') {
      const tags = controller.session.state.lines.flatMap((l) => l.tags);
      body.push({ kind: 'tags', line: `[tags]${tags.length ? ` ${tags.join(' | ')}` : ''}` });
      continue;
    }
    const choice = /^(\d+)\)\s*(.*)$/.exec(item.text);
    if (choice) {
      // By its text first; by its number when the text is no longer offered (reworded).
      const { choices } = controller.session.state;
      const byText = choices.findIndex((c) => c.text === choice[2]);
      const position = byText >= 0 ? byText : Number(choice[1]) - 1;
      const picked = choices[position];
      if (!picked) {
        body.push({ kind: 'input', text: item.text });
        body.push({ kind: 'text', line: `[error] the story offers no choice "${choice[2]}" here, nor a choice ${choice[1]}: the test stops` });
        stopped = true;
        continue;
      }
      body.push({ kind: 'input', text: `${position + 1}) ${picked.text}` });
      const outcome = controller.pick(position + 1);
      for (const m of outcome.messages) body.push({ kind: 'text', line: m });
      if (outcome.show) show();
      continue;
    }
    body.push(item);
    const outcome = controller.input(item.text);
    for (const m of outcome.messages) body.push({ kind: 'text', line: m });
    if (outcome.show) show();
    if (outcome.quit) stopped = true;
  }
  const actual = renderGolden({ ...golden, body });
  return { expected: renderGolden(golden), actual, write: () => writeOutput(file, actual) };
}

/** A recording as a test: its expectation is what plain mode printed when it was recorded. */
function runRecording(file: string, options: RunOptions): Compared {
  const recording = readReplayFile(file);
  const named = recordedStoryFile(file, recording);
  if (named === null) throw new UsageError('the recording names no story file');
  const story = storyOf(file, path.relative(path.dirname(path.resolve(file)), named));
  const printed = new PrintedPath();
  const result = replay(story, recording.seed, recording.choices, {
    stepLimitMs: options.stepLimitMs,
    ...(recording.start ? { startPath: recording.start } : {}),
    pending: recording.pending,
    onStep: (state) => printed.follow(state),
  });
  const actualTurns = printed.get();
  const show = (turns: ReadonlyArray<string | null>) =>
    turns.map((t, i) => `${t ?? '(not recorded)\n'}${recording.choices[i] ? `> ${recording.choices[i].text}\n` : ''}`).join('');
  const expectedTurns = recording.output ?? [];
  // Turns the recording did not see (before a resumed save) are not compared.
  const comparable = actualTurns.map((t, i) => (expectedTurns[i] === null ? null : t));
  const problem = result.divergence
    ? `the recorded path no longer fits: ${describeDivergence(result.divergence)}`
    : recording.output
      ? undefined
      : 'this recording holds no printed text to compare with (it was made before caviar kept it): caviar test --update adds it';
  const updated: ReplayFile = { ...recording, story: { ...recording.story, hash: story.hash }, output: actualTurns };
  return {
    expected: show(expectedTurns),
    actual: result.divergence ? `${show(comparable)}(diverged)\n` : show(comparable),
    ...(problem ? { problem: result.divergence ? `${problem}\n${unifiedDiff(show(expectedTurns), show(comparable), { expected: `${displayPath(file)} (recorded)`, actual: 'actual' })}` : problem } : {}),
    write: () => writeReplayFile(file, updated),
  };
}
