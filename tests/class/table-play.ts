// Plays tables of Caviar's three roles through the live class's own Room, seats and sessions
// (src/class/room.ts) with seeded random choices, as a lesson would: the teacher holds the room
// at each phase in turn and releases it when every seat has arrived there. One table in five
// plays with no holds at all, as a class left to run does. Used by table-explore-*.test.ts.
//
// The same three seats play table after table: between tables each student restarts (`:restart`)
// and the teacher moves the three to a new, empty table, both as in a live class (a student
// keeps what an old table told them, so the move comes first); building a
// new inkjs Story per seat would cost more than the whole table's play.
import path from 'node:path';
import { expect } from 'vitest';
import { ClassDb } from '../../src/class/db.ts';
import { Room, type Seat, type SeatConnection } from '../../src/class/room.ts';
import { loadStory, type LoadedStory } from '../../src/story/load.ts';
import { metadataOf } from '../../src/story/metadata.ts';
import { crossingVariable } from '../../src/story/tag-protocol.ts';
import { tempDir } from '../helpers.ts';

export const CAVIAR = path.resolve(import.meta.dirname, '../../story/caviar.ink');
const UNHELD_EVERY = 5;
const quiet: SeatConnection = { push: () => {}, close: () => {} };

/** Which roles read each crossing's shared VAR (story/table/crossings.ink). */
export const RECEIVING: Record<string, string[]> = {
  table_uk_tip: ['reporter'],
  table_uk_bar: ['american'],
  table_us_trucks: ['reporter', 'british'],
  table_us_word: ['british'],
  table_pr_figure: ['british', 'american'],
  table_pr_source: ['british'],
};

let loaded: LoadedStory | null = null;
let cache: string | null = null;
/** This test file's compile cache: a class server started by the test reads Caviar from it too. */
export function caviarCache(): string {
  cache ??= tempDir('caviar-cache-');
  return cache;
}
export function caviar(): LoadedStory {
  loaded ??= loadStory(CAVIAR, { cacheDir: caviarCache() });
  return loaded;
}

/** A small seeded generator (mulberry32), so a failing table plays again from its number. */
function random(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

export interface Explored {
  tables: number;
  endings: Set<string>;
  /** `VAR role` -> how often the role's receiving point read a tablemate's act, and how often none. */
  reads: Map<string, { act: number; none: number }>;
  /** `role crossing-id` of every `# crossing:` line shown. */
  lines: Set<string>;
}

export function noneExplored(): Explored {
  return { tables: 0, endings: new Set(), reads: new Map(), lines: new Set() };
}

/** Plays tables `from` to `to` (exclusive), each from its own seed. */
export function exploreTables(from: number, to: number): Explored {
  const story = caviar();
  const db = ClassDb.open(tempDir('caviar-tables-'));
  const explored = noneExplored();
  try {
    db.createClass(story.file, story.hash, 'Caviar', 'table');
    const room = new Room({ story, db, assign: 'balanced' });
    const seats = ['Ada', 'Ben', 'Cy'].map((name) => room.join(name, quiet));
    expect(new Set(seats.map((s) => s.row.role))).toEqual(new Set(['british', 'american', 'reporter']));
    for (let n = from; n < to; n++) {
      if (n > from) {
        // Moved first: a restart at the old table would hear that table's values again.
        for (const s of seats) {
          room.moveSeat(s.name, n + 1);
          s.controller.input(':restart');
        }
      }
      playTable(story, room, seats, n, explored);
      explored.tables++;
    }
  } finally {
    db.close();
  }
  return explored;
}

/** One step of a played table, in order: a seat's choice (1-based, as pressed), or the teacher's hold (null: release). */
export type TableStep = { seat: string; pick: number; turn: number } | { hold: string | null };

export function playTable(story: LoadedStory, room: Room, seats: Seat[], n: number, explored: Explored, record?: (step: TableStep) => void): void {
  const held = n % UNHELD_EVERY !== 0;
  const pick = random(1000 + n);
  const phases = metadataOf(story).phases.map((p) => p.id);
  let hold = 0;
  room.holdAt(held ? phases[0]! : null);
  if (held) record?.({ hold: phases[0]! });
  const where = (s: Seat) => `table ${n}, ${s.row.role} at turn ${s.session.state.turn} (${s.session.state.status.date ?? '?'})`;
  expect(new Set(seats.map((s) => s.row.table)).size, `table ${n}: the three seats sit together`).toBe(1);
  for (const s of seats) {
    expect(s.session.state.turn, where(s)).toBe(0);
    for (const variable of metadataOf(story).shared) expect(s.session.variable(variable), `${where(s)}: ${variable} at the start`).toBe(0);
  }
  for (let moves = 0; ; moves++) {
    expect(moves, `table ${n} never finished`).toBeLessThan(2000);
    const playing = seats.filter((s) => !s.session.state.ended);
    if (!playing.length) break;
    const free = playing.filter((s) => room.gateFor(s) === null);
    if (!free.length) {
      // Everyone still playing waits at the held phase: the teacher releases it and holds the next.
      expect(held, `table ${n}: seats wait with no hold`).toBe(true);
      for (const s of playing) expect(s.session.state.phase?.id, `${where(s)}: waiting at another phase`).toBe(phases[hold]);
      hold++;
      room.holdAt(phases[hold] ?? null);
      record?.({ hold: phases[hold] ?? null });
      continue;
    }
    const seat = free[pick(free.length)]!;
    const { choices } = seat.session.state;
    expect(choices.length, `${where(seat)}: no choice and no ending`).toBeGreaterThan(0);
    const number = 1 + pick(choices.length);
    seat.controller.pick(number);
    record?.({ seat: seat.name, pick: number, turn: seat.session.state.turn });
    const { issue, warnings, lines } = seat.session.state;
    if (issue || warnings.length) expect({ issue, warnings }, where(seat)).toEqual({ issue: null, warnings: [] });
    if (held) {
      for (const line of lines) for (const tag of line.tags) if (tag.startsWith('crossing:')) explored.lines.add(`${seat.row.role} ${tag.split(/\s+/)[1]}`);
    }
  }
  // Every seat passed every phase the teacher held, in order: none skipped a checkpoint.
  if (held) expect(hold, `table ${n}: phases held and released`).toBe(phases.length);
  for (const s of seats) {
    explored.endings.add(s.session.state.ending!.id);
    if (!held) continue;
    for (const variable of metadataOf(story).shared) {
      const value = s.session.variable(variable.replace(/^table_/, 'table_got_'));
      if (typeof value !== 'number' || value === 0) continue;
      const key = `${variable} ${s.row.role}`;
      const seen = explored.reads.get(key) ?? { act: 0, none: 0 };
      if (value > 0) seen.act++;
      else seen.none++;
      explored.reads.set(key, seen);
    }
  }
}

/** What exploring the tables must show (issue 16, item 4). */
export function expectWholeTables(explored: Explored): void {
  const meta = metadataOf(caviar());
  expect(meta.phases.map((p) => p.id)).toEqual(['sep29', 'sep30', 'oct01', 'oct02', 'inquiry']);
  expect(meta.crossings.length).toBeGreaterThanOrEqual(6);
  expect(Object.keys(RECEIVING).sort()).toEqual([...meta.shared].sort());
  for (const c of meta.crossings) expect(meta.shared).toContain(crossingVariable(c.id));
  // Every ending of the story, at a table.
  expect([...explored.endings].sort()).toEqual(meta.endings.map((e) => e.id).sort());
  // Every crossing's line was shown, in a role that receives it.
  expect([...new Set([...explored.lines].map((l) => l.split(' ')[1]))].sort()).toEqual(meta.crossings.map((c) => c.id).sort());
  for (const line of explored.lines) {
    const [role, id] = line.split(' ') as [string, string];
    expect(RECEIVING[crossingVariable(id)], line).toContain(role);
  }
  // Each receiving point was read both with its tablemate's act and without it, and only there.
  for (const [variable, roles] of Object.entries(RECEIVING)) {
    for (const role of roles) {
      const seen = explored.reads.get(`${variable} ${role}`);
      expect(seen?.act, `${variable} read with a tablemate's act by the ${role}`).toBeGreaterThan(0);
      expect(seen?.none, `${variable} read with no tablemate's act by the ${role}`).toBeGreaterThan(0);
    }
  }
  for (const key of explored.reads.keys()) expect(RECEIVING[key.split(' ')[0]!], key).toContain(key.split(' ')[1]);
}
