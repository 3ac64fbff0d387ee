// `caviar explore` through the real binary: exit codes, --fail-on, the report files, messages.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.ts';
import { fixture, runCli, tempDir } from '../helpers.ts';
import { exploreFixturePath } from './helpers.ts';

const cache = tempDir('caviar-explore-cache-');
const explore = (args: string[]) => runCli(['explore', ...args], '', { CAVIAR_CACHE: cache });

/** The same command line in this process, for the cases that fail before any work. */
async function inProcess(argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const err = new PassThrough().setEncoding('utf8');
  err.on('data', (d: string) => (stderr += d));
  const code = await main(argv, { stdin: new PassThrough(), stdout: new PassThrough(), stderr: err, env: { CAVIAR_CACHE: cache } });
  return { code, stderr };
}

describe('caviar explore', () => {
  it('--path is for --exhaustive, and must stay at choice points: one line each, exit 2', async () => {
    const story = exploreFixturePath('endings.ink');
    expect(await inProcess(['explore', story, '--path', '2'])).toEqual({ code: 2, stderr: 'caviar: --path chooses where --exhaustive starts: give --exhaustive too\n' });
    expect(await inProcess(['explore', story, '--exhaustive', '--workers', '0', '--path', '4'])).toEqual({ code: 2, stderr: 'caviar: --path: choice 1 (4): the story offers 3 choices there\n' });
    expect(await inProcess(['explore', story, '--exhaustive', '--workers', '0', '--path', '1'])).toEqual({
      code: 2,
      stderr: 'caviar: --path: the story ends after these choices, so there is nothing to explore from there\n',
    });
  });

  it('exits 0 with a summary, on worker threads started from bin/caviar.js', async () => {
    const run = await explore([exploreFixturePath('hub.ink'), '--exhaustive', '--seed', '5', '--workers', '2']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/exhaustive, 12 choice points/);
    expect(run.stdout).toMatch(/Complete: every branch was explored/);
    expect(run.stdout).toMatch(/reached left "The Departure"/);
  });

  it('--save-tests DIR saves each finding as a golden transcript that caviar test runs', async () => {
    const dir = tempDir();
    const story = path.join(dir, 'story.ink');
    fs.copyFileSync(exploreFixturePath('runtime-error.ink'), story);
    const tests = path.join(dir, 'found');
    fs.mkdirSync(tests);
    const run = await explore([story, '--exhaustive', '--workers', '0', '--seed', '9', '--save-tests', tests]);
    expect(run.stderr).toContain(`Saved 1 finding as tests in ${tests}: caviar test ${tests}\n`);
    const saved = fs.readFileSync(path.join(tests, '01-error.ctest'), 'utf8');
    expect(saved).toMatch(/^caviar-test 1\n# error found by caviar explore at \S*story\.ink:13: Cannot perform operation LIST_VALUE on Int\nstory: \.\.\/story\.ink\nseed: 9\n\n/);
    expect(saved).toContain('> 2) Deeper\n\n[error] Ink runtime error at deeper (story.ink:13): Cannot perform operation LIST_VALUE on Int\n');
    expect((await runCli(['test', tests], '', { CAVIAR_CACHE: cache })).code).toBe(0);
    // Once the fault is fixed the test fails, showing what the story does now.
    fs.writeFileSync(story, fs.readFileSync(story, 'utf8').replace(/LIST_VALUE\([^)]*\)/, '1'));
    const fixed = await runCli(['test', tests], '', { CAVIAR_CACHE: cache });
    expect(fixed.code).toBe(1);
    expect(fixed.stdout).toContain('-[error] Ink runtime error at deeper (story.ink:13): Cannot perform operation LIST_VALUE on Int');
  });

  it('--fail-on sets exit 1 for the conditions met, and says which', async () => {
    const file = exploreFixturePath('runtime-error.ink');
    const failing = await explore([file, '--exhaustive', '--workers', '0', '--fail-on', 'errors,loose-ends']);
    expect(failing.code).toBe(1);
    expect(failing.stderr).toMatch(/failing on 1 runtime error or endless step \(errors\)/);
    expect(failing.stdout).toMatch(/runtime error at .*runtime-error\.ink:13/);
    // The command printed opens the finding: the same error, at the same place.
    const command = /reproduce: caviar play (\S+) --seed (\d+) --path "([\d ]+)"/.exec(failing.stdout);
    expect(command).not.toBeNull();
    const replayed = await runCli([command![1]!, '--seed', command![2]!, '--path', command![3]!, '--plain'], ':quit\n', { CAVIAR_CACHE: tempDir(), CAVIAR_SAVES: tempDir() });
    expect(replayed.stderr).toMatch(/Ink runtime error .*runtime-error\.ink:13\): Cannot perform operation LIST_VALUE on Int/);
    const passing = await explore([file, '--exhaustive', '--workers', '0', '--fail-on', 'loose-ends,unvisited']);
    expect(passing.code).toBe(0);
    const unvisited = await explore([exploreFixturePath('unvisited.ink'), '--workers', '0', '--random', '20', '--fail-on', 'unvisited,unreached-endings']);
    expect(unvisited.code).toBe(1);
    expect(unvisited.stderr).toMatch(/2 knots or stitches never visited \(unvisited\), 2 endings never reached \(unreached-endings\)/);
  });

  it('writes the JSON and the standalone HTML report', async () => {
    const dir = tempDir();
    const json = path.join(dir, 'report.json');
    const html = path.join(dir, 'report.html');
    const run = await explore([exploreFixturePath('endings.ink'), '--exhaustive', '--workers', '0', '--json', json, '--html', html]);
    expect(run.code).toBe(0);
    const report = JSON.parse(fs.readFileSync(json, 'utf8'));
    expect(report).toMatchObject({ format: 'caviar-explore', version: 1, settings: { mode: 'exhaustive' }, run: { complete: true } });
    expect(Object.keys(report)).toEqual(['format', 'version', 'story', 'settings', 'run', 'cuts', 'findings', 'endings', 'goals', 'coverage', 'choices', 'graph']);
    const page = fs.readFileSync(html, 'utf8');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('The Secret Ending');
    expect(page).toContain('<svg');
    expect(page).not.toMatch(/<script|<link|src="http/);
  });

  it('bad usage exits 2 with one line, no stack trace', async () => {
    const bin = await explore([exploreFixturePath('hub.ink'), '--random', 'lots']);
    expect(bin).toMatchObject({ code: 2, stderr: 'caviar: --random takes a whole number from 1, not "lots"\n' });
    for (const args of [
      ['--random', 'lots'],
      ['--random', '5', '--exhaustive'],
      ['--fail-on', 'typos'],
      ['--time', '-3'],
      ['--json', path.join(tempDir(), 'no', 'such', 'dir', 'r.json')],
      ['--bogus'],
    ]) {
      const run = await inProcess(['explore', exploreFixturePath('hub.ink'), '--workers', '0', ...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^caviar: /);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('a broken story exits 1 with file:line', async () => {
    const run = await explore([fixture('broken', 'errors.ink'), '--workers', '0']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/errors\.ink:4: error/);
  });

  it('a story with an EXTERNAL and no fallback exits 1 and names it', async () => {
    const run = await explore([fixture('external-missing.ink'), '--workers', '0']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/EXTERNAL/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
