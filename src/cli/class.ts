// caviar class start [STORY] --data DIR [--host ADDR] [--ssh-port N] [--web-port N] [--code CODE] [--headless]
//                    [--assign pick|balanced] [--hold-at PHASE]
// caviar class status --data DIR [--json]
// caviar class export --data DIR --out DIR
// The live classroom (docs/teacher-guide.md, "A live lesson"): one server for one class.

import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ClassDb, type EventRow, type SeatRow } from '../class/db.ts';
import { Room, TEACHER_ACTIONS, type TeacherAction } from '../class/room.ts';
import { openSshDoor, type SshDoor } from '../class/ssh-server.ts';
import { classState, idleMinutes, SEAT_COLUMNS, seatCells } from '../class/seat-table.ts';
import { openWebDoor, teacherToken, type WebDoor } from '../class/web-server.ts';
import { messageOf, UsageError } from '../errors.ts';
import { outputFolder } from '../file-write.ts';
import { localTime } from '../local-time.ts';
import { loadSettings, parseTheme } from '../settings.ts';
import { sanitizeLine } from '../terminal-text.ts';
import type { DashboardSource } from '../ui/tui/dashboard.ts';
import { displayPath } from '../story/compile.ts';
import { loadStory } from '../story/load.ts';
import { metadataOf } from '../story/metadata.ts';
import { parseCommand } from './args.ts';
import { writeLessonReport } from './class-report.ts';
import { type CliIO, stepLimitOf } from './io.ts';
import { DEFAULT_STORY } from './paths.ts';
import { CLASS_USAGE } from './usage.ts';

export async function classCommand(args: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'start') return start(rest, io);
  if (sub === 'status') return status(rest, io);
  if (sub === 'export') return exportSeats(rest, io);
  if ((TEACHER_ACTIONS as readonly string[]).includes(sub ?? '')) return request(sub as TeacherAction, rest, io);
  if (sub === '--help' || sub === '-h' || sub === undefined) {
    io.stdout.write(`usage: ${CLASS_USAGE}\n`);
    return sub === undefined ? 2 : 0;
  }
  throw new UsageError(`unknown class command "${sanitizeLine(sub)}" (see caviar class --help)`);
}

function dataDir(value: string | undefined): string {
  if (!value?.trim()) throw new UsageError('--data DIR is needed: the folder that keeps the class (made if need be)');
  return path.resolve(value);
}

function port(flag: string | undefined, name: string, fallback: number): number {
  if (flag === undefined) return fallback;
  const n = Number(flag);
  if (!/^\d+$/.test(flag) || n > 65535) throw new UsageError(`--${name} takes a port number from 0 to 65535 (0: any free port), not "${flag}"`);
  return n;
}

function count(flag: string | undefined, name: string, fallback: number): number {
  if (flag === undefined) return fallback;
  const n = Number(flag);
  if (!/^\d+$/.test(flag) || n < 1 || n > 10_000) throw new UsageError(`--${name} takes a whole number from 1 to 10000, not "${flag}"`);
  return n;
}

/** A number of minutes, fractions allowed (0.5: thirty seconds). */
function minutes(flag: string | undefined, name: string, fallback: number): number {
  if (flag === undefined) return fallback;
  const n = Number(flag);
  if (!/^\d+(\.\d+)?$/.test(flag) || n <= 0 || n > 24 * 60) throw new UsageError(`--${name} takes a number of minutes above 0, up to 1440, not "${flag}"`);
  return n;
}

// Easy to read aloud and to type: no 0/O, 1/l/I.
const CODE_LETTERS = 'abcdefghjkmnpqrstuvwxyz23456789';

function newCode(): string {
  return Array.from(crypto.randomBytes(6), (b) => CODE_LETTERS[b % CODE_LETTERS.length]).join('');
}

function checkCode(code: string): string {
  if (!/^[\x21-\x7e]{4,64}$/.test(code)) throw new UsageError('--code takes 4 to 64 printable characters, no spaces');
  return code;
}

/** The addresses students on the network can use: every non-internal IPv4 address, else loopback. */
function lanAddresses(host: string): string[] {
  if (host !== '0.0.0.0' && host !== '::') return [host];
  const found = Object.values(os.networkInterfaces())
    .flat()
    .filter((a): a is os.NetworkInterfaceInfo => !!a && a.family === 'IPv4' && !a.internal)
    .map((a) => a.address);
  return found.length ? found : ['127.0.0.1'];
}

async function start(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand('caviar class start', {
    args,
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      host: { type: 'string' },
      'ssh-port': { type: 'string' },
      'web-port': { type: 'string' },
      code: { type: 'string' },
      headless: { type: 'boolean' },
      assign: { type: 'string' },
      'hold-at': { type: 'string' },
      'per-address': { type: 'string' },
      'max-seats': { type: 'string' },
      theme: { type: 'string' },
      'idle-minutes': { type: 'string' },
    },
  });
  if (positionals.length > 1) throw new UsageError(`one story at a time\nusage: ${CLASS_USAGE}`);
  const dir = dataDir(values.data);
  const host = values.host ?? '0.0.0.0';
  const sshPort = port(values['ssh-port'], 'ssh-port', 2222);
  const webPort = values['web-port'] === undefined ? null : port(values['web-port'], 'web-port', 0);
  if (values.assign !== undefined && values.assign !== 'pick' && values.assign !== 'balanced') {
    throw new UsageError(`--assign takes pick (students choose in the story) or balanced (the server fills roles evenly), not "${values.assign}"`);
  }
  const story = loadStory(positionals[0] ?? DEFAULT_STORY);
  const db = ClassDb.open(dir);
  const klass = db.classRow();
  if (klass && path.resolve(klass.story) !== story.file) {
    db.close();
    throw new UsageError(`${displayPath(dir)} holds a class of ${displayPath(klass.story)}; start this story with another --data folder`);
  }
  const code = values.code !== undefined ? checkCode(values.code) : (klass?.code ?? newCode());
  if (!klass) db.createClass(story.file, story.hash, metadataOf(story).title, code);
  else db.updateClass({ code, storyHash: story.hash, endedAt: null });

  const assign = values.assign === 'balanced' ? 'balanced' : 'pick';
  const perAddress = count(values['per-address'], 'per-address', 8);
  const maxSeats = count(values['max-seats'], 'max-seats', 60);
  const idleMs = minutes(values['idle-minutes'], 'idle-minutes', 30) * 60_000;
  const room = new Room({ story, db, assign, stepLimitMs: stepLimitOf(io.env), env: io.env, maxSeats });
  if (values['hold-at'] !== undefined) room.holdAt(values['hold-at']);
  const log = (line: string) => io.stdout.write(`${sanitizeLine(line)}\n`);
  const timed = (line: string) => log(`${clockTime()} ${line}`);
  const listening = (which: string, n: number, error: unknown) => {
    const e = error as NodeJS.ErrnoException;
    return new UsageError(`cannot listen on ${host} port ${n} (${e.code ?? e.message})${e.code === 'EADDRINUSE' ? `: another program uses it; try --${which}` : ''}`);
  };
  let door: SshDoor;
  try {
    door = await openSshDoor({ room, dataDir: dir, host, port: sshPort, code: () => code, perAddress, idleMs, log: timed });
  } catch (error) {
    db.close();
    throw listening('ssh-port', sshPort, error);
  }
  let web: WebDoor | null = null;
  // The teacher's page opens with its own token, never with the class code.
  const token = webPort === null ? '' : teacherToken(dir);
  if (webPort !== null) {
    try {
      web = await openWebDoor({ room, host, port: webPort, code: () => code, teacherToken: token, perAddress, log: timed });
    } catch (error) {
      await door.close();
      db.close();
      throw listening('web-port', webPort, error);
    }
  }
  const title = metadataOf(story).title;
  const addresses = lanAddresses(host);
  const urlHost = (a: string) => (a.includes(':') ? `[${a}]` : a);
  const join = [
    'Students join from a terminal with:',
    ...addresses.map((a) => `    ssh -p ${door.port} YOUR-NAME@${a}`),
    ...(web ? ['or from a web browser at:', ...addresses.map((a) => `    http://${urlHost(a)}:${web.port}/`)] : []),
    `and type the class code${web ? ' (the SSH password, or on the page)' : ' as the password'}: ${code}`,
  ];
  const teacherView = web
    ? ['Your live view, for the projector (keep this link to yourself; it is not the class code):', `    http://${urlHost(addresses[0]!)}:${web.port}/teacher#${token}`]
    : [];
  const dashboard = !values.headless && io.stdin.isTTY === true && io.stdout.isTTY === true;
  io.stdout.write(
    [
      `Class of "${title}" is open (${room.seatRows().length} seats so far; data in ${displayPath(dir)}).`,
      ...join,
      `SSH port: ${door.port}`,
      ...(web ? [`Web port: ${web.port}`, ...teacherView] : []),
      '',
    ].join('\n'),
  );
  if (!values.headless && !dashboard) io.stdout.write('(Not a terminal, so no dashboard: one line per event, as with --headless.)\n');
  const events: string[] = [];
  const note = (line: string) => {
    if (!dashboard) return log(line);
    events.push(sanitizeLine(line));
    if (events.length > EVENTS_KEPT) events.splice(0, events.length - EVENTS_KEPT);
  };
  room.onEvent((e) => {
    note(eventLine(e));
    // The lesson's report is there when it ends, without an export step (every seat is saved already).
    if (e.kind === 'end') {
      try {
        note(`${clockTime()} the class report is in ${displayPath(writeLessonReport(db, story, dir, io.env, new Date()))}`);
      } catch (error) {
        note(`${clockTime()} the class report could not be written (${messageOf(error)}); caviar class-report --data ${displayPath(dir)} writes it`);
      }
    }
  });

  // Requests from another terminal (`caviar class hold ...`) arrive through the database.
  const poll = setInterval(() => {
    for (const r of db.pendingRequests()) {
      let result: string;
      try {
        result = room.act(r.action as TeacherAction, r.args);
      } catch (error) {
        result = `refused: ${(error as Error).message}`;
      }
      db.finishRequest(r.id, result);
    }
  }, REQUEST_POLL_MS);
  if (dashboard) {
    const { runDashboard } = await import('../ui/tui/dashboard.ts');
    await runDashboard(dashboardSource(room, [...join, ...teacherView], events), { input: io.stdin, output: io.stdout, env: io.env, theme: parseTheme(values.theme) ?? loadSettings(io.env).theme, guardProcess: true });
  } else {
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      process.once('SIGHUP', stop);
    });
  }
  clearInterval(poll);
  await web?.close();
  await door.close();
  db.close();
  return 0;
}

const REQUEST_POLL_MS = 200;
const EVENTS_KEPT = 200;

/** The dashboard's view of the room: seats as the status table has them, the latest events. */
function dashboardSource(room: Room, join: string[], events: string[]): DashboardSource {
  return {
    title: room.info.title,
    join: join.map(sanitizeLine),
    phases: metadataOf(room.story).phases.map((p) => p.id),
    snapshot: () => {
      const now = new Date();
      const connected = room.connected();
      return {
        state: classState(room.info),
        columns: SEAT_COLUMNS,
        seats: room.seatRows().map((s) => ({ name: s.name, table: s.table, connected: connected.has(s.name.toLowerCase()), cells: seatCells(s, now).map(sanitizeLine) })),
      };
    },
    events: () => events,
    onChange: (listener) => room.onEvent(listener),
    act: (action, args) => room.act(action, args),
  };
}

/** A teacher's action for the running server, from another terminal; waits for its answer. */
async function request(action: TeacherAction, args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(`caviar class ${action}`, { args, allowPositionals: true, options: { data: { type: 'string' }, table: { type: 'string' } } });
  const rest = values.table === undefined ? positionals : ['--table', values.table, ...positionals];
  const db = ClassDb.existing(dataDir(values.data));
  try {
    const id = db.addRequest(action, rest);
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline) {
      const r = db.request(id);
      if (r?.doneAt) {
        const refused = r.result?.startsWith('refused: ');
        (refused ? io.stderr : io.stdout).write(`${refused ? 'caviar: ' : ''}${sanitizeLine(r.result ?? '')}\n`);
        return refused ? 2 : 0;
      }
      await new Promise((resolve) => setTimeout(resolve, REQUEST_POLL_MS / 2));
    }
    io.stderr.write('caviar: no class server answered within 5 s; it will act on the request when it starts.\n');
    return 1;
  } finally {
    db.close();
  }
}

function clockTime(at = new Date()): string {
  return at.toTimeString().slice(0, 8);
}

function eventLine(e: EventRow): string {
  const who = e.seat ? ` ${e.seat}` : '';
  const table = e.table !== null ? ` [table ${e.table}]` : '';
  return `${clockTime(new Date(e.at))} ${e.kind}${who}${table}${e.detail ? `: ${e.detail}` : ''}`;
}

async function status(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCommand('caviar class status', { args, options: { data: { type: 'string' }, json: { type: 'boolean' } } });
  const db = ClassDb.existing(dataDir(values.data));
  try {
    const klass = db.classRow()!;
    const now = new Date();
    const seats = db.seats();
    if (values.json) {
      const view = seats.map((s) => ({ ...seatView(s), idleMinutes: idleMinutes(s, now) }));
      io.stdout.write(`${JSON.stringify({ title: klass.title, story: klass.story, paused: klass.paused, holdAt: klass.holdAt, ended: klass.endedAt, seats: view }, null, 2)}\n`);
      return 0;
    }
    const lines = [`${klass.title}: ${seats.length} seat${seats.length === 1 ? '' : 's'}, ${classState(klass)}.`];
    const rows = seats.map((s) => seatCells(s, now));
    const widths = SEAT_COLUMNS.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    for (const r of [[...SEAT_COLUMNS], ...rows]) lines.push(r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd());
    io.stdout.write(`${lines.map(sanitizeLine).join('\n')}\n`);
    return 0;
  } finally {
    db.close();
  }
}

function seatView(s: SeatRow) {
  return {
    name: s.name,
    role: s.role,
    table: s.table,
    phase: s.phase,
    date: s.date,
    turn: s.turn,
    lastMove: s.lastMoveAt ? localTime(s.lastMoveAt) : null,
    finished: s.finished,
    ending: s.ending,
    objectiveMet: s.objectiveMet,
  };
}

/** A seat's name as a file name: letters, digits, dashes; unique within the folder. */
export function seatFileNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base = name.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'seat';
    let file = `${base}.json`;
    for (let n = 2; used.has(file.toLowerCase()); n++) file = `${base}-${n}.json`;
    used.add(file.toLowerCase());
    return file;
  });
}

async function exportSeats(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCommand('caviar class export', { args, options: { data: { type: 'string' }, out: { type: 'string' } } });
  if (!values.out?.trim()) throw new UsageError('--out DIR is needed: the folder to write one save file per student into');
  const db = ClassDb.existing(dataDir(values.data));
  try {
    const seats = db.seats().filter((s) => s.save);
    const out = outputFolder(values.out);
    const files = seatFileNames(seats.map((s) => s.name));
    seats.forEach((s, i) => {
      const file = path.join(out, files[i]!);
      // 'wx': never over a file already there, nor through a link (even one to nowhere).
      try {
        fs.writeFileSync(file, `${s.save}\n`, { flag: 'wx' });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new UsageError(code === 'EEXIST' ? `${displayPath(file)} already exists: export into an empty folder` : `cannot write ${displayPath(file)} (${code})`);
      }
    });
    io.stdout.write(`Wrote ${seats.length} save file${seats.length === 1 ? '' : 's'} to ${displayPath(out)}.\n`);
    return 0;
  } finally {
    db.close();
  }
}
