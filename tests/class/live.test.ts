// The live classroom end to end: the real server, students over real SSH on loopback, a real
// SQLite file, the fixture story of three small roles with shared variables and a phase
// (tests/fixtures/class/table.ink).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ssh2 from 'ssh2';
import { afterEach, describe, expect, it } from 'vitest';
import { ClassDb } from '../../src/class/db.ts';
import { HOST_KEY_FILE } from '../../src/class/ssh-server.ts';
import { fixture, runCli } from '../helpers.ts';
import { ClassServer, CODE, SshSeat, until } from './live.ts';

const STORY = fixture('class', 'table.ink');
const servers: ClassServer[] = [];
const seats: SshSeat[] = [];

async function server(args: string[] = [], dir?: string): Promise<ClassServer> {
  const s = await ClassServer.start([STORY, '--code', CODE, ...args], dir);
  servers.push(s);
  return s;
}

async function seat(s: ClassServer, name: string, options = {}): Promise<SshSeat> {
  const st = await SshSeat.connect(s.port, name, options);
  seats.push(st);
  return st;
}

afterEach(async () => {
  for (const st of seats.splice(0)) st.end();
  for (const s of servers.splice(0)) await s.stop('SIGKILL');
});

describe('a live class over SSH', () => {
  it('seats three students at one table; a shared value one sets reaches the other two at their turn and in their transcripts', async () => {
    const s = await server();
    const host = await seat(s, 'Ada');
    const guest = await seat(s, 'Bob');
    const waiter = await seat(s, 'Cleo');
    for (const st of [host, guest, waiter]) await st.see('Who are you?');
    host.press('1');
    guest.press('2');
    waiter.press('3');
    await guest.see('No signal yet.');
    await waiter.see('The signal stands at 0.');
    host.press('1'); // raise the signal
    await s.line(/shared Ada \[table 1\]: signal = 1/);
    // The others are told at once, at their turn boundary (waiting at their choices) ...
    await guest.see('Ada (host): signal is now 1.');
    await waiter.see('Ada (host): signal is now 1.');
    // ... and their stories read it at their next step.
    guest.press('1');
    await guest.see("The host's signal is up.");
    waiter.press('1');
    await waiter.see('The signal stands at 1.');
    await s.stop('SIGTERM');

    const exported = fs.mkdtempSync(path.join(os.tmpdir(), 'caviar-export-'));
    await expect(runCli(['class', 'export', '--data', s.dir, '--out', exported])).resolves.toMatchObject({ code: 0 });
    const transcript = await runCli(['transcript', path.join(exported, 'Bob.json'), '--story', STORY]);
    expect(transcript.code).toBe(0);
    expect(transcript.stdout).toContain("The host's signal is up.");
    const db = ClassDb.existing(s.dir);
    expect(db.seats().map((r) => [r.name, r.role, r.table])).toEqual([
      ['Ada', 'host', 1],
      ['Bob', 'guest', 1],
      ['Cleo', 'waiter', 1],
    ]);
    db.close();
  });

  it('holds every seat at a phase and releases it, from another terminal', async () => {
    const s = await server(['--hold-at', 'round_one']);
    const host = await seat(s, 'Ada');
    await host.see('Who are you?');
    host.press('1');
    await host.see('Raise the signal');
    host.press('2'); // keep still: reaches the phase
    await s.line(/phase Ada \[table 1\]: round_one/);
    await host.see('The tea is poured.');
    host.press('1');
    await host.see('Waiting for your teacher');
    const released = s.cli(['release']);
    expect(released).toMatchObject({ code: 0, stdout: 'Released the hold.\n' });
    await host.see('Your teacher has released the class: go on.');
    host.press('1');
    await host.see('The host is done.');
    expect(s.cli(['hold', 'no_such_phase'])).toMatchObject({ code: 2, stderr: expect.stringContaining('the story has no phase "no_such_phase"') });
  });

  it('puts a student back at the same point on reconnecting, and closes the older connection', async () => {
    const s = await server();
    const first = await seat(s, 'Ada');
    await first.see('Who are you?');
    first.press('2');
    await first.see('No signal yet.');
    const again = await seat(s, 'ada');
    await again.see('No signal yet.');
    await until(() => first.closed, 10_000, 'the older connection to close');
    expect(first.received()).toContain('You joined this seat from another connection');
    const db = ClassDb.existing(s.dir);
    expect(db.seats()).toHaveLength(1);
    db.close();
  });

  it('loses nothing when the server is killed: restarted on the same data, students find their place, shared values and holds', async () => {
    const s = await server();
    const host = await seat(s, 'Ada');
    const guest = await seat(s, 'Bob');
    await host.see('Who are you?');
    await guest.see('Who are you?');
    host.press('1');
    guest.press('2');
    await guest.see('No signal yet.');
    host.press('1');
    await guest.see('signal is now 1.');
    expect(s.cli(['hold', 'round_one']).code).toBe(0);
    await s.stop('SIGKILL');

    const again = await server([], s.dir);
    const guest2 = await seat(again, 'Bob');
    await guest2.see('No signal yet.');
    await guest2.see(/Signal\s+1/); // the shared value, in the sidebar
    guest2.press('1');
    await guest2.see('Waiting for your teacher'); // still held at round_one
    expect(again.cli(['release']).code).toBe(0);
    guest2.press('1');
    await guest2.see("The host's signal is up.");
    const host2 = await seat(again, 'Ada');
    await host2.see('The tea is poured.');
  });

  it('ends the lesson from another terminal: the student is told, and the class report is in the data folder', async () => {
    const s = await server();
    const host = await seat(s, 'Ada');
    await host.see('Who are you?');
    host.press('1');
    await host.see('Raise the signal');
    expect(s.cli(['end'])).toMatchObject({ code: 0 });
    await until(() => host.received().includes('The lesson is over'), 10_000, 'the student to be told the lesson is over');
    const said = await s.line(/the class report is in /);
    const report = path.join(s.dir, 'class-report.html');
    expect(said).toContain('class-report.html');
    const html = fs.readFileSync(report, 'utf8');
    expect(html).toContain('Ada');
    // The same report as `caviar class-report --data DIR` writes, but for the time it was made.
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'caviar-report-')), 'r.html');
    expect((await runCli(['class-report', '--data', s.dir, '--out', out])).code).toBe(0);
    const untimed = (text: string) => text.replace(/<dt>Made<\/dt><dd>[^<]*<\/dd>/, '');
    expect(untimed(html)).toBe(untimed(fs.readFileSync(out, 'utf8')));
  }, 60_000);

  it('refuses a wrong code, and every request but a pty and a shell', async () => {
    const s = await server();
    await expect(SshSeat.connect(s.port, 'Eve', { code: 'wrong' })).rejects.toThrow(/authentication/i);
    await s.line(/login refused for "Eve" from 127\.0\.0\.1: wrong class code/);
    expect(s.out).not.toContain(CODE.repeat(2)); // the code is printed once, in the join instructions
    expect(s.out.split(CODE).length - 1).toBe(1);

    const client = new ssh2.Client();
    await new Promise<void>((resolve, reject) => {
      client.on('ready', resolve).on('error', reject);
      client.connect({ host: '127.0.0.1', port: s.port, username: 'Mallory', password: CODE });
    });
    const exec = await new Promise<Error | null>((resolve) => client.exec('cat /etc/passwd', (e) => resolve(e ?? null)));
    expect(exec).toBeInstanceOf(Error);
    const sftp = await new Promise<Error | null>((resolve) => client.sftp((e) => resolve(e ?? null)));
    expect(sftp).toBeInstanceOf(Error);
    const forward = await new Promise<Error | null>((resolve) => client.forwardOut('127.0.0.1', 0, '127.0.0.1', 22, (e) => resolve(e ?? null)));
    expect(forward).toBeInstanceOf(Error);
    const listen = await new Promise<Error | null>((resolve) => client.forwardIn('127.0.0.1', 0, (e) => resolve(e ?? null)));
    expect(listen).toBeInstanceOf(Error);
    client.end();
    const key = fs.statSync(path.join(s.dir, HOST_KEY_FILE));
    expect(key.mode & 0o777).toBe(0o600);
  });

  it('limits the connections from one address, and lets one in again when another leaves', async () => {
    const s = await server(['--per-address', '2']);
    const a = await seat(s, 'Ana');
    await seat(s, 'Ben');
    await a.see('Who are you?');
    await expect(SshSeat.connect(s.port, 'Cy')).rejects.toThrow();
    await s.line(/refused a connection from 127\.0\.0\.1: 2 already open from there/);
    a.end();
    await s.line(/leave Ana/);
    const c = await seat(s, 'Cy');
    await c.see('Who are you?');
  });

  it('saves and closes an idle seat, which the student finds as it was on connecting again', async () => {
    const s = await server(['--idle-minutes', '0.05']); // three seconds
    const dee = await seat(s, 'Dee');
    await dee.see('Who are you?');
    dee.press('2'); // the guest
    await dee.see('No signal yet.');
    await dee.see('You were away for a while, so your seat was saved and closed');
    await s.line(/leave Dee/);
    const back = await seat(s, 'Dee');
    await back.see('No signal yet.');
  });

  it('refuses a class start whose idle time is not a number of minutes', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caviar-class-'));
    const run = await runCli(['class', 'start', STORY, '--data', dir, '--headless', '--idle-minutes', 'soon']);
    expect(run).toMatchObject({ code: 2, stderr: 'caviar: --idle-minutes takes a number of minutes above 0, up to 1440, not "soon"\n' });
  });

  it('takes hostile names as plain text: control characters go, the length is capped, markup stays text', async () => {
    const s = await server();
    const names = ['<b>Bob</b>', 'Зоя', "O'Brien", `Evil\x1b]0;pwned\x07Name`, 'x'.repeat(90)];
    for (const name of names) {
      const st = await seat(s, name);
      await st.see('Who are you?');
    }
    const status = s.cli(['status', '--json']);
    const shown = (JSON.parse(status.stdout) as { seats: Array<{ name: string }> }).seats.map((x) => x.name);
    expect(shown).toEqual(['<b>Bob</b>', 'Зоя', "O'Brien", 'Evil ]0;pwned Name', `${'x'.repeat(39)}…`]);
    const text = s.cli(['status']).stdout;
    expect(text).not.toMatch(/\x1b|\x07/);
  });
});
