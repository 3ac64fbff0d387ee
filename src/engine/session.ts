// A playthrough of one story: the inkjs Story (in the runner) and the plain,
// immutable session state the front ends render. Front ends call choose/undo/redo/back/restart
// and read `state`; they never touch inkjs.

import crypto from 'node:crypto';
import type { LoadedStory } from '../story/load.ts';
import { metadataOf } from '../story/metadata.ts';
import { DEFAULT_STEP_LIMIT_MS } from './guarded-story.ts';
import { History, type HistoryLimits, type TurnSnapshot } from './history.ts';
import { InkRunner, type RawStep } from './runner.ts';
import { type ExprScope, evaluate, format, parseStatement, type Value } from './expression.ts';
import { applyStep, type ChoiceRecord, type DebugMove, describeDebugMove, initialState, type SessionState, type VariableSet, type Watch } from './state.ts';

export interface SessionOptions {
  /** Seed for ink's randomness; chosen at random (and recorded) when absent. */
  seed?: number;
  /** Watchdog: longest time one step may run. */
  stepLimitMs?: number;
  /** Start at this knot (e.g. a role's first scene) instead of the top of the story. */
  startPath?: string;
  /** How much of the past is kept as snapshots (the rest is rebuilt by replay). */
  historyLimits?: HistoryLimits;
}

/** What a save or a replay needs to put a session back exactly where it was. */
export interface SessionSnapshot {
  seed: number;
  startPath?: string;
  choices: ChoiceRecord[];
  inkState: string;
  engine: SessionState;
  /** Debug moves made since the last choice (they go on the next choice's record). */
  pending?: DebugMove[];
}

/**
 * How the path last changed: `start` (a new or resumed playthrough), `forward` (one choice
 * taken), `rewind` (back to an earlier turn), `set` (variables set from outside, path unchanged),
 * `debug` (an author's debug move: `:goto`, `:set`; recorded on the next choice). Readers of the
 * path (the branch map, the UI's transcript) follow it by `serial`: a gap of more than one means several moves at once.
 */
export interface Move {
  kind: 'start' | 'forward' | 'rewind' | 'set' | 'debug';
  /** The turn the session stands at after the move. */
  turn: number;
  serial: number;
}

export function randomSeed(): number {
  return crypto.randomInt(1, 2 ** 31 - 1);
}

export class Session {
  state!: SessionState;
  readonly seed: number;
  private readonly runner: InkRunner;
  private readonly history: History;
  lastMove: Move = { kind: 'start', turn: 0, serial: 0 };
  /** Choices undone, the next one to redo last. */
  private redoStack: ChoiceRecord[] = [];
  /** Variables set from outside since the last choice: they go on the next choice's record. */
  private pendingSets: VariableSet[] = [];
  /** Debug moves since the last choice, in order: they go on the next choice's record. */
  private pendingDebug: DebugMove[] = [];
  /** The state at the very start, once known. */
  private origin: TurnSnapshot | null = null;
  /** Set while the state shows a failed step: the moment before it, which the story is back at. */
  private failedFrom: TurnSnapshot | null = null;

  private constructor(
    readonly story: LoadedStory,
    readonly options: SessionOptions,
  ) {
    this.seed = options.seed ?? randomSeed();
    this.history = new History(options.historyLimits);
    this.runner = new InkRunner(story.json, {
      stepLimitMs: options.stepLimitMs ?? DEFAULT_STEP_LIMIT_MS,
      sourceMap: story.sourceMap,
    });
  }

  /** A new playthrough from the start of the story. */
  static start(story: LoadedStory, options: SessionOptions = {}): Session {
    const session = new Session(story, options);
    session.begin();
    return session;
  }

  /** A playthrough put back where a snapshot (a save) left it. */
  static resume(story: LoadedStory, snapshot: SessionSnapshot, options: SessionOptions = {}): Session {
    const session = new Session(story, { ...options, seed: snapshot.seed, startPath: snapshot.startPath });
    session.runner.reset(snapshot.seed);
    session.runner.loadState(snapshot.inkState);
    session.state = snapshot.engine;
    // Earlier turns are rebuilt by replay if the player goes back to them.
    for (const choice of snapshot.choices) session.history.push(choice, null);
    session.pendingDebug = snapshot.pending ?? [];
    session.moved('start');
    return session;
  }

  get canUndo(): boolean {
    return this.failedFrom !== null || this.state.turn > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** Characters of ink state the history keeps (see History). */
  get historySize(): number {
    return this.history.storedSize;
  }

  /** The choices of the path so far, oldest first. */
  path(): ChoiceRecord[] {
    return this.history.choices();
  }

  /** The current value of an ink variable, read-only (the classroom kit reads `briefing`, `objective`...). */
  variable(name: string): unknown {
    return this.runner.readVariable(name);
  }

  /** Where the session stands, for a save. After a failed step: the last good moment. */
  snapshot(): SessionSnapshot {
    const at = this.failedFrom ?? { ink: this.runner.saveState(), engine: this.state };
    return {
      seed: this.seed,
      ...(this.options.startPath ? { startPath: this.options.startPath } : {}),
      choices: this.history.choices(),
      inkState: at.ink,
      engine: at.engine,
      ...(this.pendingDebug.length ? { pending: this.pendingDebug } : {}),
    };
  }

  /** Debug moves made since the last choice. */
  pendingDebugMoves(): readonly DebugMove[] {
    return this.pendingDebug;
  }

  /** What an ink expression can read where the story stands (see expression.ts). */
  scope(): ExprScope {
    return this.runner.scope();
  }

  /** Every global variable with its value, as ink prints it. */
  globals(): Array<{ name: string; value: string }> {
    return this.runner.globals().map((g) => ({ name: g.name, value: g.value === null ? '' : format(g.value) }));
  }

  /** Every knot and stitch of the story, as "knot" and "knot.stitch". */
  flows(): string[] {
    return this.runner.flowNames();
  }

  /**
   * An author's debug move, made now and recorded on the next choice's record (so a replay
   * makes it at the same moment). An unknown place is a StoryError and changes nothing; a
   * runtime error in the text after a `goto` shows as a failed step, which :undo leaves.
   */
  debugMove(move: DebugMove): void {
    if (this.failedFrom) throw new RangeError('the story stopped on an error: :undo first');
    if ('goto' in move) {
      const before: TurnSnapshot = { ink: this.runner.saveState(), engine: this.state };
      this.runner.goTo(move.goto);
      const raw = this.runner.step();
      if (raw.issue) {
        this.runner.recover(before.ink, this.seed);
        this.failedFrom = before;
        this.state = Object.freeze({ ...applyStep(before.engine, { ...raw, watchValues: this.readWatches() }, null), turn: before.engine.turn });
        this.moved('debug');
        return;
      }
      this.state = Object.freeze({ ...applyStep(this.state, { ...raw, watchValues: this.readWatches() }, null), debug: describeDebugMove(move) });
    } else {
      this.runner.setVariable(move.set, move.value);
      this.refreshWatches();
    }
    this.pendingDebug = [...this.pendingDebug, move];
    this.moved('debug');
  }

  /**
   * What an author typed at the prompt as ink (`x + 1`, `x = 5`, `~ x = x - 1`): an expression
   * gives its value; an assignment to a global is a debug move. Throws ExprError or RangeError
   * with what is wrong.
   */
  evaluateInput(text: string): { value: string; assigned?: string } {
    const statement = parseStatement(text);
    const value = evaluate(statement.expr, this.scope());
    if (statement.kind === 'expression') return { value: format(value) };
    this.debugMove({ set: statement.name, value: this.assignable(statement.name, value) });
    return { value: format(value), assigned: statement.name };
  }

  /** A value a debug `set` can record for a global: a number, string or boolean. */
  assignable(name: string, value: Value): string | number | boolean {
    if (this.runner.scope().variable(name) === undefined) throw new RangeError(`the story has no global variable named "${name}"`);
    if (typeof value === 'object') throw new RangeError('a list cannot be set from the prompt: set a number, a string or true/false');
    return value;
  }

  /**
   * Sets ink variables from outside the story (a live class's shared values), at a turn
   * boundary: the story reads them from its next step on. They are recorded on the next choice,
   * so a replay of the path sets them at the same moment.
   */
  setVariables(sets: readonly VariableSet[]): void {
    if (!sets.length || this.failedFrom) return;
    for (const set of sets) {
      this.runner.setVariable(set.name, set.value);
      this.pendingSets = [...this.pendingSets.filter((s) => s.name !== set.name), set];
    }
    this.refreshWatches();
    this.moved('set');
  }

  private refreshWatches(): void {
    const values = this.readWatches();
    this.state = Object.freeze({
      ...this.state,
      watches: Object.freeze(this.state.watches.map((w, i) => (w.value === values[i] ? w : Object.freeze({ ...w, value: values[i]! })))) as Watch[],
    });
  }

  /** Takes a choice by its 0-based index among the current choices. */
  choose(index: number): void {
    const choice = this.state.choices.find((c) => c.index === index);
    if (!choice) throw new RangeError(`there is no choice ${index + 1} here`);
    const record: ChoiceRecord = {
      turn: this.state.turn + 1,
      index,
      text: choice.text,
      ...(choice.sourcePath ? { sourcePath: choice.sourcePath } : {}),
      ...(this.pendingSets.length ? { sets: this.pendingSets } : {}),
      ...(this.pendingDebug.length ? { debug: this.pendingDebug } : {}),
    };
    const started = performance.now();
    const before = this.take(record);
    if (this.state.issue) return;
    this.pendingSets = [];
    this.pendingDebug = [];
    this.history.push(record, before, performance.now() - started);
    const next = this.redoStack.at(-1);
    if (next && next.index === record.index && next.text === record.text) this.redoStack.pop();
    else this.redoStack = [];
    this.moved('forward');
  }

  /** Steps back over the last choice (or out of a failed step). False when at the start. */
  undo(): boolean {
    if (this.failedFrom) {
      this.restore(this.failedFrom);
      return true;
    }
    if (this.state.turn === 0) return false;
    this.back(this.state.turn);
    return true;
  }

  /** Takes again the last choice undone. False when there is none or it no longer fits. */
  redo(): boolean {
    const next = this.redoStack.at(-1);
    if (!next || this.failedFrom) return false;
    const here = this.state.choices.find((c) => c.index === next.index);
    if (!here || here.text !== next.text) {
      this.redoStack = [];
      return false;
    }
    this.choose(next.index);
    return true;
  }

  /** Returns to the moment before choice `turn` (1-based) was made; later choices can be redone. */
  back(turn: number): void {
    if (!Number.isInteger(turn) || turn < 1 || turn > this.state.turn) {
      throw new RangeError(this.state.turn === 0 ? 'no choice has been made yet' : `choose a turn from 1 to ${this.state.turn}`);
    }
    const { snapshot, replayed } = this.snapshotBefore(turn);
    const removed = this.history.truncate(turn);
    // The moment before choice `turn` had the variables set before it, and still has them.
    this.pendingSets = removed[0]?.sets ?? [];
    this.pendingDebug = removed[0]?.debug ?? [];
    this.redoStack.push(...removed.reverse());
    // After a replay ink already stands at that moment: loading its state again would only
    // cost time (hundreds of ms on stories with megabyte states).
    if (replayed) {
      this.state = snapshot.engine;
      this.failedFrom = null;
    } else {
      this.restore(snapshot);
    }
    this.moved('rewind');
  }

  /** Back to the start of the story, keeping the path for redo. */
  restart(): void {
    if (this.state.turn > 0) this.back(1);
    else {
      this.failedFrom = null;
      this.begin();
    }
  }

  private begin(): void {
    this.pendingDebug = [];
    this.runner.reset(this.seed);
    if (this.options.startPath) this.runner.goTo(this.options.startPath);
    const meta = metadataOf(this.story);
    const start = initialState(meta.title, meta.author, this.seed, meta.watches);
    const raw = this.runner.step();
    this.state = applyStep(start, { ...raw, watchValues: this.readWatches() }, null);
    if (raw.issue) this.runner.recover(null, this.seed);
    else this.origin = { ink: this.runner.saveState(), engine: this.state };
    this.moved('start');
  }

  /** Makes a choice and continues; on failure, shows the problem and puts ink back before it. */
  private take(record: ChoiceRecord): TurnSnapshot {
    const before: TurnSnapshot = { ink: this.runner.saveState(), engine: this.state };
    this.failedFrom = null;
    const chooseIssue = this.runner.choose(record.index);
    const raw: RawStep = chooseIssue
      ? { lines: [], choices: [], ended: false, issue: chooseIssue, warnings: [] }
      : this.runner.step();
    if (raw.issue) {
      this.runner.recover(before.ink, this.seed);
      this.failedFrom = before;
      this.state = Object.freeze({ ...applyStep(before.engine, { ...raw, watchValues: this.readWatches() }, null), turn: before.engine.turn });
      return before;
    }
    this.state = applyStep(before.engine, { ...raw, watchValues: this.readWatches() }, record);
    return before;
  }

  /**
   * The snapshot before choice `turn`, replaying from the nearest stored one when needed; after
   * a replay (`replayed`), ink already stands at that moment.
   */
  private snapshotBefore(turn: number): { snapshot: TurnSnapshot; replayed: boolean } {
    const stored = this.history.at(turn)?.before;
    if (stored) return { snapshot: stored, replayed: false };
    let from = this.history.nearestStored(turn);
    if (from === 0) {
      if (!this.origin) this.begin();
      this.restore(this.origin!);
      from = 1;
    } else {
      this.restore(this.history.at(from)!.before!);
    }
    // Replay the recorded choices; intermediate turns need no snapshot of their own.
    for (let t = from; t < turn; t++) this.advance(this.history.at(t)!.choice);
    const snapshot: TurnSnapshot = { ink: this.runner.saveState(), engine: this.state };
    this.history.remember(turn, snapshot);
    return { snapshot, replayed: true };
  }

  /** Retakes a recorded choice while rebuilding the past; the story must still agree. */
  private advance(record: ChoiceRecord): void {
    const here = this.state.choices.find((c) => c.index === record.index);
    if (!here || here.text !== record.text) {
      throw new Error(`cannot rebuild turn ${record.turn}: the story no longer offers "${record.text}" there`);
    }
    for (const set of record.sets ?? []) this.runner.setVariable(set.name, set.value);
    for (const move of record.debug ?? []) this.redoDebug(move, record.turn);
    const issue = this.runner.choose(record.index);
    const raw = issue ? null : this.runner.step();
    if (issue || raw?.issue) throw new Error(`cannot rebuild turn ${record.turn}: ${(issue ?? raw!.issue)!.message}`);
    this.state = applyStep(this.state, { ...raw!, watchValues: this.readWatches() }, record);
  }

  /** Makes a recorded debug move again while rebuilding the past. */
  private redoDebug(move: DebugMove, turn: number): void {
    if ('set' in move) {
      this.runner.setVariable(move.set, move.value);
      return;
    }
    this.runner.goTo(move.goto);
    const raw = this.runner.step();
    if (raw.issue) throw new Error(`cannot rebuild turn ${turn}: ${raw.issue.message}`);
    this.state = Object.freeze({ ...applyStep(this.state, { ...raw, watchValues: this.readWatches() }, null), debug: describeDebugMove(move) });
  }

  private restore(snapshot: TurnSnapshot): void {
    this.runner.loadState(snapshot.ink);
    this.state = snapshot.engine;
    this.failedFrom = null;
  }

  private readWatches(): string[] {
    return metadataOf(this.story).watches.map((w) => formatValue(this.runner.readVariable(w.variable)));
  }

  private moved(kind: Move['kind']): void {
    this.lastMove = { kind, turn: this.state.turn, serial: this.lastMove.serial + 1 };
  }
}

function formatValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  // An InkList prints its items; numbers, strings and booleans print as ink prints them.
  return (value as { toString(): string }).toString();
}
