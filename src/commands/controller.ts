// The command layer both front ends share: a choice by number, or a `:command` from the table
// (registry.ts). It holds the session and what follows it (the autosave, the recording, the
// branch map), so every feature works the same in plain mode and in the terminal UI, and tests
// and the live classroom can drive sessions without a terminal.

import path from 'node:path';
import { BranchMap, mapFileName } from '../branches/map.ts';
import { BranchTracker } from '../branches/tracker.ts';
import { PrintedPath } from '../engine/passage-text.ts';
import type { Session } from '../engine/session.ts';
import { UsageError } from '../errors.ts';
import { buildSave, type SaveFile } from '../saves/format.ts';
import { replayFileOf, writeReplayFile } from '../saves/replay-file.ts';
import { AUTOSAVE, type SlotStore } from '../saves/store.ts';
import { reloadPath } from '../engine/reload.ts';
import { describeDivergence, quoted } from '../engine/replay.ts';
import type { ThemeName } from '../settings.ts';
import { jumpTo } from './branch-commands.ts';
import { type CommandHost, type Outcome, tell } from './command.ts';
import { inkInput } from './debug-commands.ts';
import { findCommand } from './registry.ts';
import { loadFrom, saveTo } from './save-commands.ts';

export type { Outcome } from './command.ts';

export interface ControllerOptions {
  /** The slot autosaves go to (default: the story's own autosave); null turns autosave off. */
  autosaveSlot?: string | null;
  clock?: () => Date;
  student?: string;
  /** `--record FILE`: the path so far is written there after every move, for `caviar replay`. */
  recordFile?: string;
  /** The story's branch map; default: the map file in the saves folder (in memory without one). */
  map?: BranchMap;
  /** This run's `--theme`, for the documents a command writes. */
  theme?: ThemeName;
  env?: NodeJS.ProcessEnv;
  /** Commands may read and write files the player names (default true; see CommandHost.files). */
  files?: boolean;
  /** An author's debug moves and looks inside (default true; see CommandHost.debug). */
  debug?: boolean;
  /** Called after every move, before it is saved (a live class shares variables here). */
  onMove?: (controller: Controller) => void;
  /** Why the player may not choose now ("Waiting for your teacher"), or null: a live class's holds. */
  gate?: () => string | null;
}

export class Controller implements CommandHost {
  private readonly clock: () => Date;
  private readonly autosaveSlot: string | null;
  private createdAt: string | undefined;
  readonly branches: BranchTracker;
  readonly env: NodeJS.ProcessEnv;
  readonly files: boolean;
  readonly debug: boolean;
  private saveTrouble: { text: string; told: boolean } | null = null;
  /** What plain mode printed at each turn, for the recording (`caviar test` compares against it). */
  private readonly printed = new PrintedPath();

  constructor(
    private current: Session,
    readonly store: SlotStore | null,
    private readonly options: ControllerOptions = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.env = options.env ?? process.env;
    this.files = options.files ?? true;
    this.debug = options.debug ?? true;
    this.autosaveSlot = options.autosaveSlot === undefined ? (store?.slotOf(AUTOSAVE, current.state.title) ?? AUTOSAVE) : options.autosaveSlot;
    const map = options.map ?? BranchMap.open(store?.dir ? path.join(store.dir, mapFileName(current.state.title)) : null, this.clock);
    this.branches = new BranchTracker(map);
    if (current.state.turn === 0) map.startPlaythrough(current.seed, current.options.startPath);
    this.branches.follow(current);
  }

  get session(): Session {
    return this.current;
  }

  get map(): BranchMap {
    return this.branches.map;
  }

  get theme(): ThemeName | undefined {
    return this.options.theme;
  }

  /** The map node where the player stands. */
  get currentNode(): string {
    return this.branches.currentNode;
  }

  /** Indices (0-based, as in state.choices) of the current choices taken here in any playthrough. */
  seenChoices(): Set<number> {
    return this.branches.seenChoices(this.current);
  }

  replaceSession(session: Session, createdAt?: string): void {
    this.current = session;
    if (createdAt !== undefined) this.createdAt = createdAt;
    this.autosave();
  }

  /** Why the player may not choose now, or null (see ControllerOptions.gate). */
  gate(): string | null {
    return this.options.gate?.() ?? null;
  }

  /** A choice by its number as shown (1-based). */
  pick(n: number): Outcome {
    const { state } = this.current;
    const gate = this.gate();
    if (gate && state.choices.length) return tell([gate]);
    if (state.issue) {
      return tell(['The story stopped on an error: :undo goes back, :load NAME loads a save, :quit leaves.']);
    }
    if (state.ended) {
      return tell(['The story has ended: :back N or :restart to take another path, :quit to leave.']);
    }
    const choice = state.choices[n - 1];
    if (!choice) return tell([`Type a number from 1 to ${state.choices.length}, or :help.`]);
    this.current.choose(choice.index);
    if (!this.current.state.issue) this.autosave();
    return this.withSaveTrouble({ messages: [], show: true });
  }

  /** One line of input: a number, or a command starting with ':'. */
  input(line: string): Outcome {
    const text = line.trim();
    if (/^\d+$/.test(text)) return this.pick(Number(text));
    if (!text.startsWith(':')) {
      const ink = text ? inkInput(this, text) : null;
      if (ink) return this.withSaveTrouble(ink);
      const { state } = this.current;
      const range = state.choices.length ? `a number from 1 to ${state.choices.length}` : 'a command';
      return tell([`Type ${range}, or :help for the commands.`]);
    }
    const [name = '', ...args] = text.slice(1).trim().split(/\s+/);
    const command = findCommand(name);
    if (!command) {
      // The terminal UI's line starts with ":", so `:-> cellar` and `:gold + 1` are ink too.
      const ink = inkInput(this, text.slice(1).trim());
      return ink ? this.withSaveTrouble(ink) : tell([`Unknown command :${name}. Type :help for the commands.`]);
    }
    try {
      return this.withSaveTrouble(command.run(this, args));
    } catch (error) {
      if (error instanceof UsageError || error instanceof RangeError) return tell([error.message]);
      throw error;
    }
  }

  /** Goes to any node of the branch map, restoring that moment exactly. */
  jumpTo(id: string): Outcome {
    return jumpTo(this, id);
  }

  save(slot: string): Outcome {
    return saveTo(this, slot);
  }

  load(slotOrFile: string): Outcome {
    return loadFrom(this, slotOrFile);
  }

  /**
   * Writes the autosave (and the recording, and the branch map); after a failed step, the last
   * good moment. A save folder that cannot be written (full, read-only, not a folder) must not
   * stop the story: the player is told once, and play goes on.
   */
  autosave(): void {
    if (!this.current.state.issue) {
      this.options.onMove?.(this);
      this.branches.follow(this.current);
    }
    try {
      if (this.options.recordFile) {
        this.printed.follow(this.current.state);
        writeReplayFile(this.options.recordFile, replayFileOf(this.current, this.clock(), this.options.recordFile, this.printed.get()));
      }
      if (this.store && this.autosaveSlot) this.store.write(this.autosaveSlot, this.toSave());
      this.saveTrouble = null;
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      if (!this.saveTrouble) this.saveTrouble = { told: false, text: `Could not autosave (${reason}): your progress is not being saved.` };
    }
  }

  /** Adds the autosave problem to what the player is told, the first time it happens. */
  private withSaveTrouble(outcome: Outcome): Outcome {
    if (!this.saveTrouble || this.saveTrouble.told) return outcome;
    this.saveTrouble.told = true;
    return { ...outcome, messages: [...outcome.messages, this.saveTrouble.text] };
  }

  toSave(): SaveFile {
    const save = buildSave(
      this.current.snapshot(),
      { title: this.current.state.title, hash: this.current.story.hash, createdAt: this.createdAt, student: this.options.student },
      this.clock(),
    );
    this.createdAt ??= save.createdAt;
    return save;
  }

  /**
   * Switches to a new version of the story (live reload), replaying the current path on it up to
   * where it no longer fits; a choice only reworded is followed by its position, and said.
   */
  reload(story: Session['story']): Outcome {
    const total = this.current.path().length;
    const { result, passages, changedLines } = reloadPath(this.current, story);
    this.replaceSession(result.session);
    const choices = (n: number) => `${n} choice${n === 1 ? '' : 's'}`;
    const lines = changedLines ? ` ${changedLines} line${changedLines === 1 ? '' : 's'} changed.` : ' No text changed.';
    const messages = [
      result.divergence
        ? `Story reloaded: replayed ${result.applied} of your ${choices(total)}.${lines}`
        : `Story reloaded: replayed your ${choices(total)}.${lines}`,
    ];
    for (const r of result.reworded) {
      messages.push(`The choice of turn ${r.turn}, ${quoted(r.was)}, now reads ${quoted(r.now)}: followed by its position (${r.position}).`);
    }
    if (result.divergence) messages.push(`Your path no longer fits: ${describeDivergence(result.divergence)}.`);
    return { messages, show: true, reloaded: passages };
  }
}
