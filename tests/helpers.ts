// Shared test helpers: fixture paths, private temp folders, real child processes of the CLI.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { loadStory, type LoadedStory } from '../src/story/load.ts';

export const ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
export const BIN = path.join(ROOT, 'bin', 'caviar.js');

export const fixture = (...parts: string[]) => path.join(ROOT, 'tests', 'fixtures', ...parts);

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh temp folder, removed after the test file. */
export function tempDir(prefix = 'caviar-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Loads a fixture with a private compile cache. */
export function loadFixture(name: string, cacheDir: string | null = null): LoadedStory {
  return loadStory(fixture(name), { cacheDir });
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function spawnCli(args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, CAVIAR_DEBUG: '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const out = { stdout: '', stderr: '' };
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out.stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (out.stderr += d));
  return { child, out };
}

/** Runs the real `caviar` binary with scripted stdin (not a TTY: plain mode). */
export function runCli(args: string[], input = '', env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const { child, out } = spawnCli(args, env);
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, ...out }));
    child.stdin.end(input);
  });
}

/** A running `caviar` child with piped stdio, for tests that talk to it turn by turn. */
export function startCli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const { child, out } = spawnCli(args, env);
  const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return {
    get stdout() {
      return out.stdout;
    },
    get stderr() {
      return out.stderr;
    },
    send: (line: string) => child.stdin.write(`${line}\n`),
    /** Waits until stdout (or stderr) matches, or fails after `ms`. */
    async waitFor(pattern: RegExp, ms = 15_000, stream: 'stdout' | 'stderr' = 'stdout') {
      const until = Date.now() + ms;
      while (!pattern.test(out[stream])) {
        if (Date.now() > until) throw new Error(`timed out waiting for ${pattern} in ${stream}:\n${out.stdout}\n--- stderr:\n${out.stderr}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    end: () => {
      child.stdin.end();
      return closed;
    },
  };
}

/** A bare inkjs Story as an author would set it up (fallbacks on, errors collected, seeded): the oracle for tests. */
export { bareStory } from './bare-story.ts';
