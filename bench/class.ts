// The live class under load, for `npm run bench`: N simulated students connect to a real
// `caviar class start` on loopback, half over SSH (ssh2's client) and half as browser seats (a
// WebSocket client speaking the student page's protocol, web-seat.ts), each pressing a choice
// key every 1 to 3 seconds on Caviar. Measured: keypress to screen (from the key sent to the
// first bytes of the redraw it causes: p50, p95, max; p95 for the browser seats alone), and the
// server's memory (peak resident) and CPU.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ssh2 from 'ssh2';
import WebSocket from 'ws';
import { ClassServer } from '../tests/class/live.ts';
import { type Figure } from './core.ts';

const CODE = 'bench-code';

interface Student {
  kind: 'ssh' | 'browser';
  press(key: string): void;
  end(): void;
  sentAt: number | null;
  latencies: number[];
}

/** The first bytes of the screen after a key press: one latency. */
function screenArrived(student: Student): void {
  if (student.sentAt !== null) {
    student.latencies.push(performance.now() - student.sentAt);
    student.sentAt = null;
  }
}

function connect(port: number, name: string): Promise<Student> {
  return new Promise((resolve, reject) => {
    const client = new ssh2.Client();
    client.on('error', reject);
    client.on('close', () => reject(new Error(`${name}: the server closed the connection`)));
    client.on('ready', () => {
      client.shell({ term: 'xterm-256color', cols: 100, rows: 30 }, (error, stream) => {
        if (error) return reject(error);
        const student: Student = { kind: 'ssh', press: (k) => stream.write(k), end: () => client.end(), sentAt: null, latencies: [] };
        stream.on('data', () => screenArrived(student));
        resolve(student);
      });
    });
    client.connect({ host: '127.0.0.1', port, username: name, password: CODE, readyTimeout: 60_000 });
  });
}

/** A browser seat as the student page makes it: the join message, then keys; the screen comes in binary frames. */
function connectBrowser(port: number, name: string): Promise<Student> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/seat`, { headers: { Origin: `http://127.0.0.1:${port}` } });
    const student: Student = {
      kind: 'browser',
      press: (k) => ws.send(JSON.stringify({ type: 'keys', data: k })),
      end: () => ws.close(),
      sentAt: null,
      latencies: [],
    };
    ws.on('error', reject);
    ws.on('open', () => ws.send(JSON.stringify({ type: 'join', name, code: CODE, cols: 100, rows: 30 })));
    ws.on('message', (data, binary) => {
      if (binary) return screenArrived(student);
      const m = JSON.parse((data as Buffer).toString('utf8')) as { type: string; reason?: string };
      if (m.type === 'joined') resolve(student);
      else reject(new Error(`${name}: ${m.reason ?? m.type}`));
    });
  });
}

function procStat(pid: number): { rssMb: number; cpuS: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return { rssMb: rss, cpuS: ticks / 100 };
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};

async function run(n: number, seconds: number): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caviar-bench-class-'));
  // Every simulated student comes from 127.0.0.1: lift the per-address limit for them.
  const server = await ClassServer.start(['--code', CODE, '--assign', 'balanced', '--per-address', String(n), '--web-port', '0'], dir, {
    CAVIAR_CACHE: path.join(dir, 'cache'),
  });
  const pid = server.child.pid!;
  try {
    const students: Student[] = [];
    // Every other student is a browser seat: half and half, taking their turns mixed.
    for (let i = 0; i < n; i++) {
      const name = `student-${i + 1}`;
      students.push(await (i % 2 ? connectBrowser(server.webPort, name) : connect(server.port, name)));
    }
    await new Promise((r) => setTimeout(r, 1500)); // first screens drawn
    const cpuStart = procStat(pid).cpuS;
    const started = performance.now();
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, procStat(pid).rssMb)), 500);
    const timers = students.map((s) => {
      const press = () => {
        // A student reads, then chooses: the keys 1-3 (an invalid one gets a hint, also a redraw).
        s.sentAt = performance.now();
        s.press(String(1 + Math.floor(Math.random() * 3)));
        timer = setTimeout(press, 1000 + Math.random() * 2000);
      };
      let timer = setTimeout(press, Math.random() * 2000);
      return () => clearTimeout(timer);
    });
    await new Promise((r) => setTimeout(r, seconds * 1000));
    for (const stop of timers) stop();
    clearInterval(sampler);
    const cpu = procStat(pid).cpuS - cpuStart;
    const wall = (performance.now() - started) / 1000;
    for (const s of students) s.end();
    const all = students.flatMap((s) => s.latencies);
    const browser = students.filter((s) => s.kind === 'browser').flatMap((s) => s.latencies);
    const p95 = quantile(all, 0.95);
    const browserP95 = quantile(browser, 0.95);
    const label = `${n} seats (${n - Math.floor(n / 2)} SSH, ${Math.floor(n / 2)} browser), ${all.length} key presses in ${Math.round(wall)} s`;
    return [
      { figure: `class: keypress to screen, p50 (${label})`, story: 'caviar.ink', value: quantile(all, 0.5), unit: 'ms', target: '-', ok: true },
      { figure: 'class: keypress to screen, p95', story: 'caviar.ink', value: p95, unit: 'ms', target: n >= 40 ? '≤ 100 ms' : '-', ok: n < 40 || p95 <= 100 },
      { figure: 'class: keypress to screen, p95, browser seats', story: 'caviar.ink', value: browserP95, unit: 'ms', target: n >= 40 ? '≤ 100 ms' : '-', ok: n < 40 || browserP95 <= 100 },
      { figure: 'class: keypress to screen, max', story: 'caviar.ink', value: Math.max(...all), unit: 'ms', target: '-', ok: true },
      { figure: 'class: server memory, peak resident', story: 'caviar.ink', value: peak, unit: 'MB', target: n >= 40 ? '≤ 1024 MB' : '-', ok: n < 40 || peak <= 1024 },
      { figure: 'class: server CPU (share of one core)', story: 'caviar.ink', value: (100 * cpu) / wall, unit: '%', target: '-', ok: true },
    ];
  } finally {
    await server.stop('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The class figures for N = 10, 20, 40 (CAVIAR_BENCH_CLASS_S seconds each, default 120;
 * CAVIAR_BENCH_CLASS_N="40" for other sizes).
 */
export async function benchClass(): Promise<Figure[]> {
  const seconds = Number(process.env.CAVIAR_BENCH_CLASS_S ?? 120);
  const sizes = (process.env.CAVIAR_BENCH_CLASS_N ?? '10,20,40').split(',').map(Number);
  const figures: Figure[] = [];
  for (const n of sizes) figures.push(...(await run(n, seconds)));
  return figures;
}
