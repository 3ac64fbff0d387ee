// A live class: one story, many seats, the teacher's controls. Transport-free: the SSH server and
// the web server attach a front end to a seat (SeatConnection); the dashboard and the headless
// log follow the room's events. Everything durable goes through the class database (db.ts), and
// every seat runs through the same command layer as solo play (commands/controller.ts).
//
// Shared variables (`# shared:` in the story): when a seat's own step changes one, it is
// published to the seat's table; the other seats at the table get the new value at their turn
// boundary (a seat waiting at its choices is at one), recorded on their next choice. A value a
// student takes back (undo, load) stays published, as a spoken word does: rewinding changes the
// student's own story, not what the table has heard. A seat with no table, or alone at one,
// plays with the story's initial values.

import { Controller, type Outcome } from '../commands/controller.ts';
import { Session } from '../engine/session.ts';
import type { VariableSet } from '../engine/state.ts';
import { cleanName } from '../escape.ts';
import { UsageError } from '../errors.ts';
import { parseSave } from '../saves/format.ts';
import { resumeSave } from '../saves/resume.ts';
import type { LoadedStory } from '../story/load.ts';
import { metadataOf, type RoleInfo } from '../story/metadata.ts';
import { randomSeed } from '../engine/session.ts';
import type { ClassDb, ClassRow, EventRow, SeatRow } from './db.ts';
import { SeatSlots } from './seat-slots.ts';

/** A front end attached to a seat: a terminal over SSH, a page in a browser. */
export interface SeatConnection {
  /** Shows news from outside the student's own input (a teacher's message, a hold released). */
  push(outcome: Outcome): void;
  /** Ends the connection (another login on this seat, the end of the lesson); the seat stays. */
  close(reason: string): void;
}

export type RoomEventKind =
  | 'join'
  | 'leave'
  | 'choice'
  | 'phase'
  | 'ending'
  | 'shared'
  | 'hold'
  | 'release'
  | 'pause'
  | 'resume'
  | 'message'
  | 'move'
  | 'end';

export const MAX_NAME = 40;

export const TEACHER_ACTIONS = ['hold', 'release', 'pause', 'resume', 'message', 'move', 'end'] as const;
export type TeacherAction = (typeof TEACHER_ACTIONS)[number];
type Value = string | number | boolean;

export interface RoomOptions {
  story: LoadedStory;
  db: ClassDb;
  /** `balanced`: the server gives each new seat the least-filled role; `pick`: the student picks in the story. */
  assign?: 'pick' | 'balanced';
  stepLimitMs?: number;
  maxSeats?: number;
  clock?: () => Date;
  env?: NodeJS.ProcessEnv;
}

export class Seat {
  connection: SeatConnection | null = null;
  /** The shared values as this seat's story last saw them (to tell its own changes from the table's). */
  private seen = new Map<string, Value>();

  constructor(
    public row: SeatRow,
    readonly controller: Controller,
  ) {}

  get name(): string {
    return this.row.name;
  }

  get session(): Session {
    return this.controller.session;
  }

  /** "Ada (host)": how tablemates are told who changed something. */
  get label(): string {
    return this.row.role ? `${this.row.name} (${this.row.role})` : this.row.name;
  }

  /** Reads the shared variables from the seat's story. */
  readShared(names: readonly string[]): Map<string, Value> {
    const values = new Map<string, Value>();
    for (const name of names) {
      const v = this.session.variable(name);
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') values.set(name, v);
    }
    return values;
  }

  /** The shared variables this seat's own last step changed. */
  changedByStep(names: readonly string[]): Map<string, Value> {
    const now = this.readShared(names);
    const changed = new Map<string, Value>();
    for (const [name, value] of now) if (this.seen.has(name) && this.seen.get(name) !== value) changed.set(name, value);
    return changed;
  }

  remember(names: readonly string[]): void {
    this.seen = this.readShared(names);
  }
}

export class Room {
  readonly story: LoadedStory;
  readonly db: ClassDb;
  private readonly seats = new Map<number, Seat>();
  private readonly listeners = new Set<(event: EventRow) => void>();
  private readonly shared: readonly string[];
  private readonly roles: readonly RoleInfo[];
  private readonly clock: () => Date;
  private readonly options: RoomOptions;
  private klass: ClassRow;

  constructor(options: RoomOptions) {
    this.options = options;
    this.story = options.story;
    this.db = options.db;
    this.clock = options.clock ?? (() => new Date());
    const meta = metadataOf(this.story);
    this.shared = meta.shared;
    this.roles = meta.roles;
    const klass = this.db.classRow();
    if (!klass) throw new Error('the class database has no class');
    this.klass = klass;
  }

  get info(): ClassRow {
    return this.klass;
  }

  onEvent(listener: (event: EventRow) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(kind: RoomEventKind, seat: Seat | null, detail: string): void {
    const event = this.db.addEvent(kind, seat?.row.id ?? null, seat?.row.table ?? null, detail);
    for (const listener of this.listeners) listener(event);
  }

  /** Every seat ever taken in this class, in the order they joined, with what the dashboard shows. */
  seatRows(): SeatRow[] {
    return this.db.seats();
  }

  /** Seats whose student is connected now. */
  connected(): Set<string> {
    return new Set([...this.seats.values()].filter((s) => s.connection).map((s) => s.name.toLowerCase()));
  }

  /** A student's name as a seat takes it: one line, no control characters, at most MAX_NAME characters. */
  static seatName(raw: string): string {
    const name = cleanName(raw, MAX_NAME);
    if (!name) throw new UsageError('a seat needs a name');
    return name;
  }

  /**
   * The seat called `name`, made on first join and put back exactly where it was after that (also
   * after the server was restarted). Another connection already on the seat is told and closed.
   */
  join(rawName: string, connection: SeatConnection): Seat {
    const name = Room.seatName(rawName);
    if (this.klass.endedAt) throw new UsageError('this lesson has ended');
    const row = this.db.seat(name);
    let seat = row ? this.seats.get(row.id) : undefined;
    if (!seat) {
      if (!row && this.db.seats().length >= (this.options.maxSeats ?? 60)) throw new UsageError('the class is full');
      seat = this.openSeat(row ?? this.newSeatRow(name));
      this.seats.set(seat.row.id, seat);
    }
    if (seat.connection && seat.connection !== connection) seat.connection.close('You joined this seat from another connection, so this one was closed.');
    seat.connection = connection;
    this.emit('join', seat, seat.row.turn ? `back at turn ${seat.row.turn}` : 'new seat');
    return seat;
  }

  leave(seat: Seat, connection: SeatConnection): void {
    if (seat.connection !== connection) return;
    seat.connection = null;
    this.emit('leave', seat, `at turn ${seat.session.state.turn}`);
  }

  private newSeatRow(name: string): SeatRow {
    let role: RoleInfo | null = null;
    if (this.options.assign === 'balanced' && this.roles.length) {
      const counts = new Map(this.roles.map((r) => [r.id, 0]));
      for (const s of this.db.seats()) if (s.role && counts.has(s.role)) counts.set(s.role, counts.get(s.role)! + 1);
      role = [...this.roles].sort((a, b) => counts.get(a.id)! - counts.get(b.id)!)[0] ?? null;
    }
    const table = role ? this.tableFor(role.id) : null;
    return this.db.addSeat(name, randomSeed(), role?.id ?? null, role?.knot ?? null, table);
  }

  /** The first table without this role, or a new one: one of each role per table, as students come. */
  private tableFor(role: string): number {
    const seats = this.db.seats();
    const tables = [...new Set(seats.flatMap((s) => (s.table === null ? [] : [s.table])))].sort((a, b) => a - b);
    for (const t of tables) if (!seats.some((s) => s.table === t && s.role === role)) return t;
    return (tables.at(-1) ?? 0) + 1;
  }

  private openSeat(row: SeatRow): Seat {
    const store = new SeatSlots(this.db, row.id);
    const sessionOptions = { stepLimitMs: this.options.stepLimitMs };
    let session: Session;
    if (row.save) {
      session = resumeSave(this.story, parseSave(row.save), sessionOptions).session;
    } else {
      session = Session.start(this.story, { ...sessionOptions, seed: row.seed, ...(row.start ? { startPath: row.start } : {}) });
    }
    let seat: Seat | null = null;
    const controller = new Controller(session, store, {
      student: row.name,
      // The room writes the autosave itself, with the dashboard's figures (moved), so the
      // controller need not build a save for the slot store to throw away.
      autosaveSlot: null,
      files: false,
      debug: false,
      env: this.options.env,
      clock: this.clock,
      onMove: () => seat && this.moved(seat),
      gate: () => (seat ? this.gateFor(seat) : null),
    });
    seat = new Seat(row, controller);
    seat.remember(this.shared);
    this.pullShared(seat);
    if (!row.save) controller.autosave();
    return seat;
  }

  /** Why this seat may not choose now: the lesson paused, held at its phase, or over. */
  gateFor(seat: Seat): string | null {
    if (this.klass.endedAt) return 'The lesson is over: thank you. Your place is saved.';
    if (this.klass.paused) return 'Your teacher has paused the class. Waiting for your teacher...';
    const phase = seat.session.state.phase;
    if (this.klass.holdAt && phase?.id === this.klass.holdAt) return 'Waiting for your teacher...';
    return null;
  }

  /** After every move of a seat, before its save: shared values, the seat's table, events. */
  private moved(seat: Seat): void {
    const { state, lastMove } = seat.session;
    const before = seat.row;
    // A role picked in the story's own menu seats the student at a table.
    if (state.status.role && !before.role) {
      const table = this.tableFor(state.status.role);
      this.db.setSeatTable(before.id, table, state.status.role);
      seat.row = { ...seat.row, role: state.status.role, table };
    }
    if (lastMove.kind === 'forward') {
      this.publish(seat);
      const choice = state.lastChoice;
      if (choice) this.emit('choice', seat, `turn ${choice.turn}: ${choice.text}`);
      if (state.phase && state.phase.turn === state.turn) this.emit('phase', seat, `${state.phase.id} ${state.phase.title}`);
      if (state.ending && state.ending.turn === state.turn) this.emit('ending', seat, `${state.ending.id} ${state.ending.title}`);
    }
    this.pullShared(seat);
    seat.remember(this.shared);
    this.db.saveProgress(seat.row.id, {
      save: JSON.stringify(seat.controller.toSave()),
      turn: state.turn,
      role: state.status.role ?? null,
      phase: state.phase?.id ?? null,
      date: state.status.date ?? null,
      ending: state.ending?.id ?? null,
      objectiveMet: seat.session.variable('objective_met') === true,
      finished: state.ended,
    });
    seat.row = this.db.seat(seat.row.name) ?? seat.row;
  }

  /** The shared variables this seat's step changed go to its table, and on to its tablemates. */
  private publish(seat: Seat): void {
    const table = seat.row.table;
    if (table === null || !this.shared.length) return;
    const changed = seat.changedByStep(this.shared);
    if (!changed.size) return;
    this.db.transaction(() => {
      for (const [name, value] of changed) this.db.setShared(table, name, value, seat.row.id);
    });
    for (const [name, value] of changed) this.emit('shared', seat, `${name} = ${JSON.stringify(value)}`);
    seat.remember(this.shared);
    for (const mate of this.seats.values()) {
      if (mate === seat || mate.row.table !== table) continue;
      const sets = this.pullShared(mate);
      if (!sets.length) continue;
      mate.controller.autosave();
      mate.connection?.push({ messages: sets.map((s) => `${s.from ?? 'Your table'}: ${s.name} is now ${String(s.value)}.`), show: false });
    }
  }

  /** Brings the table's shared values into a seat's story where they differ (not values it published itself). */
  private pullShared(seat: Seat): VariableSet[] {
    const table = seat.row.table;
    if (table === null || !this.shared.length) return [];
    const mine = seat.readShared(this.shared);
    const sets: VariableSet[] = [];
    for (const [name, { value, seatId }] of this.db.shared(table)) {
      if (seatId === seat.row.id || !this.shared.includes(name) || mine.get(name) === value) continue;
      const from = [...this.seats.values()].find((s) => s.row.id === seatId)?.label ?? (seatId === null ? 'Your teacher' : 'Your table');
      sets.push({ name, value, from });
    }
    if (sets.length) {
      seat.session.setVariables(sets);
      seat.remember(this.shared);
    }
    return sets;
  }

  // ── the teacher's controls ─────────────────────────────────────────────────────────────

  private refreshClass(): void {
    this.klass = this.db.classRow()!;
  }

  private tellAll(outcome: Outcome, table?: number): void {
    for (const seat of this.seats.values()) if (table === undefined || seat.row.table === table) seat.connection?.push(outcome);
  }

  /** Holds every seat at phase `id` (null releases the hold). */
  holdAt(id: string | null): void {
    if (id !== null && !metadataOf(this.story).phases.some((p) => p.id === id)) {
      throw new UsageError(`the story has no phase "${id}"; its phases are: ${metadataOf(this.story).phases.map((p) => p.id).join(', ') || 'none'}`);
    }
    const was = this.klass.holdAt;
    this.db.updateClass({ holdAt: id });
    this.refreshClass();
    if (id) this.emit('hold', null, id);
    else if (was) this.emit('release', null, was);
    this.tellAll({ messages: id ? [] : ['Your teacher has released the class: go on.'], show: true });
  }

  pause(paused: boolean): void {
    this.db.updateClass({ paused });
    this.refreshClass();
    this.emit(paused ? 'pause' : 'resume', null, '');
    this.tellAll({ messages: paused ? [] : ['Your teacher has resumed the class.'], show: true });
  }

  /** A one-line message from the teacher to everyone, or to one table. */
  message(text: string, table?: number): void {
    const line = cleanName(text, 300);
    if (!line) return;
    this.emit('message', null, table === undefined ? `to everyone: ${line}` : `to table ${table}: ${line}`);
    this.tellAll({ messages: [`Your teacher: ${line}`], show: false }, table);
  }

  /** Moves a seat to another table; it gets that table's shared values at its next turn boundary. */
  moveSeat(name: string, table: number): void {
    const row = this.db.seat(name);
    if (!row) throw new UsageError(`no seat called "${name}"`);
    if (!Number.isInteger(table) || table < 1) throw new UsageError('a table is a whole number from 1');
    this.db.setSeatTable(row.id, table);
    const seat = this.seats.get(row.id);
    if (seat) {
      seat.row = this.db.seat(name)!;
      seat.remember(this.shared);
      if (this.pullShared(seat).length) seat.controller.autosave();
      seat.connection?.push({ messages: [`Your teacher moved you to table ${table}.`], show: true });
    }
    this.emit('move', seat ?? null, `${row.name} to table ${table}`);
  }

  /**
   * Carries out a teacher's action given by name (from the dashboard, the teacher's page or
   * another terminal: `caviar class hold PHASE`); returns what was done, in a line.
   */
  act(action: TeacherAction, args: readonly string[]): string {
    switch (action) {
      case 'hold':
        if (!args[0]) throw new UsageError('hold needs a phase: the story\'s phases are ' + (metadataOf(this.story).phases.map((p) => p.id).join(', ') || 'none'));
        this.holdAt(args[0]);
        return `Holding every seat at ${args[0]}.`;
      case 'release':
        this.holdAt(null);
        return 'Released the hold.';
      case 'pause':
        this.pause(true);
        return 'Paused the class.';
      case 'resume':
        this.pause(false);
        return 'Resumed the class.';
      case 'message': {
        const table = args[0] === '--table' ? Number(args[1]) : undefined;
        const text = (table === undefined ? args : args.slice(2)).join(' ');
        if (table !== undefined && !(Number.isInteger(table) && table >= 1)) throw new UsageError('--table takes a table number from 1');
        if (!text.trim()) throw new UsageError('message needs some text');
        this.message(text, table);
        return table === undefined ? 'Sent to everyone.' : `Sent to table ${table}.`;
      }
      case 'move':
        if (args.length !== 2) throw new UsageError('move takes a seat name and a table number');
        this.moveSeat(args[0]!, Number(args[1]));
        return `Moved ${args[0]} to table ${args[1]}.`;
      case 'end':
        this.end();
        return 'Ended the lesson.';
    }
  }

  /** Ends the lesson: every seat is saved (it is after every move) and every connection closed. */
  end(): void {
    this.db.updateClass({ endedAt: this.clock().toISOString() });
    this.refreshClass();
    this.emit('end', null, '');
    for (const seat of this.seats.values()) seat.connection?.close('The lesson is over: thank you. Your place is saved.');
  }
}
