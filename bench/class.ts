// The live class under load, for `npm run bench`: N simulated students connect to a real
// `caviar class start` over SSH on loopback (ssh2's client), each pressing a choice key every
// 1 to 3 seconds on Caviar. Measured: keypress to screen (from the key sent to the first bytes
// of the redraw it causes: p50, p95, max), and the server's memory (peak resident) and CPU.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ssh2 from 'ssh2';
import { ClassServer } from '../tests/class/live.ts';
import { type Figure } from './core.ts';

const CODE = 'bench-code';

interface Student {
  client: ssh2.Client;
  stream: ssh2.ClientChannel;
  sentAt: number | null;
  latencies: number[];
}

function connect(port: number, name: string): Promise<Student> {
  return new Promise((resolve, reject) => {
    const client = new ssh2.Client();
    client.on('error', reject);
    client.on('close', () => reject(new Error(`${name}: the server closed the connection`)));
    client.on('ready', () => {
      client.shell({ term: 'xterm-256color', cols: 100, rows: 30 }, (error, stream) => {
        if (error) return reject(error);
        const student: Student = { client, stream, sentAt: null, latencies: [] };
        stream.on('data', () => {
          if (student.sentAt !== null) {
            student.latencies.push(performance.now() - student.sentAt);
            student.sentAt = null;
          }
        });
        resolve(student);
      });
    });
    client.connect({ host: '127.0.0.1', port, username: name, password: CODE, readyTimeout: 60_000 });
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
  const server = await ClassServer.start(['--code', CODE, '--assign', 'balanced', '--per-address', String(n)], dir, { CAVIAR_CACHE: path.join(dir, 'cache') });
  const pid = server.child.pid!;
  try {
    const students: Student[] = [];
    for (let i = 0; i < n; i++) students.push(await connect(server.port, `student-${i + 1}`));
    await new Promise((r) => setTimeout(r, 1500)); // first screens drawn
    const cpuStart = procStat(pid).cpuS;
    const started = performance.now();
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, procStat(pid).rssMb)), 500);
    const timers = students.map((s) => {
      const press = () => {
        // A student reads, then chooses: the keys 1-3 (an invalid one gets a hint, also a redraw).
        s.sentAt = performance.now();
        s.stream.write(String(1 + Math.floor(Math.random() * 3)));
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
    for (const s of students) s.client.end();
    const all = students.flatMap((s) => s.latencies);
    const p95 = quantile(all, 0.95);
    const label = `${n} SSH seats, ${all.length} key presses in ${Math.round(wall)} s`;
    return [
      { figure: `class: keypress to screen, p50 (${label})`, story: 'caviar.ink', value: quantile(all, 0.5), unit: 'ms', target: '-', ok: true },
      { figure: 'class: keypress to screen, p95', story: 'caviar.ink', value: p95, unit: 'ms', target: n >= 40 ? '≤ 100 ms' : '-', ok: n < 40 || p95 <= 100 },
      { figure: 'class: keypress to screen, max', story: 'caviar.ink', value: Math.max(...all), unit: 'ms', target: '-', ok: true },
      { figure: 'class: server memory, peak resident', story: 'caviar.ink', value: peak, unit: 'MB', target: n >= 40 ? '≤ 1024 MB' : '-', ok: n < 40 || peak <= 1024 },
      { figure: 'class: server CPU (share of one core)', story: 'caviar.ink', value: (100 * cpu) / wall, unit: '%', target: '-', ok: true },
    ];
  } finally {
    await server.stop('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The class figures for N = 10, 20, 40 (CAVIAR_BENCH_CLASS_S seconds each, default 120). */
export async function benchClass(): Promise<Figure[]> {
  const seconds = Number(process.env.CAVIAR_BENCH_CLASS_S ?? 120);
  const figures: Figure[] = [];
  for (const n of [10, 20, 40]) figures.push(...(await run(n, seconds)));
  return figures;
}
