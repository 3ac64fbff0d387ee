// One table of Caviar over the live classroom's SSH seats (issue 16, item 4): the real
// `caviar class start` on Caviar, three students over real SSH on loopback (ssh2's client, the
// screens drawn in a headless xterm), the teacher holding at each phase from another terminal
// (`caviar class hold`). The table plays a path first found through the same Room in process,
// one where the British aide becomes the reporter's source; over SSH every key press must give
// the same move; the crossings travel between the seats (the server's log) and show in the
// reporter's transcript, her debrief and the class report read from the class database.
import { afterAll, expect, it } from 'vitest';
import { ClassDb } from '../../src/class/db.ts';
import { Room, type Seat } from '../../src/class/room.ts';
import { runCli, tempDir } from '../helpers.ts';
import { ClassServer, CODE, SshSeat, until } from './live.ts';
import { CAVIAR, caviar, caviarCache, noneExplored, playTable, type TableStep } from './table-play.ts';

const env = { CAVIAR_CONFIG: tempDir(), TZ: 'UTC' };
const names = ['Ada', 'Ben', 'Cy'];
let server: ClassServer | null = null;
const seats: SshSeat[] = [];

afterAll(async () => {
  for (const s of seats) s.end();
  await server?.stop('SIGKILL');
});

/** A held table, played in process, on which the reporter hears from the British aide; its steps. */
function plan(): { steps: TableStep[]; roles: Map<string, string> } {
  const story = caviar();
  for (let n = 1; n < 300; n += 5) {
    const db = ClassDb.open(tempDir('caviar-plan-'));
    try {
      db.createClass(story.file, story.hash, 'Caviar', CODE);
      const room = new Room({ story, db, assign: 'balanced' });
      const at: Seat[] = names.map((name) => room.join(name, { push: () => {}, close: () => {} }));
      const steps: TableStep[] = [];
      playTable(story, room, at, n, noneExplored(), (step) => steps.push(step));
      const reporter = at.find((s) => s.row.role === 'reporter')!;
      // Nine options at most per menu: a student presses one digit.
      if (reporter.session.variable('table_got_uk_tip') === 1 && steps.every((s) => !('pick' in s) || s.pick <= 9)) {
        return { steps, roles: new Map(at.map((s) => [s.name, s.row.role!])) };
      }
    } finally {
      db.close();
    }
  }
  throw new Error('no planned table had the British aide tell the reporter');
}

it('plays one table over SSH seats, held at each phase: the crossings travel between the seats and reach the reporter\'s transcript and the class report', async () => {
  const { steps, roles } = plan();
  // The story compiled once, by the plan: the server and the documents read it from the same cache.
  Object.assign(env, { CAVIAR_CACHE: caviarCache() });
  server = await ClassServer.start([CAVIAR, '--code', CODE, '--assign', 'balanced', '--hold-at', (steps[0] as { hold: string }).hold], undefined, env);
  for (const name of names) {
    const seat = await SshSeat.connect(server.port, name, { cols: 100, rows: 30 });
    seats.push(seat);
    await seat.see('Your private objective', 30_000);
  }
  const seatOf = (name: string) => seats.find((s) => s.name === name)!;
  const reporter = [...roles].find(([, role]) => role === 'reporter')![0];
  for (const step of steps.slice(1)) {
    if ('hold' in step) {
      const done = server.cli(step.hold ? ['hold', step.hold] : ['release']);
      expect(done.code, done.stderr).toBe(0);
      continue;
    }
    const seat = seatOf(step.seat);
    // The choices are on screen and the screen has settled: the typewriter takes the first key
    // for itself ("any key completes the typewriter, and does nothing else").
    let last = '';
    await until(
      () => {
        const now = seat.text();
        const settled = now === last && /─ Choices /.test(now) && !now.includes('Waiting for your teacher');
        last = now;
        return settled;
      },
      60_000,
      `${step.seat}'s choices at turn ${step.turn}`,
    );
    const moved = new RegExp(`choice ${step.seat} \\[table 1\\]: turn ${step.turn}:`);
    // A key the typewriter took moved nothing: the student presses again, as a student would.
    for (let tries = 0; ; tries++) {
      seat.press(String(step.pick));
      const ok = await server.line(moved, 15_000).then(
        () => true,
        () => false,
      );
      if (ok) break;
      if (tries === 2) throw new Error(`${step.seat}'s choice at turn ${step.turn} never reached the server\n--- screen ---\n${seat.text()}`);
    }
  }
  const events = server.out;
  for (const name of names) expect(events).toMatch(new RegExp(`ending ${name} \\[table 1\\]`));
  // The tablemates' acts went to the table as shared values, and the holds were the teacher's.
  expect(events).toMatch(/shared Ada \[table 1\]: table_uk_tip = 1/);
  expect(events).toMatch(/hold: sep30\n[\s\S]*hold: oct01\n[\s\S]*hold: oct02\n[\s\S]*hold: inquiry\n[\s\S]*release: inquiry\n/);

  const transcript = await runCli(['transcript', '--data', server.dir, '--student', reporter], '', env);
  expect(transcript.code).toBe(0);
  expect(transcript.stdout).toContain('Thomas Arden');
  expect(transcript.stdout).toContain('From your table');
  expect(transcript.stdout).toContain('Your source was the British aide at your table');
  const report = await runCli(['class-report', '--data', server.dir, '--out', `${tempDir()}/r.html`], '', env);
  expect(report.stdout).toMatch(/Table 1 \(.*\): .*British aide to Reporter: table_uk_tip/);
}, 1_200_000);
