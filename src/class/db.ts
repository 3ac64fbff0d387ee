// The live class's durable state, in one SQLite file in the class's data folder (better-sqlite3:
// synchronous, so a move is committed before the student sees its result). A server killed at
// any moment and started again on the same folder finds every seat, shared value, hold and
// message where it was. Write-ahead logging keeps a write to one seat from blocking the others.

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { UsageError } from '../errors.ts';

const SCHEMA_VERSION = 1;

const SCHEMA = `
CREATE TABLE class (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  story TEXT NOT NULL,
  story_hash TEXT NOT NULL,
  title TEXT NOT NULL,
  code TEXT NOT NULL,
  teacher_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  paused INTEGER NOT NULL DEFAULT 0,
  hold_at TEXT,
  ended_at TEXT
);
CREATE TABLE seats (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  role TEXT,
  table_no INTEGER,
  seed INTEGER NOT NULL,
  start TEXT,
  save TEXT,
  turn INTEGER NOT NULL DEFAULT 0,
  phase TEXT,
  date TEXT,
  ending TEXT,
  objective_met INTEGER NOT NULL DEFAULT 0,
  finished INTEGER NOT NULL DEFAULT 0,
  joined_at TEXT NOT NULL,
  last_move_at TEXT
);
CREATE TABLE slots (
  seat_id INTEGER NOT NULL REFERENCES seats(id),
  slot TEXT NOT NULL,
  save TEXT NOT NULL,
  PRIMARY KEY (seat_id, slot)
);
CREATE TABLE shared (
  table_no INTEGER NOT NULL,
  name TEXT NOT NULL,
  value TEXT NOT NULL,
  seat_id INTEGER REFERENCES seats(id),
  at TEXT NOT NULL,
  PRIMARY KEY (table_no, name)
);
CREATE TABLE requests (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  action TEXT NOT NULL,
  args TEXT NOT NULL DEFAULT '[]',
  done_at TEXT,
  result TEXT
);
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  kind TEXT NOT NULL,
  seat_id INTEGER,
  table_no INTEGER,
  detail TEXT NOT NULL DEFAULT ''
);
`;

export interface ClassRow {
  story: string;
  storyHash: string;
  title: string;
  code: string;
  teacherToken: string;
  createdAt: string;
  paused: boolean;
  holdAt: string | null;
  endedAt: string | null;
}

export interface SeatRow {
  id: number;
  name: string;
  role: string | null;
  table: number | null;
  seed: number;
  start: string | null;
  /** The seat's autosave, in the save file format (saves/format.ts). */
  save: string | null;
  turn: number;
  phase: string | null;
  date: string | null;
  ending: string | null;
  objectiveMet: boolean;
  finished: boolean;
  joinedAt: string;
  lastMoveAt: string | null;
}

/** What a seat's move changed, besides its save. */
export interface SeatProgress {
  save: string;
  turn: number;
  role: string | null;
  phase: string | null;
  date: string | null;
  ending: string | null;
  objectiveMet: boolean;
  finished: boolean;
}

export interface EventRow {
  id: number;
  at: string;
  kind: string;
  seat: string | null;
  table: number | null;
  detail: string;
}

type Value = string | number | boolean;

export const DB_FILE = 'class.db';

export class ClassDb {
  private readonly db: Database.Database;
  // Preparing a statement costs more than running it, and the room writes after every move.
  private readonly statements = new Map<string, Database.Statement>();

  private constructor(
    readonly file: string,
    private readonly clock: () => Date,
    readonly: boolean = false,
  ) {
    this.db = new Database(file, readonly ? { readonly: true, fileMustExist: true } : {});
    if (readonly) {
      const version = this.db.pragma('user_version', { simple: true }) as number;
      if (version === 0 || version > SCHEMA_VERSION) {
        this.db.close();
        throw new UsageError(version ? `${file} was written by a newer caviar (class data version ${version}; this one reads ${SCHEMA_VERSION})` : `${file}: not a caviar class database`);
      }
      return;
    }
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version === 0) {
      this.db.exec(SCHEMA);
      this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
    } else if (version > SCHEMA_VERSION) {
      this.db.close();
      throw new UsageError(`${file} was written by a newer caviar (class data version ${version}; this one reads ${SCHEMA_VERSION})`);
    }
    fs.chmodSync(file, 0o600);
  }

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** The class database in `dir`, made (with the folder, readable only by its owner) if need be. */
  static open(dir: string, clock: () => Date = () => new Date()): ClassDb {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const file = path.join(dir, DB_FILE);
    try {
      return new ClassDb(file, clock);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`${file}: not a caviar class database (${(error as Error).message})`);
    }
  }

  /** Opens an existing class for reading (status, report, export); a usage error if there is none. */
  static existing(dir: string): ClassDb {
    if (!fs.existsSync(path.join(dir, DB_FILE))) throw new UsageError(`${dir} holds no class (no ${DB_FILE}): start one with caviar class start --data ${dir}`);
    return ClassDb.open(dir);
  }

  /**
   * Opens an existing class read-only, for the documents made from it (class report, transcripts):
   * nothing is created or changed, so they can be made while the lesson runs.
   */
  static readOnly(dir: string): ClassDb {
    const file = path.join(dir, DB_FILE);
    if (!fs.existsSync(file)) throw new UsageError(`${dir} holds no class (no ${DB_FILE}): give the --data folder of a live class`);
    try {
      return new ClassDb(file, () => new Date(), true);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`${file}: not a caviar class database (${(error as Error).message})`);
    }
  }

  close(): void {
    this.db.close();
  }

  private now(): string {
    return this.clock().toISOString();
  }

  classRow(): ClassRow | null {
    const r = this.statement('SELECT * FROM class WHERE id = 1').get() as Record<string, unknown> | undefined;
    if (!r) return null;
    return {
      story: r.story as string,
      storyHash: r.story_hash as string,
      title: r.title as string,
      code: r.code as string,
      teacherToken: r.teacher_token as string,
      createdAt: r.created_at as string,
      paused: r.paused === 1,
      holdAt: (r.hold_at as string | null) ?? null,
      endedAt: (r.ended_at as string | null) ?? null,
    };
  }

  createClass(story: string, storyHash: string, title: string, code: string): ClassRow {
    this
      .statement('INSERT INTO class (id, story, story_hash, title, code, teacher_token, created_at) VALUES (1, ?, ?, ?, ?, ?, ?)')
      .run(story, storyHash, title, code, crypto.randomBytes(18).toString('base64url'), this.now());
    return this.classRow()!;
  }

  updateClass(change: { code?: string; storyHash?: string; paused?: boolean; holdAt?: string | null; endedAt?: string | null }): void {
    const sets: string[] = [];
    const values: unknown[] = [];
    const put = (column: string, value: unknown) => {
      sets.push(`${column} = ?`);
      values.push(value);
    };
    if (change.code !== undefined) put('code', change.code);
    if (change.storyHash !== undefined) put('story_hash', change.storyHash);
    if (change.paused !== undefined) put('paused', change.paused ? 1 : 0);
    if (change.holdAt !== undefined) put('hold_at', change.holdAt);
    if (change.endedAt !== undefined) put('ended_at', change.endedAt);
    if (sets.length) this.statement(`UPDATE class SET ${sets.join(', ')} WHERE id = 1`).run(...values);
  }

  seats(): SeatRow[] {
    return (this.statement('SELECT * FROM seats ORDER BY id').all() as Array<Record<string, unknown>>).map(seatOf);
  }

  seat(name: string): SeatRow | null {
    const r = this.statement('SELECT * FROM seats WHERE name = ?').get(name) as Record<string, unknown> | undefined;
    return r ? seatOf(r) : null;
  }

  addSeat(name: string, seed: number, role: string | null, start: string | null, table: number | null): SeatRow {
    this
      .statement('INSERT INTO seats (name, role, table_no, seed, start, joined_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(name, role, table, seed, start, this.now());
    return this.seat(name)!;
  }

  /** A seat's move: its save and what the dashboard shows, committed together. */
  saveProgress(seatId: number, p: SeatProgress): void {
    this
      .statement(
        'UPDATE seats SET save = ?, turn = ?, role = COALESCE(?, role), phase = ?, date = ?, ending = ?, objective_met = ?, finished = ?, last_move_at = ? WHERE id = ?',
      )
      .run(p.save, p.turn, p.role, p.phase, p.date, p.ending, p.objectiveMet ? 1 : 0, p.finished ? 1 : 0, this.now(), seatId);
  }

  setSeatTable(seatId: number, table: number | null, role?: string | null): void {
    if (role === undefined) this.statement('UPDATE seats SET table_no = ? WHERE id = ?').run(table, seatId);
    else this.statement('UPDATE seats SET table_no = ?, role = ? WHERE id = ?').run(table, role, seatId);
  }

  slot(seatId: number, slot: string): string | null {
    const r = this.statement('SELECT save FROM slots WHERE seat_id = ? AND slot = ?').get(seatId, slot) as { save: string } | undefined;
    return r?.save ?? null;
  }

  slots(seatId: number): Array<{ slot: string; save: string }> {
    return this.statement('SELECT slot, save FROM slots WHERE seat_id = ? ORDER BY slot').all(seatId) as Array<{ slot: string; save: string }>;
  }

  writeSlot(seatId: number, slot: string, save: string): void {
    this.statement('INSERT INTO slots (seat_id, slot, save) VALUES (?, ?, ?) ON CONFLICT (seat_id, slot) DO UPDATE SET save = excluded.save').run(seatId, slot, save);
  }

  /** The shared values of a table, by variable name. */
  shared(table: number): Map<string, { value: Value; seatId: number | null }> {
    const rows = this.statement('SELECT name, value, seat_id FROM shared WHERE table_no = ?').all(table) as Array<{ name: string; value: string; seat_id: number | null }>;
    return new Map(rows.map((r) => [r.name, { value: JSON.parse(r.value) as Value, seatId: r.seat_id }]));
  }

  setShared(table: number, name: string, value: Value, seatId: number | null): void {
    this
      .statement(
        'INSERT INTO shared (table_no, name, value, seat_id, at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (table_no, name) DO UPDATE SET value = excluded.value, seat_id = excluded.seat_id, at = excluded.at',
      )
      .run(table, name, JSON.stringify(value), seatId, this.now());
  }

  addEvent(kind: string, seatId: number | null, table: number | null, detail: string): EventRow {
    const at = this.now();
    const { lastInsertRowid } = this.statement('INSERT INTO events (at, kind, seat_id, table_no, detail) VALUES (?, ?, ?, ?, ?)').run(at, kind, seatId, table, detail);
    const seat = seatId === null ? null : ((this.statement('SELECT name FROM seats WHERE id = ?').get(seatId) as { name: string } | undefined)?.name ?? null);
    return { id: Number(lastInsertRowid), at, kind, seat, table, detail };
  }

  events(): EventRow[] {
    return this
      .statement('SELECT e.id, e.at, e.kind, s.name AS seat, e.table_no AS "table", e.detail FROM events e LEFT JOIN seats s ON s.id = e.seat_id ORDER BY e.id')
      .all() as EventRow[];
  }

  /** A teacher's request from another terminal (`caviar class hold ...`), for the running server. */
  addRequest(action: string, args: string[]): number {
    return Number(this.statement('INSERT INTO requests (at, action, args) VALUES (?, ?, ?)').run(this.now(), action, JSON.stringify(args)).lastInsertRowid);
  }

  pendingRequests(): Array<{ id: number; action: string; args: string[] }> {
    return (this.statement('SELECT id, action, args FROM requests WHERE done_at IS NULL ORDER BY id').all() as Array<{ id: number; action: string; args: string }>).map(
      (r) => ({ id: r.id, action: r.action, args: JSON.parse(r.args) as string[] }),
    );
  }

  finishRequest(id: number, result: string): void {
    this.statement('UPDATE requests SET done_at = ?, result = ? WHERE id = ?').run(this.now(), result, id);
  }

  request(id: number): { doneAt: string | null; result: string | null } | null {
    const r = this.statement('SELECT done_at, result FROM requests WHERE id = ?').get(id) as { done_at: string | null; result: string | null } | undefined;
    return r ? { doneAt: r.done_at, result: r.result } : null;
  }

  /** Runs `fn` in one transaction: all of it is committed, or none. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }
}

function seatOf(r: Record<string, unknown>): SeatRow {
  return {
    id: r.id as number,
    name: r.name as string,
    role: (r.role as string | null) ?? null,
    table: (r.table_no as number | null) ?? null,
    seed: r.seed as number,
    start: (r.start as string | null) ?? null,
    save: (r.save as string | null) ?? null,
    turn: r.turn as number,
    phase: (r.phase as string | null) ?? null,
    date: (r.date as string | null) ?? null,
    ending: (r.ending as string | null) ?? null,
    objectiveMet: r.objective_met === 1,
    finished: r.finished === 1,
    joinedAt: r.joined_at as string,
    lastMoveAt: (r.last_move_at as string | null) ?? null,
  };
}
