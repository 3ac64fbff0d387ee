// `caviar play` picks the front end: the full-screen UI on a terminal, plain mode for pipes,
// TERM=dumb and --plain; the UI's flags are checked like the others.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { CliIO } from '../../src/cli/io.ts';
import { canUseTui } from '../../src/ui/tui/terminal-check.ts';
import { fixture } from './boot.ts';
import { headless, type Headless } from './harness.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function io(h: Headless | null, env: NodeJS.ProcessEnv = {}): CliIO & { err: () => string; out: () => string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caviar-front-'));
  dirs.push(dir);
  const stdin = h ? h.input : new PassThrough();
  const stdout = h ? h.output : new PassThrough();
  let out = '';
  let err = '';
  if (!h) stdout.on('data', (d: Buffer) => (out += d.toString()));
  const stderr = new PassThrough().on('data', (d: Buffer) => (err += d.toString()));
  return {
    stdin,
    stdout,
    stderr,
    env: { ...process.env, CAVIAR_SAVES: path.join(dir, 'saves'), CAVIAR_CONFIG: path.join(dir, 'config'), ...env },
    err: () => err,
    out: () => out,
  };
}

describe('front end choice', () => {
  it('uses the UI only with a TTY both ways and a real TERM', () => {
    const tty = { isTTY: true };
    expect(canUseTui({ stdin: tty, stdout: tty }, { TERM: 'xterm-256color' })).toBe(true);
    expect(canUseTui({ stdin: {}, stdout: tty }, { TERM: 'xterm' })).toBe(false);
    expect(canUseTui({ stdin: tty, stdout: {} }, { TERM: 'xterm' })).toBe(false);
    expect(canUseTui({ stdin: tty, stdout: tty }, { TERM: 'dumb' })).toBe(false);
    expect(canUseTui({ stdin: tty, stdout: tty }, {})).toBe(false);
  });

  it('opens the full-screen UI on a terminal, with --no-anim and --theme', async () => {
    const h = headless(80, 24);
    const run = main([fixture('conference.ink'), '--no-anim', '--theme', 'contrast'], io(h));
    await new Promise((r) => setTimeout(r, 300));
    await h.settle();
    expect(h.text()).toContain('┌─ Choices');
    await h.press('1');
    expect(h.text()).toContain('in a careful hand.'); // no typewriter
    await h.press('q');
    expect(await run).toBe(0);
    expect(h.written()).toContain('\x1b[?1049l');
  });

  it('stays in plain mode with --plain even on a terminal', async () => {
    const h = headless(80, 24);
    const cli = io(h);
    let out = '';
    h.output.on('data', (d: Buffer) => (out += d.toString()));
    const run = main([fixture('conference.ink'), '--plain'], cli);
    h.input.end('1\n');
    expect(await run).toBe(0);
    expect(out).toContain('1) Shake his hand');
    expect(out).not.toContain('\x1b[?1049h');
  });

  it('uses plain mode for TERM=dumb and for pipes', async () => {
    const h = headless(80, 24);
    let out = '';
    h.output.on('data', (d: Buffer) => (out += d.toString()));
    const dumb = main([fixture('conference.ink')], io(h, { TERM: 'dumb' }));
    h.input.end('2\n');
    expect(await dumb).toBe(0);
    expect(out).toContain('1) Open the tin');

    const piped = io(null);
    const run = main([fixture('conference.ink')], piped);
    (piped.stdin as PassThrough).end('1\n');
    expect(await run).toBe(0);
    expect(piped.out()).toContain('Molotov: Welcome to Moscow, comrades.');
  });

  it('refuses an unknown theme as bad usage (2)', async () => {
    const cli = io(null);
    expect(await main([fixture('conference.ink'), '--theme', 'neon'], cli)).toBe(2);
    expect(cli.err()).toContain('--theme takes default or contrast, not "neon"');
  });
});
