// Issue 18, items 4, 19 and 20 through the real binary: every command's --help, bad flags in one
// line of caviar's words (exit 2), and a stdout closed early (a pipe into head) ending quietly.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, fixture, ROOT, runCli, tempDir } from '../helpers.ts';

const env = () => ({ CAVIAR_CACHE: tempDir(), CAVIAR_SAVES: tempDir() });
const CHOICES = fixture('choices.ink');
const NO_STACK = /^\s+at |node:internal|Unknown option '|positional/m;

const COMMANDS: string[][] = [
  [],
  ['play'],
  ['check'],
  ['replay'],
  ['map'],
  ['explore'],
  ['transcript'],
  ['class-report'],
  ['handout'],
  ['class'],
  ['class', 'start'],
  ['class', 'status'],
  ['class', 'export'],
  ['class', 'hold'],
  ['class', 'message'],
];

describe('item 20: every subcommand has --help', () => {
  it.concurrent.each(COMMANDS.map((c) => [c.join(' ') || '(play)', c]))('caviar %s --help prints its usage, exit 0', async (_name, command) => {
    const run = await runCli([...command, '--help'], '', env());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^(usage: )?caviar/);
    expect(run.stdout).toContain(command[0] === undefined || command[0] === 'play' ? 'caviar [play]' : `caviar ${command[0]}`);
  });

  it('-h is --help too', async () => {
    const run = await runCli(['map', '-h'], '', env());
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^usage: caviar map /);
  });
});

describe('item 20: a bad flag is one line in caviar\'s words, exit 2', () => {
  it.concurrent.each(COMMANDS.map((c) => [c.join(' ') || '(play)', c]))('caviar %s --bogus', async (_name, command) => {
    const run = await runCli([...command, '--bogus'], '', env());
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    // `caviar class --bogus` is an unknown class command rather than an unknown option.
    expect(run.stderr).toMatch(/^caviar: unknown (option --bogus|class command "--bogus") \(see caviar( [a-z-]+)* --help\)\n$/);
    expect(run.stderr).not.toMatch(NO_STACK);
  });

  it('a flag without its value, a value on a switch, an argument where none is taken', async () => {
    const e = env();
    const missing = await runCli(['map', CHOICES, '--out'], '', e);
    expect([missing.code, missing.stderr]).toEqual([2, 'caviar: --out needs a value (see caviar map --help)\n']);
    const ambiguous = await runCli(['transcript', 'x.json', '--out', '--format'], '', e);
    expect([ambiguous.code, ambiguous.stderr]).toEqual([2, 'caviar: --out needs a value (see caviar transcript --help)\n']);
    const valued = await runCli(['replay', 'x.json', '--plain=yes'], '', e);
    expect([valued.code, valued.stderr]).toEqual([2, 'caviar: --plain takes no value (see caviar replay --help)\n']);
    const extra = await runCli(['class', 'status', 'extra', '--data', tempDir()], '', e);
    expect([extra.code, extra.stderr]).toEqual([2, 'caviar: caviar class status takes no argument "extra" (see caviar class status --help)\n']);
  });

  it('a hostile flag name reaches the terminal without its control characters', async () => {
    const run = await runCli(['check', '--\u001b]0;pwned\u0007x'], '', env());
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('caviar: unknown option --]0;pwnedx (see caviar check --help)\n');
  });
});

/** The binary with its stdout a pipe whose reader is gone, at once or once `until` has been read (then `then` is typed). */
function runClosed(args: string[], e: NodeJS.ProcessEnv, input = '', until?: RegExp, then = '') {
  return new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, CAVIAR_DEBUG: '', ...e }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    let seen = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
    if (!until) {
      child.stdout.destroy();
      child.stdin.end(input);
      return;
    }
    child.stdin.write(input);
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      seen += d;
      if (!until.test(seen) || child.stdout.destroyed) return;
      child.stdout.destroy();
      child.stdin.end(then);
    });
  });
}

describe('item 4: a stdout closed early ends caviar quietly', () => {
  it('play --plain | head: exit 0, no EPIPE stack, the turn played before is autosaved', async () => {
    const e = env();
    // The first choice is seen, the reader goes away, then a second choice is typed.
    const run = await runClosed([CHOICES, '--plain'], e, '1\n', /Turn one\.[\s\S]*> /, '2\n');
    expect(run.stderr).not.toMatch(NO_STACK);
    expect(run.stderr).not.toMatch(/EPIPE/);
    expect(run.code).toBe(0);
    const save = JSON.parse(fs.readFileSync(path.join(e.CAVIAR_SAVES, 'autosave-choices.json'), 'utf8')) as { choices: unknown[] };
    expect(save.choices).toHaveLength(2);
  });

  it.each([
    ['check', ['check', CHOICES]],
    ['explore', ['explore', CHOICES, '--random', '5', '--seed', '1']],
    ['handout', ['handout']],
    ['help', ['--help']],
    ['play with nothing typed', [CHOICES]],
  ])('%s into a closed pipe: exit 0, nothing on stderr but its own messages', async (_name, args) => {
    const run = await runClosed(args, env());
    expect(run.stderr).not.toMatch(NO_STACK);
    expect(run.stderr).not.toMatch(/EPIPE|internal error/);
    expect(run.code).toBe(0);
  });
});
