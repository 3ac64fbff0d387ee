// The documents of a live lesson straight from its database: `caviar class-report --data DIR`
// and `caviar transcript --data DIR --student NAME`, while the class is still running (the
// server holds the SQLite file open, in write-ahead mode) and after it stopped. A real class
// database made by the class code (ClassDb, Room, a Controller per seat); the same output as
// from the save files `caviar class export` writes.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClassDb } from '../../src/class/db.ts';
import { Room, type SeatConnection } from '../../src/class/room.ts';
import { fixture, loadFixture, runCli, tempDir } from '../helpers.ts';

const STORY = fixture('classroom', 'conference.ink');
const env = { CAVIAR_CACHE: tempDir(), CAVIAR_CONFIG: tempDir(), TZ: 'UTC' };
const quiet: SeatConnection = { push: () => {}, close: () => {} };

let dir: string;
let db: ClassDb;
const names = ['Ada', "D'Arcy", 'Анна', '<b>Bob</b>', 'Eve', 'Fay'];

beforeAll(() => {
  dir = tempDir('caviar-live-');
  const story = loadFixture('classroom/conference.ink');
  db = ClassDb.open(dir, () => new Date('2026-10-02T09:00:00Z'));
  db.createClass(story.file, story.hash, 'The Conference Table', 'tea-party');
  const room = new Room({ story, db, assign: 'balanced' });
  names.forEach((name, i) => {
    const seat = room.join(name, quiet);
    // Five play to an ending (always the first option, or the last for odd seats); Fay has joined and not chosen yet.
    for (let turn = 0; turn < (name === 'Fay' ? 0 : 50) && !seat.session.state.ended; turn++) {
      seat.controller.pick(i % 2 ? seat.session.state.choices.length : 1);
    }
  });
});

// Closing twice is harmless (better-sqlite3), and the last test closes it as a stopped server does.
afterAll(() => db.close());

const run = (args: string[]) => runCli(args, '', env);

describe('documents from a live class database', () => {
  it('class-report --data reads the seats while the server holds the database, changing nothing', async () => {
    const before = fs.readdirSync(dir).sort();
    const stat = fs.statSync(path.join(dir, 'class.db'));
    const out = path.join(tempDir(), 'live.csv');
    const r = await run(['class-report', '--data', dir, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('6 students counted.');
    expect(r.stdout).toMatch(/Envoy: 2 students, 2 finished/);
    expect(r.stdout).toMatch(/Reporter: 2 students, 1 finished/);
    expect(fs.readdirSync(dir).sort()).toEqual(before);
    expect(fs.statSync(path.join(dir, 'class.db')).mtimeMs).toBe(stat.mtimeMs);
    const csv = fs.readFileSync(out, 'utf8');
    for (const name of names) expect(csv).toContain(`"${name.replace(/"/g, '""')}"`);
  });

  it('gives the same report and transcripts as the save files class export writes', async () => {
    const exported = path.join(tempDir(), 'saves');
    const ex = await run(['class', 'export', '--data', dir, '--out', exported]);
    expect(ex.code).toBe(0);
    const [live, files] = [path.join(tempDir(), 'a.csv'), path.join(tempDir(), 'b.csv')];
    await run(['class-report', '--data', dir, '--out', live]);
    await run(['class-report', exported, '--story', STORY, '--out', files]);
    expect(fs.readFileSync(live, 'utf8')).toBe(fs.readFileSync(files, 'utf8'));
    expect(fs.readFileSync(live.replace('.csv', '-decisions.csv'), 'utf8')).toBe(fs.readFileSync(files.replace('.csv', '-decisions.csv'), 'utf8'));
    expect(fs.readFileSync(live.replace('.csv', '-decisions.csv'), 'utf8').split('\r\n').length).toBeGreaterThan(3);

    const fromSeat = await run(['transcript', '--data', dir, '--student', "D'Arcy"]);
    const file = fs.readdirSync(exported).find((f) => f.startsWith('D'))!;
    const fromFile = await run(['transcript', path.join(exported, file), '--story', STORY]);
    expect(fromSeat.code).toBe(0);
    expect(fromSeat.stdout).toContain("D'Arcy");
    expect(fromSeat.stdout).toBe(fromFile.stdout);
  }, 120_000);

  it('class export --out into a missing folder refuses with exit 2, making nothing (it made every missing parent)', async () => {
    const parent = tempDir();
    const deep = path.join(parent, 'no-such', 'saves');
    const r = await run(['class', 'export', '--data', dir, '--out', deep]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`caviar: cannot write into ${deep}: there is no folder ${path.dirname(deep)}\n`);
    expect(fs.readdirSync(parent)).toEqual([]);
    const file = path.join(parent, 'a-file');
    fs.writeFileSync(file, 'kept');
    const onFile = await run(['class', 'export', '--data', dir, '--out', file]);
    expect(onFile.code).toBe(2);
    expect(onFile.stderr).toBe(`caviar: cannot write into ${file}: it is a file, not a folder\n`);
    expect(fs.readFileSync(file, 'utf8')).toBe('kept');
  }, 60_000);

  it('reads a class whose server has stopped, and says what is wrong in one line', async () => {
    // The server stops: the database is checkpointed and closed, no write-ahead log left beside it.
    db.close();
    const copy = dir;
    expect(fs.existsSync(path.join(copy, 'class.db-wal'))).toBe(false);
    const r = await run(['transcript', '--data', copy, '--student', 'ada', '--out', path.join(tempDir(), 'ada.html')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);

    const nobody = await run(['transcript', '--data', copy, '--student', 'Zed']);
    expect(nobody.code).toBe(2);
    expect(nobody.stderr).toMatch(/^caviar: no student "Zed" in this class; its students are: Ada, D'Arcy, Анна, <b>Bob<\/b>, Eve, Fay\n$/);
    const empty = tempDir();
    const none = await run(['class-report', '--data', empty]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/holds no class \(no class\.db\)/);
    expect(fs.readdirSync(empty)).toEqual([]);
    const both = await run(['class-report', copy, '--data', copy]);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/give a folder of hand-ins or --data DIR \(one of them\)/);
    const noStudent = await run(['transcript', '--data', copy]);
    expect(noStudent.code).toBe(2);
    expect(noStudent.stderr).toMatch(/--data DIR needs --student NAME/);
  }, 120_000);
});
