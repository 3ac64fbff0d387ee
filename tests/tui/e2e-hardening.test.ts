// The hardening cases through the real binary in a real terminal (tmux): resizing across every
// layout threshold, deaths of every kind that can be intercepted (the signals are with the other
// ways out, in e2e.test.ts), terminal replies and a long
// paste in the input, and emoji sequences tmux draws its own way. After each, the terminal the
// player is left with is looked at.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cells } from '../../src/ui/tui/text-width.ts';
import { fixture } from './boot.ts';
import { autosaveTexts, expectRestored, ROOT, terminalTests, TmuxApp } from './tmux.ts';

const apps = terminalTests();

function start(story: string, cols = 80, rows = 24, env: Record<string, string> = {}): TmuxApp {
  const app = new TmuxApp([story, '--no-anim'], { cols, rows }, env);
  apps.push(app);
  return app;
}

const HUB = fileURLToPath(new URL('../fixtures/hub.ink', import.meta.url));
const noStack = (screen: string) => expect(screen).not.toMatch(/\bat .*:\d+:\d+|node_modules|TypeError|RangeError/);

describe('in a real terminal', () => {
  it('resizes across every layout threshold, both ways, several times, without a crash (the rtop regression)', async () => {
    const app = start(HUB, 100, 30);
    await app.waitFor('Go to the market');
    const sizes = [
      [79, 24],
      [100, 30],
      [80, 24],
      [79, 24],
      [40, 12],
      [39, 11],
      [40, 12],
      [120, 40],
    ] as const;
    for (let round = 0; round < 3; round++) {
      for (const [cols, rows] of round === 1 ? [...sizes].reverse() : sizes) {
        app.resize(cols, rows);
        const small = cols < 40 || rows < 12;
        await app.waitFor((s) => s.split('\n')[0]!.length <= cols && (small ? s.includes('Make me bigger!') : s.includes('Go to the market') && s.startsWith('┌')));
      }
    }
    app.resize(100, 30);
    await app.waitFor((s) => s.includes('Go to the market') && /┐┌─+┐/.test(s.split('\n')[0]!));
    app.keys('q');
    expect(await app.exitCode()).toBe(0);
    expectRestored(app, app.screen());
  });

  for (const [fault, code, message] of [
    ['range', 1, 'caviar: internal error: Invalid string length'],
    ['reject', 1, 'caviar: internal error: injected rejection'],
    ['exit', 3, null],
  ] as const) {
    it(`a death by ${fault === 'exit' ? 'process.exit() from inside' : fault === 'range' ? 'RangeError (a string grown too long)' : 'unhandled rejection'} restores the terminal and keeps the autosave`, async () => {
      const app = start(fixture('conference.ink'), 80, 24, { NODE_OPTIONS: `--import=${fixture('inject-fault.mjs')}`, CAVIAR_TEST_FAULT: fault });
      await app.waitFor('Shake his hand');
      app.keys('1');
      await app.waitFor('Open the tin');
      process.kill(app.appPid(), 'SIGURG');
      expect(await app.exitCode()).toBe(code);
      const screen = app.screen();
      expectRestored(app, screen);
      if (message) expect(screen).toContain(message);
      noStack(screen);
      expect(autosaveTexts(app)).toEqual(['Shake his hand']);
    });
  }

  it('terminal replies in the input take no choice', async () => {
    const app = start(fixture('conference.ink'));
    await app.waitFor('Shake his hand');
    const hex = (s: string) => [...Buffer.from(s, 'latin1')].map((b) => b.toString(16).padStart(2, '0'));
    app.tmux('send-keys', '-H', ...hex('\x1b]11;rgb:0000/0000/0000\x07\x1b[?1;2c\x1b[12;40R'));
    app.keys('h'); // a key after them: once its window is up, the replies were read
    await app.waitFor('┌─ History');
    app.keys('Escape');
    await app.waitFor((s) => !s.includes('┌─ History'));
    expect(app.screen()).toContain('1. Shake his hand');
    app.keys('q');
    expect(await app.exitCode()).toBe(0);
    expect(autosaveTexts(app)).toEqual([]);
  });

  it('a paste of 5,000 characters into the : line is capped, and SIGTERM right after is heard', async () => {
    const app = start(fixture('conference.ink'));
    await app.waitFor('Shake his hand');
    app.keys(':');
    app.type('y'.repeat(5000));
    await app.waitFor('(1000 characters at most)');
    process.kill(app.appPid(), 'SIGTERM');
    expect(await app.exitCode()).toBe(143);
    expectRestored(app, app.screen());
  });

  it('bidi controls and emoji sequences leave every border where it belongs', async () => {
    const app = start(fixture('glyphs.ink'), 100, 24);
    const screen = await app.waitFor('┌─ Choices');
    // tmux draws a ZWJ sequence or a flag as one emoji: unsanitised, such a row came out two
    // cells short and pulled its border in. Every row of the frame must be the terminal's width.
    const frameRows = screen.split('\n').slice(0, 23);
    for (const row of frameRows) expect(cells(row), row).toBe(100);
    app.keys('q');
    expect(await app.exitCode()).toBe(0);
    expectRestored(app, app.screen());
    expect(fs.existsSync(path.join(app.saves, 'autosave-glyphs-etalp.json'))).toBe(true);
  });
});

describe('saves told in the UI', () => {
  it('a fresh start wiped the autosave without a word: the UI says the previous one was kept', async () => {
    const saves = fs.mkdtempSync(path.join(os.tmpdir(), 'caviar-e2e-saves-'));
    const first = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'caviar.js'), HUB, '--plain'], { input: '1\n', env: { ...process.env, CAVIAR_SAVES: saves } });
    expect(first.status).toBe(0);
    const app = start(HUB, 100, 30, { CAVIAR_SAVES: saves });
    await app.waitFor('is kept as');
    app.keys('q');
    expect(await app.exitCode()).toBe(0);
    expect(fs.existsSync(path.join(saves, 'autosave-hub-previous.json'))).toBe(true);
    fs.rmSync(saves, { recursive: true, force: true });
  });
});
