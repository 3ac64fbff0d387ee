// End to end in a real terminal (tmux): start, read, choose, overlays, resize, and every way
// out, each followed by a look at the terminal the player is left with.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixture } from './boot.ts';
import { autosaveTexts, expectRestored, ROOT, terminalTests, TmuxApp } from './tmux.ts';

const apps = terminalTests();

function start(args: string[], cols = 80, rows = 24, env: Record<string, string> = {}): TmuxApp {
  const app = new TmuxApp([fixture('conference.ink'), '--no-anim', ...args], { cols, rows }, env);
  apps.push(app);
  return app;
}

describe('in a real terminal', () => {
  it('starts, reads, chooses, opens overlays, and q leaves a clean terminal with 0', async () => {
    const app = start([], 80, 24);
    await app.waitFor('Shake his hand');
    expect(app.modes().alternate).toBe(true);
    expect(app.modes().cursor).toBe(false);
    app.keys('1');
    await app.waitFor('Open the tin');
    const screen = app.screen();
    expect(screen).toContain('The Small Conference'); // sidebar at 80 columns
    expect(screen).toContain('Welcome to Moscow');
    for (const [key, title] of [
      ['?', 'Help'],
      ['s', 'Save'],
      ['l', 'Load'],
      ['h', 'History'],
      ['n', 'Notebook'],
      ['o', 'Options'],
    ] as const) {
      app.keys(key);
      await app.waitFor(`┌─ ${title}`);
      app.keys('Escape');
      await app.waitFor((s) => !s.includes(`┌─ ${title}`));
    }
    app.keys(':');
    app.type('save e2e');
    app.keys('Enter');
    await app.waitFor('Saved as "e2e"');
    app.keys('q');
    expect(await app.exitCode()).toBe(0);
    expectRestored(app, app.screen());
    expect(autosaveTexts(app)).toEqual(['Shake his hand']);
    expect(fs.existsSync(path.join(app.saves, 'e2e.json'))).toBe(true);
  });

  it('rewinds through history', async () => {
    const app = start([], 100, 30);
    await app.waitFor('Shake his hand');
    app.keys('2');
    await app.waitFor('Open the tin');
    app.keys('1');
    await app.waitFor('Ask about tanks');
    app.keys('h');
    await app.waitFor('now: turn 2');
    app.keys('Up', 'Up', 'Enter');
    await app.waitFor('Back to the moment before choice 1.');
    await app.waitFor('1. Shake his hand');
    app.keys('q');
    expect(await app.exitCode()).toBe(0);
    expect(autosaveTexts(app)).toEqual([]);
  });

  it('resizes: reflows, says "make me bigger" below 40x12, and recovers', async () => {
    const app = start([], 120, 40);
    await app.waitFor('Shake his hand');
    app.keys('1');
    await app.waitFor('Open the tin');
    for (const [cols, rows] of [
      [80, 24],
      [40, 12],
    ] as const) {
      app.resize(cols, rows);
      const screen = await app.waitFor((s) => s.split('\n')[0]!.length === cols && s.includes('Open the tin'));
      // Every row of the frame stays inside the window.
      for (const line of screen.split('\n')) expect(line.length).toBeLessThanOrEqual(cols);
    }
    app.resize(39, 11);
    await app.waitFor('Make me bigger!');
    app.resize(100, 30);
    await app.waitFor((s) => s.includes('Open the tin') && !s.includes('Make me bigger'));
    app.keys('q');
    expect(await app.exitCode()).toBe(0);
    expectRestored(app, app.screen());
  });

  it('Ctrl-C saves and leaves with 130', async () => {
    const app = start([]);
    await app.waitFor('Shake his hand');
    app.keys('2');
    await app.waitFor('Open the tin');
    app.keys('C-c');
    expect(await app.exitCode()).toBe(130);
    expectRestored(app, app.screen());
    expect(autosaveTexts(app)).toEqual(['Look for the car']);
  });

  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGHUP', 129],
    ['SIGINT', 130],
    // Every other signal that would end the process is one more way out like these.
    ['SIGQUIT', 131],
    ['SIGALRM', 142],
    ['SIGXFSZ', 153],
  ] as const) {
    it(`${signal} saves and leaves with ${code}`, async () => {
      const app = start([]);
      await app.waitFor('Shake his hand');
      app.keys('1');
      await app.waitFor('Open the tin');
      process.kill(app.appPid(), signal);
      expect(await app.exitCode()).toBe(code);
      expectRestored(app, app.screen());
      expect(autosaveTexts(app)).toEqual(['Shake his hand']);
    });
  }

  it('an uncaught exception restores the terminal, says what happened without a stack, exits 1', async () => {
    const app = start([], 80, 24, { NODE_OPTIONS: `--import=${fixture('inject-fault.mjs')}` });
    await app.waitFor('Shake his hand');
    app.keys('1');
    await app.waitFor('Open the tin');
    process.kill(app.appPid(), 'SIGURG');
    expect(await app.exitCode()).toBe(1);
    const screen = app.screen();
    expectRestored(app, screen);
    expect(screen).toContain('caviar: internal error: injected fault');
    expect(screen).not.toMatch(/\bat .*:\d+:\d+/);
    expect(autosaveTexts(app)).toEqual(['Shake his hand']);
  });

  it('closing the terminal (a real hangup) ends the app and keeps the autosave', async () => {
    const app = start([]);
    await app.waitFor('Shake his hand');
    app.keys('1');
    await app.waitFor('Open the tin');
    const pid = app.appPid();
    app.tmux('kill-server');
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && fs.existsSync(`/proc/${pid}`)) await new Promise((r) => setTimeout(r, 50));
    expect(fs.existsSync(`/proc/${pid}`)).toBe(false);
    expect(autosaveTexts(app)).toEqual(['Shake his hand']);
  });

  it('Ctrl-Z without job control does not leave a blank screen: the app takes the terminal back', async () => {
    const app = start([]);
    await app.waitFor('Shake his hand');
    app.keys('C-z');
    await new Promise((r) => setTimeout(r, 800));
    app.keys('1');
    await app.waitFor('Open the tin');
    expect(app.modes().alternate).toBe(true);
    app.keys('q');
    expect(await app.exitCode()).toBe(0);
    expectRestored(app, app.screen());
  });

  it('Ctrl-Z under a job-control shell suspends to the shell, and fg comes back', async () => {
    const app = new TmuxApp('interactive-shell', { cols: 80, rows: 24 });
    apps.push(app);
    const run = `cd '${ROOT}' && CAVIAR_SAVES='${app.saves}' CAVIAR_CONFIG='${app.dir}/c' node bin/caviar.js '${fixture('conference.ink')}' --no-anim`;
    app.type(run);
    app.keys('Enter');
    await app.waitFor('Shake his hand');
    app.keys('C-z');
    await app.waitFor('Stopped');
    expect(app.modes()).toMatchObject({ alternate: false, cursor: true });
    app.type('fg');
    app.keys('Enter');
    await app.waitFor('Shake his hand');
    expect(app.modes().alternate).toBe(true);
    app.keys('1');
    await app.waitFor('Open the tin');
    app.keys('q');
    await app.waitFor((s) => !s.includes('Open the tin'));
    app.type('echo "CODE=$?"');
    app.keys('Enter');
    await app.waitFor('CODE=0');
    expect(app.modes()).toEqual({ alternate: false, cursor: true, mouse: false, keypad: false });
  });

  it('--mouse turns mouse reporting on while it runs, and off at the end', async () => {
    const app = start(['--mouse']);
    await app.waitFor('Shake his hand');
    expect(app.modes().mouse).toBe(true);
    app.keys('q');
    expect(await app.exitCode()).toBe(0);
    expectRestored(app, app.screen());
  });

  it('seen marks, the branch map (going to a point), the endings, then q leaves a clean terminal', async () => {
    const app = start([], 100, 30);
    await app.waitFor('Shake his hand');
    app.keys('1');
    await app.waitFor('Open the tin');
    app.keys('u');
    await app.waitFor('1. Shake his hand ✓');
    app.keys('m');
    await app.waitFor('┌─ Branch map');
    app.keys('Down');
    await app.waitFor(/›\s+▾ Shake his hand/);
    app.keys('Enter');
    await app.waitFor('Went to turn 1 on the branch map.');
    app.keys('e');
    await app.waitFor('┌─ Endings: 0 of 1 reached');
    app.keys('Escape');
    await app.waitFor((s) => !s.includes('┌─ Endings'));
    app.keys('q');
    expect(await app.exitCode()).toBe(0);
    expectRestored(app, app.screen());
    expect(autosaveTexts(app)).toEqual(['Shake his hand']);
  });

  it('a classroom session: the briefing first, the debrief at the ending', async () => {
    const quiet = fileURLToPath(new URL('../fixtures/classroom/quiet.ink', import.meta.url));
    const app = new TmuxApp([quiet, '--no-anim', '--role', 'keeper', '--student', 'Ann'], { cols: 80, rows: 24 });
    apps.push(app);
    await app.waitFor('┌─ Briefing: Lighthouse keeper');
    app.keys('Escape');
    await app.waitFor((s) => !s.includes('┌─ Briefing') && s.includes('1. Light the lamp'));
    app.keys('1');
    await app.waitFor('Ending: The Lit Lamp.');
    app.keys('Escape');
    await app.waitFor('d the debrief');
    app.keys('q');
    expect(await app.exitCode()).toBe(0);
    expectRestored(app, app.screen());
  });

  it('plays the bundled Caviar story at 120x40', async () => {
    const app = new TmuxApp(['--no-anim'], { cols: 120, rows: 40 });
    apps.push(app);
    await app.waitFor('Who will you be?', 60_000);
    expect(app.screen()).toContain('Caviar');
    app.keys('1');
    await app.waitFor('┌─ Choices');
    app.keys('Enter');
    await app.waitFor('Turn 2');
    app.keys('q');
    expect(await app.exitCode()).toBe(0);
    expectRestored(app, app.screen());
  });
});
