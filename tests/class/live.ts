// Helpers for the live classroom's end-to-end tests: the real `caviar class start` in a child
// process, and students connecting to it over SSH on loopback with a real SSH client library
// (ssh2's Client), each seat's screen rebuilt in a headless xterm to read what the student sees.
// The bench's class figure (bench/class.ts) starts its server with this too.

import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import unicode11 from '@xterm/addon-unicode11';
import xtermHeadless from '@xterm/headless';
import { fileURLToPath } from 'node:url';
import ssh2 from 'ssh2';

// Not from ../helpers.ts, which registers vitest hooks: `npm run bench` uses this file too.
const ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BIN = path.join(ROOT, 'bin', 'caviar.js');

const { Terminal } = xtermHeadless;
const { Unicode11Addon } = unicode11;

export const CODE = 'tea-party';

/** Polls `check` until it returns a value (or true), up to `ms`; the last failure's message otherwise. */
export async function until<T>(check: () => T | false | null | undefined, ms = 10_000, what = 'the condition'): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export class ClassServer {
  readonly child: ChildProcessWithoutNullStreams;
  out = '';
  err = '';
  port = 0;
  /** With --web-port: the web door's port and the teacher's link printed at start. */
  webPort = 0;
  teacherUrl = '';

  constructor(
    readonly dir: string,
    args: string[],
    env: NodeJS.ProcessEnv = {},
  ) {
    this.child = spawn(process.execPath, [BIN, 'class', 'start', ...args, '--data', dir, '--host', '127.0.0.1', '--ssh-port', '0', '--headless'], {
      cwd: ROOT,
      env: { ...process.env, CAVIAR_DEBUG: '', ...env },
    });
    this.child.stdout.setEncoding('utf8').on('data', (d: string) => (this.out += d));
    this.child.stderr.setEncoding('utf8').on('data', (d: string) => (this.err += d));
  }

  static async start(args: string[], dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caviar-class-')), env: NodeJS.ProcessEnv = {}): Promise<ClassServer> {
    const server = new ClassServer(dir, args, env);
    await server.ready();
    return server;
  }

  async ready(): Promise<void> {
    const m = await until(() => /SSH port: (\d+)\n/.exec(this.out), 20_000, `the class server to start (stderr: ${this.err})`);
    this.port = Number(m[1]);
    const web = /Web port: (\d+)\n.*\n\s+(http:\S+\/teacher#\S+)\n/.exec(this.out);
    if (web) {
      this.webPort = Number(web[1]);
      this.teacherUrl = web[2]!;
    }
  }

  /** Waits for a line of the headless event log. */
  line(pattern: RegExp, ms = 10_000): Promise<string> {
    return until(() => this.out.split('\n').find((l) => pattern.test(l)), ms, `a server line matching ${pattern}`);
  }

  /** Runs another `caviar class ...` command on the same data folder. */
  cli(args: string[]): { code: number | null; stdout: string; stderr: string } {
    const run = spawnSync(process.execPath, [BIN, 'class', ...args, '--data', this.dir], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CAVIAR_DEBUG: '' } });
    return { code: run.status, stdout: run.stdout, stderr: run.stderr };
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.kill(signal);
    await exited;
  }
}

export interface SeatOptions {
  cols?: number;
  rows?: number;
  code?: string;
}

/** One student: an SSH connection with a pty and a shell, and the screen it draws. */
export class SshSeat {
  readonly client = new ssh2.Client();
  readonly term: InstanceType<typeof Terminal>;
  stream: ssh2.ClientChannel | null = null;
  /** Everything the server sent after the screen closed (its goodbye), and the exit. */
  closed = false;
  private raw = '';

  private constructor(
    readonly name: string,
    cols: number,
    rows: number,
  ) {
    this.term = new Terminal({ cols, rows, allowProposedApi: true, scrollback: 0 });
    this.term.loadAddon(new Unicode11Addon());
    this.term.unicode.activeVersion = '11';
  }

  static connect(port: number, name: string, options: SeatOptions = {}): Promise<SshSeat> {
    const seat = new SshSeat(name, options.cols ?? 80, options.rows ?? 24);
    return new Promise((resolve, reject) => {
      seat.client.on('error', reject);
      // A server that turns the connection away closes it without an error.
      seat.client.on('close', () => reject(new Error('the server closed the connection')));
      seat.client.on('ready', () => {
        seat.client.shell({ term: 'xterm-256color', cols: options.cols ?? 80, rows: options.rows ?? 24 }, (error, stream) => {
          if (error) return reject(error);
          seat.stream = stream;
          stream.on('data', (d: Buffer) => {
            seat.raw += d.toString('utf8');
            seat.term.write(d);
          });
          stream.on('close', () => (seat.closed = true));
          resolve(seat);
        });
      });
      seat.client.connect({ host: '127.0.0.1', port, username: name, password: options.code ?? CODE, readyTimeout: 20_000 });
    });
  }

  /** The screen's text, rows joined by newlines. */
  text(): string {
    const b = this.term.buffer.active;
    const rows: string[] = [];
    for (let y = 0; y < this.term.rows; y++) rows.push(b.getLine(y)?.translateToString(true) ?? '');
    return rows.join('\n');
  }

  /** Everything received, as bytes: for what came after the screen was left. */
  received(): string {
    return this.raw;
  }

  async see(pattern: string | RegExp, ms = 10_000): Promise<void> {
    const test = typeof pattern === 'string' ? (t: string) => t.includes(pattern) : (t: string) => pattern.test(t);
    await until(() => test(this.text()), ms, `seat ${this.name} to show ${pattern}\n--- screen ---\n${this.text()}`);
  }

  press(keys: string): void {
    this.stream!.write(keys);
  }

  resize(cols: number, rows: number): void {
    this.term.resize(cols, rows);
    this.stream!.setWindow(rows, cols, 0, 0);
  }

  end(): void {
    this.client.end();
  }
}
