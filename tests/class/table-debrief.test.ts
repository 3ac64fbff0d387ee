// The debrief of a table (issue 16, item 3): a table of Caviar played through the live class's
// room, then each student's debrief says what their tablemates' choices did to their story, and
// the class report read from the class database (text, HTML, CSV) lists the table's crossings,
// from which seat to which.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClassDb } from '../../src/class/db.ts';
import { Room, type Seat } from '../../src/class/room.ts';
import { debriefView } from '../../src/classroom/view.ts';
import { runCli, tempDir } from '../helpers.ts';
import { caviar, noneExplored, playTable } from './table-play.ts';

const env = { CAVIAR_CACHE: tempDir(), CAVIAR_CONFIG: tempDir(), TZ: 'UTC' };
let dir = '';
let db: ClassDb;
let seats: Seat[] = [];

beforeAll(() => {
  const story = caviar();
  // The first seeded table where the British aide became the reporter's source: the crossing
  // the issue names, "Your source was the British aide at your table".
  for (let n = 1; n < 60; n++) {
    dir = tempDir('caviar-table-report-');
    db = ClassDb.open(dir, () => new Date('2026-10-02T09:00:00Z'));
    db.createClass(story.file, story.hash, 'Caviar', 'table');
    const room = new Room({ story, db, assign: 'balanced' });
    seats = ['Ada', 'Ben', 'Cy'].map((name) => room.join(name, { push: () => {}, close: () => {} }));
    playTable(story, room, seats, n * UNHELD_STEP + 1, noneExplored());
    if (seatOf('reporter').session.variable('table_got_uk_tip') === 1) return;
    db.close();
  }
  throw new Error('no table of the first 60 had the British aide tell the reporter');
}, 300_000);

// playTable leaves every fifth table unheld; these numbers are all held.
const UNHELD_STEP = 5;

afterAll(() => db.close());

function seatOf(role: string): Seat {
  return seats.find((s) => s.row.role === role)!;
}

describe('the debrief of a table', () => {
  it("names in each student's debrief what a tablemate's choice did to their story, and who", () => {
    const reporter = debriefView(seatOf('reporter').session).sections.find((s) => s.id === 'table');
    const british = seatOf('british').name;
    expect(reporter?.heading).toBe('From your table');
    const source = reporter!.items.find((i) => i.text.startsWith('Your source was the British aide at your table'));
    expect(source?.details).toEqual([`From ${british} (british).`, expect.stringContaining('Thomas Arden')]);
    // Every crossing a seat was shown names the tablemate who set it, never an empty "from".
    for (const seat of seats) {
      for (const item of debriefView(seat.session).sections.find((s) => s.id === 'table')?.items ?? []) {
        expect(item.details[0]).toMatch(/^From (Ada|Ben|Cy) \((british|american|reporter)\)\.$/);
        expect(item.details[0]).not.toContain(`${seat.name} (`);
      }
    }
  });

  it('lists the table\'s crossings in the class report from the database: terminal, HTML and CSV', async () => {
    const html = path.join(tempDir(), 'report.html');
    const r = await runCli(['class-report', '--data', dir, '--out', html], '', env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Crossings at the tables: 1 table, \d+ crossings?\./);
    expect(r.stdout).toMatch(/Table 1 \([^)]*\): .*British aide to Reporter: table_uk_tip\b/);
    const page = fs.readFileSync(html, 'utf8');
    expect(page).toContain('<h2>Crossings at the tables</h2>');
    expect(page).toMatch(/<tr><td>Your source was the British aide at your table[^<]*<span class="muted">table_uk_tip<\/span><\/td><td>(Ada|Ben|Cy)<\/td><td>(Ada|Ben|Cy) \(Reporter\)<\/td><\/tr>/);

    const csv = path.join(tempDir(), 'grades.csv');
    const c = await runCli(['class-report', '--data', dir, '--out', csv], '', env);
    expect(c.code).toBe(0);
    expect(c.stdout).toContain('grades-crossings.csv');
    const rows = fs.readFileSync(csv.replace('.csv', '-crossings.csv'), 'utf8').split('\r\n');
    expect(rows[0]).toBe('\uFEFF"Table","Crossing","Summary","From","From role","To","To role","Turn"');
    const [british, reporter] = [seatOf('british').name, seatOf('reporter').name];
    expect(rows).toContainEqual(expect.stringMatching(new RegExp(`^"1","table_uk_tip","Your source was the British aide[^"]*","${british}","British aide","${reporter}","Reporter","\\d+"$`)));

    // Anonymous: the same rows, with no name in them.
    const anon = path.join(tempDir(), 'anon.csv');
    expect((await runCli(['class-report', '--data', dir, '--out', anon, '--anonymous'], '', env)).code).toBe(0);
    const anonRows = fs.readFileSync(anon.replace('.csv', '-crossings.csv'), 'utf8');
    expect(anonRows).toContain('"table_uk_tip"');
    for (const name of ['Ada', 'Ben', 'Cy']) expect(anonRows).not.toContain(`"${name}"`);
  }, 300_000);

  it("puts the table into the student's transcript, as the debrief at its end", async () => {
    const t = await runCli(['transcript', '--data', dir, '--student', seatOf('reporter').name], '', env);
    expect(t.code).toBe(0);
    expect(t.stdout).toContain('From your table');
    expect(t.stdout).toContain('Your source was the British aide at your table');
  }, 300_000);
});
