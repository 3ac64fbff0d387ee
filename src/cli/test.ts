// caviar test [FILES|DIRS] [--update] [--junit FILE]: runs golden transcripts (docs/testing.md)
// and `--record` recordings as tests: a unified diff for each failure, exit 1 on any.

import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.ts';
import { escapeHtml } from '../escape.ts';
import { writeOutput } from '../file-write.ts';
import { runTestFile, type TestResult } from '../golden/run.ts';
import { displayPath } from '../story/compile.ts';
import { parseCommand } from './args.ts';
import { type CliIO, stepLimitOf } from './io.ts';
import { TEST_USAGE } from './usage.ts';

/** A golden transcript; a recording is any .json file that says it is one. */
export const TEST_EXTENSION = '.ctest';

export async function testCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand('caviar test', {
    args,
    allowPositionals: true,
    options: { update: { type: 'boolean' }, junit: { type: 'string' } },
  });
  const files = positionals.flatMap((p) => testFiles(p, true));
  if (!positionals.length) throw new UsageError(`name the tests: ${TEST_USAGE}`);
  if (!files.length) throw new UsageError(`no tests in ${positionals.join(', ')}: a test is a ${TEST_EXTENSION} file or a recording (.json) made with caviar play --record`);
  const results: TestResult[] = [];
  for (const file of files) {
    const result = runTestFile(file, { update: values.update, stepLimitMs: stepLimitOf(io.env) });
    results.push(result);
    const name = displayPath(file);
    if (result.outcome === 'passed') io.stdout.write(`ok      ${name} (${result.ms} ms)\n`);
    else if (result.outcome === 'updated') io.stdout.write(`updated ${name}\n`);
    else io.stdout.write(`${result.outcome === 'failed' ? 'FAIL' : 'ERROR'}    ${name}\n${result.detail.replace(/\n?$/, '\n')}`);
  }
  const count = (o: TestResult['outcome']) => results.filter((r) => r.outcome === o).length;
  const parts = [`${count('passed')} passed`, count('updated') && `${count('updated')} updated`, count('failed') && `${count('failed')} failed`, count('error') && `${count('error')} could not run`];
  io.stdout.write(`${parts.filter(Boolean).join(', ')}\n`);
  if (count('failed') && !values.update) io.stdout.write('To accept the new output as the expectation: caviar test --update FILE\n');
  if (values.junit) writeOutput(values.junit, junit(results));
  return count('error') ? 2 : count('failed') ? 1 : 0;
}

function testFiles(given: string, named: boolean): string[] {
  const stat = fs.statSync(given, { throwIfNoEntry: false });
  if (!stat) {
    if (named) throw new UsageError(`${displayPath(path.resolve(given))}: no such test file or folder`);
    return [];
  }
  if (stat.isFile()) return named || isTest(given) ? [given] : [];
  if (!stat.isDirectory()) return [];
  return fs
    .readdirSync(given)
    .filter((n) => !n.startsWith('.') && n !== 'node_modules')
    .sort()
    .flatMap((n) => testFiles(path.join(given, n), false));
}

function isTest(file: string): boolean {
  if (file.endsWith(TEST_EXTENSION)) return true;
  if (!file.endsWith('.json')) return false;
  // Only the start of the file: a recording says what it is in its first field.
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(200);
    const n = fs.readSync(fd, head, 0, 200, 0);
    return /"format"\s*:\s*"caviar-replay"/.test(head.subarray(0, n).toString());
  } finally {
    fs.closeSync(fd);
  }
}

/** JUnit XML, the form CI systems read: one testcase per file. */
function junit(results: readonly TestResult[]): string {
  const attr = (s: string) => escapeHtml(s);
  const failures = results.filter((r) => r.outcome === 'failed').length;
  const errors = results.filter((r) => r.outcome === 'error').length;
  const seconds = (ms: number) => (ms / 1000).toFixed(3);
  const total = results.reduce((t, r) => t + r.ms, 0);
  const cases = results.map((r) => {
    const name = attr(displayPath(r.file));
    const open = `  <testcase classname="caviar" name="${name}" time="${seconds(r.ms)}"`;
    if (r.outcome === 'failed') return `${open}>\n    <failure message="the output differs">${escapeHtml(r.detail)}</failure>\n  </testcase>`;
    if (r.outcome === 'error') return `${open}>\n    <error message="${attr(r.detail)}"/>\n  </testcase>`;
    return `${open}/>`;
  });
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="caviar test" tests="${results.length}" failures="${failures}" errors="${errors}" time="${seconds(total)}">\n` +
    `${cases.join('\n')}\n</testsuite>\n`
  );
}
