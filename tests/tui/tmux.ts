// A real terminal for the end-to-end tests (BLESSED-NOTES "End to end"): a private tmux server,
// the real `caviar` binary in a pane, keys sent as a player types them, the screen read back
// with capture-pane, and the pane's terminal modes read after the app has gone.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, expect } from 'vitest';
import { readSaveFile } from '../../src/saves/store.ts';

export const ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Why the terminal tests cannot run here, or null. */
export function tmuxMissing(): string | null {
  const probe = spawnSync('tmux', ['-V'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    return 'tmux is not installed: the end-to-end terminal tests need it (Debian: apt-get install tmux; .ci/run installs it)';
  }
  return null;
}

let serial = 0;

export interface PaneModes {
  alternate: boolean;
  cursor: boolean;
  mouse: boolean;
  keypad: boolean;
}

export class TmuxApp {
  readonly socket = `caviar-e2e-${process.pid}-${serial++}`;
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caviar-e2e-'));
  readonly saves = path.join(this.dir, 'saves');

  /**
   * Starts `caviar ARGS` in a fresh pane of the given size. A wrapper shell reports the exit
   * code and whether the tty's modes (raw/cooked, echo) came back as they were.
   */
  constructor(
    args: string[] | 'interactive-shell',
    readonly size: { cols: number; rows: number },
    env: Record<string, string> = {},
  ) {
    const geometry = ['-d', '-x', String(size.cols), '-y', String(size.rows)];
    if (args === 'interactive-shell') {
      // A shell with job control, as a player has: for Ctrl-Z and fg.
      this.tmux('-f', '/dev/null', 'new-session', ...geometry, 'env', 'PS1=$ ', 'bash', '--norc', '--noprofile', '-i');
      return;
    }
    const script = path.join(this.dir, 'run.sh');
    const exports = Object.entries({
      CAVIAR_SAVES: this.saves,
      CAVIAR_CONFIG: path.join(this.dir, 'config'),
      ...env,
    })
      .map(([k, v]) => `export ${k}=${quote(v)}`)
      .join('\n');
    fs.writeFileSync(
      script,
      [
        '#!/bin/sh',
        exports,
        `cd ${quote(ROOT)}`,
        'before=$(stty -g)',
        `node bin/caviar.js ${args.map(quote).join(' ')}`,
        'code=$?',
        'if [ "$(stty -g)" = "$before" ]; then echo "TTY=restored"; else echo "TTY=changed"; fi',
        'echo "EXIT=$code"',
        'exec sleep 600',
        '',
      ].join('\n'),
      { mode: 0o755 },
    );
    this.tmux('-f', '/dev/null', 'new-session', ...geometry, script);
  }

  tmux(...args: string[]): string {
    const env: NodeJS.ProcessEnv = { ...process.env, TERM: 'xterm-256color' };
    delete env.TMUX;
    delete env.TERMINFO; // the pane gets the system's terminfo, as a player's would
    const run = spawnSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8', env });
    if (run.status !== 0) throw new Error(`tmux ${args.join(' ')}: ${run.stderr}`);
    return run.stdout;
  }

  screen(): string {
    return this.tmux('capture-pane', '-p');
  }

  keys(...keys: string[]): void {
    for (const key of keys) this.tmux('send-keys', key);
  }

  /** Types text literally. */
  type(text: string): void {
    this.tmux('send-keys', '-l', text);
  }

  resize(cols: number, rows: number): void {
    this.tmux('resize-window', '-x', String(cols), '-y', String(rows));
  }

  async waitFor(test: string | RegExp | ((screen: string) => boolean), timeoutMs = 20_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let screen = '';
    while (Date.now() < deadline) {
      screen = this.screen();
      const ok = typeof test === 'function' ? test(screen) : typeof test === 'string' ? screen.includes(test) : test.test(screen);
      if (ok) return screen;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`timed out waiting for ${String(test)}; the screen:\n${screen}`);
  }

  modes(): PaneModes {
    const [alternate, cursor, mouse, keypad] = this.tmux('display', '-p', '#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{keypad_cursor_flag}')
      .trim()
      .split(' ')
      .map((f) => f === '1');
    return { alternate: !!alternate, cursor: !!cursor, mouse: !!mouse, keypad: !!keypad };
  }

  /** The pid of the caviar process (the wrapper shell's child). */
  appPid(): number {
    const shell = this.tmux('display', '-p', '#{pane_pid}').trim();
    const children = fs.readFileSync(`/proc/${shell}/task/${shell}/children`, 'utf8').trim().split(/\s+/);
    const pid = Number(children[0]);
    if (!pid) throw new Error('caviar is not running in the pane');
    return pid;
  }

  /** After the app has gone: its exit code as the wrapper printed it. */
  async exitCode(): Promise<number> {
    const screen = await this.waitFor(/EXIT=\d+/);
    return Number(/EXIT=(\d+)/.exec(screen)![1]);
  }

  close(): void {
    try {
      this.tmux('kill-server');
    } catch {
      // already gone
    }
    // The app may still be writing its autosave on the hangup kill-server sent it.
    fs.rmSync(this.dir, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
  }
}

function quote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/**
 * For a file of terminal tests: fails loudly without tmux (a terminal test that silently passes
 * proves nothing), and closes after each test the apps pushed on the list it returns.
 */
export function terminalTests(): TmuxApp[] {
  const apps: TmuxApp[] = [];
  afterEach(() => {
    for (const app of apps.splice(0)) app.close();
  });
  beforeAll(() => {
    const missing = tmuxMissing();
    if (missing) throw new Error(missing);
  });
  return apps;
}

/** The terminal is as the player left it: normal screen, cursor on, no mouse, tty modes back. */
export function expectRestored(app: TmuxApp, screen: string): void {
  expect(app.modes()).toEqual({ alternate: false, cursor: true, mouse: false, keypad: false });
  expect(screen).toContain('TTY=restored');
  expect(screen).not.toMatch(/\x1b|\[\?1049|┌─/);
}

/** The choices in the story's autosave (the one autosave in the app's save folder). */
export function autosaveTexts(app: TmuxApp): string[] {
  const [file, ...more] = fs.readdirSync(app.saves).filter((n) => /^autosave-.+\.json$/.test(n) && !n.endsWith('-previous.json'));
  if (!file || more.length) throw new Error(`expected one autosave in ${app.saves}, found: ${[file, ...more].join(', ')}`);
  return readSaveFile(path.join(app.saves, file)).choices.map((c) => c.text);
}
