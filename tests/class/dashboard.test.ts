// The teacher's dashboard and a student on the real OpenSSH client, each in a real terminal
// (tmux): the way a teacher and a class actually meet the live classroom.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers.ts';
import { expectRestored, terminalTests, TmuxApp } from '../tui/tmux.ts';
import { CODE } from './live.ts';

const STORY = fixture('class', 'table.ink');
const apps = terminalTests();

beforeAll(() => {
  // A test of the real client that silently passes without one proves nothing.
  if (spawnSync('ssh', ['-V']).status !== 0) throw new Error('the OpenSSH client (ssh) is needed: apt-get install openssh-client');
});

function dashboard(dir: string): TmuxApp {
  const app = new TmuxApp(['class', 'start', STORY, '--data', dir, '--host', '127.0.0.1', '--ssh-port', '0', '--code', CODE], { cols: 110, rows: 30 });
  apps.push(app);
  return app;
}

/** The port students are told, once the dashboard (not only the join text before it) is up. */
async function portOf(teacher: TmuxApp): Promise<number> {
  const screen = await teacher.waitFor((s) => s.includes('┌─ Seats') && /ssh -p \d+/.test(s));
  return Number(/ssh -p (\d+)/.exec(screen)![1]);
}

/** A student's terminal running OpenSSH's `ssh` into the class, the code typed at its prompt. */
async function student(port: number, name: string): Promise<TmuxApp> {
  const app = new TmuxApp('interactive-shell', { cols: 90, rows: 26 });
  apps.push(app);
  const options = ['-F', '/dev/null', '-o', 'StrictHostKeyChecking=no', '-o', 'UserKnownHostsFile=/dev/null', '-o', 'PubkeyAuthentication=no'];
  app.type(`ssh -p ${port} ${options.join(' ')} ${name}@127.0.0.1`);
  app.keys('Enter');
  await app.waitFor('password:');
  app.type(CODE);
  app.keys('Enter');
  return app;
}

describe("the teacher's dashboard, with a student on OpenSSH", () => {
  it('shows the seat, holds and releases a phase, sends a message, and stops with every seat saved', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caviar-dash-'));
    const teacher = dashboard(dir);
    const port = await portOf(teacher);
    expect(teacher.modes().alternate).toBe(true);

    const ada = await student(port, 'Ada');
    await ada.waitFor('Who are you?');
    await teacher.waitFor(/● Ada\s+-\s+-/);
    await teacher.waitFor('join Ada: new seat');

    teacher.keys('h');
    await teacher.waitFor('Hold at phase (round_one):');
    teacher.type('round_one');
    teacher.keys('Enter');
    await teacher.waitFor('held at round_one');

    ada.keys('1'); // the host
    await ada.waitFor('Raise the signal');
    ada.keys('1');
    await ada.waitFor('Waiting for your teacher');
    await teacher.waitFor(/● Ada\s+host\s+1\s+round_one/);

    teacher.keys('r');
    await teacher.waitFor('Released the hold.');
    await ada.waitFor('Choose green tea');

    teacher.keys('m');
    teacher.type('Five minutes <b>left</b>');
    teacher.keys('Enter');
    await ada.waitFor('Your teacher: Five minutes <b>left</b>');

    teacher.keys('?');
    await teacher.waitFor("The teacher's dashboard");
    teacher.keys('Escape');
    await teacher.waitFor((s) => !s.includes("The teacher's dashboard"));

    teacher.keys('q');
    await teacher.waitFor('Press q again to stop the server');
    teacher.keys('q');
    expect(await teacher.exitCode()).toBe(0);
    expectRestored(teacher, teacher.screen());
    await ada.waitFor('Your place is saved');

    // Started again on the same data, the seat is where it was.
    const again = dashboard(dir);
    await again.waitFor(/Ada\s+host\s+1\s+round_one/);
  });

  it('ends the lesson only when the teacher confirms', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caviar-dash-'));
    const teacher = dashboard(dir);
    const port = await portOf(teacher);
    const bo = await student(port, 'Bo');
    await bo.waitFor('Who are you?');
    teacher.keys('E');
    await teacher.waitFor('Type end and Enter');
    teacher.type('no');
    teacher.keys('Enter');
    await teacher.waitFor('The lesson goes on.');
    teacher.keys('E');
    teacher.type('end');
    teacher.keys('Enter');
    await teacher.waitFor('Ended the lesson.');
    await teacher.waitFor(/ended, 1 seat/);
    await bo.waitFor('The lesson is over');
  });
});
