// The command layer both front ends share: a choice by number, or a `:command`. It owns the
// session's saves (autosave after every move) so that every feature works the same in plain
// mode and in the terminal UI, and tests can drive it without a terminal.

import path from 'node:path';
import { summarizeEndings, renderEndings } from '../branches/endings.ts';
import { BranchMap, mapFileName, nodeId, rootId } from '../branches/map.ts';
import { buildTree, renderTree } from '../branches/tree.ts';
import { CLASSROOM_COMMANDS, classroomCommand } from '../classroom/commands.ts';
import { endingsOf } from '../story/endings.ts';
import { UsageError } from '../errors.ts';
import { localTime } from '../local-time.ts';
import { buildSave, snapshotOf, type SaveFile } from '../saves/format.ts';
import { replayFileOf, writeReplayFile } from '../saves/replay-file.ts';
import { AUTOSAVE, QUICKSAVE, readSaveFile, type SaveStore } from '../saves/store.ts';
import { describeDivergence, replay } from './replay.ts';
import { Session, type SessionOptions } from './session.ts';

export interface Outcome {
  /** Lines to tell the player (not story text). */
  messages: string[];
  /** The passage and choices changed (or should be shown again). */
  show: boolean;
  quit?: boolean;
}

export interface ControllerOptions {
  /** The slot autosaves go to; null turns autosave off. */
  autosaveSlot?: string | null;
  clock?: () => Date;
  student?: string;
  /** `--record FILE`: the path so far is written there after every move, for `caviar replay`. */
  recordFile?: string;
  /** The story's branch map; default: the map file in the saves folder (in memory without one). */
  map?: BranchMap;
}

export const COMMANDS: Array<[string, string]> = [
  [':help', 'this list'],
  [':save [NAME]', 'save to slot NAME (default: quicksave)'],
  [':load [NAME]', 'load slot NAME (default: quicksave)'],
  [':saves', 'list the save slots'],
  [':undo', 'take back the last choice'],
  [':redo', 'take again a choice you took back'],
  [':back N', 'return to the moment before choice N'],
  [':history', 'every choice so far'],
  [':restart', 'start the story again (:redo replays the path)'],
  [':map', 'the branch map: every path taken, in every playthrough'],
  [':endings', 'the endings reached, out of all the story has'],
  ...CLASSROOM_COMMANDS,
  [':quit', 'save and leave'],
];

export class Controller {
  private readonly clock: () => Date;
  private readonly autosaveSlot: string | null;
  private createdAt: string | undefined;
  readonly map: BranchMap;
  /** The map node of each turn of the current path (index = turn). */
  private nodePath: string[] = [];
  private saveTrouble: { text: string; told: boolean } | null = null;

  constructor(
    public session: Session,
    readonly store: SaveStore | null,
    private readonly options: ControllerOptions = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.autosaveSlot = options.autosaveSlot === undefined ? AUTOSAVE : options.autosaveSlot;
    this.map = options.map ?? BranchMap.open(store ? path.join(store.dir, mapFileName(session.state.title)) : null);
    if (session.state.turn === 0) this.map.startPlaythrough(session.seed, session.options.startPath);
    this.syncMap();
  }

  /** The map node where the player stands. */
  get currentNode(): string {
    return this.nodePath[this.nodePath.length - 1]!;
  }

  /** Indices (0-based, as in state.choices) of the current choices taken here in any playthrough. */
  seenChoices(): Set<number> {
    const taken = this.map.taken(this.currentNode);
    return new Set(this.session.state.choices.flatMap((c, i) => (taken.has(c.text) ? [i] : [])));
  }

  /** Goes to any node of the branch map, restoring that moment exactly (its path, replayed with its seed). */
  jumpTo(id: string): Outcome {
    const node = this.map.nodes.get(id);
    if (!node) return this.tell(['That point is not on the branch map.']);
    const steps = this.map.pathTo(id);
    const { session } = this;
    if (node.seed === session.seed && node.start === session.options.startPath) {
      // Same playthrough settings: step back to where the paths part, then forward.
      const here = session.path();
      let common = 0;
      while (common < steps.length && common < here.length && here[common]!.text === steps[common]!.text) common++;
      if (common < here.length) session.back(common + 1);
      const rest = replayRest(session, steps.slice(common));
      this.nodePath = []; // several steps at once: syncMap rebuilds the path instead of adding one
      this.autosave();
      return { messages: rest ? [rest] : [], show: true };
    }
    const records = steps.map((s, i) => ({ turn: i + 1, index: s.index, text: s.text }));
    const result = replay(session.story, node.seed, records, { ...session.options, startPath: node.start });
    this.session = result.session;
    this.nodePath = [];
    this.autosave();
    return { messages: result.divergence ? [`Could not go all the way: ${describeDivergence(result.divergence)}.`] : [], show: true };
  }

  /** Brings the node path in line with the session after any move, recording new nodes. */
  private syncMap(): void {
    const { session } = this;
    const path = session.path();
    const turn = path.length;
    if (this.nodePath.length > turn + 1) this.nodePath.length = turn + 1;
    if (this.nodePath.length === turn && turn > 0) {
      this.nodePath.push(this.map.step(this.nodePath[turn - 1]!, path[turn - 1]!, session.state, session.seed, session.options.startPath));
    } else if (this.nodePath.length !== turn + 1) {
      this.nodePath = [rootId(session.options.startPath)];
      this.map.visit(path, session.state, session.seed, session.options.startPath);
      for (const choice of path) this.nodePath.push(nodeId(this.nodePath[this.nodePath.length - 1]!, choice.text));
    }
  }

  private renderMap(): string[] {
    const roots = this.map.roots();
    const titles = new Map(endingsOf(this.session.story.json).map((e) => [e.id, e.title]));
    const endings = summarizeEndings(this.session.story.json, this.map);
    const lines = [
      `Branch map of ${this.session.state.title}: ${this.map.playthroughs} playthrough${this.map.playthroughs === 1 ? '' : 's'}, ` +
        `${this.map.nodes.size} choice points seen, ${endings.reached} of ${endings.total} endings reached.`,
    ];
    for (const root of roots) lines.push(...renderTree(buildTree(this.map, root, this.currentNode), titles));
    return lines;
  }

  /** A choice by its number as shown (1-based). */
  pick(n: number): Outcome {
    const { state } = this.session;
    if (state.issue) {
      return this.tell(['The story stopped on an error: :undo goes back, :load NAME loads a save, :quit leaves.']);
    }
    if (state.ended) {
      return this.tell(['The story has ended: :back N or :restart to take another path, :quit to leave.']);
    }
    const choice = state.choices[n - 1];
    if (!choice) return this.tell([`Type a number from 1 to ${state.choices.length}, or :help.`]);
    this.session.choose(choice.index);
    if (!this.session.state.issue) this.autosave();
    return this.withSaveTrouble({ messages: [], show: true });
  }

  /** One line of input: a number, or a command starting with ':'. */
  input(line: string): Outcome {
    const text = line.trim();
    if (/^\d+$/.test(text)) return this.pick(Number(text));
    if (!text.startsWith(':')) {
      const { state } = this.session;
      const range = state.choices.length ? `a number from 1 to ${state.choices.length}` : 'a command';
      return this.tell([`Type ${range}, or :help for the commands.`]);
    }
    const [name = '', ...args] = text.slice(1).trim().split(/\s+/);
    try {
      return this.withSaveTrouble(this.command(name.toLowerCase(), args));
    } catch (error) {
      if (error instanceof UsageError || error instanceof RangeError) return this.tell([error.message]);
      throw error;
    }
  }

  private command(name: string, args: string[]): Outcome {
    switch (name) {
      case 'help':
      case 'h':
      case '?':
        return this.tell([
          'Type the number of a choice, or one of these commands:',
          ...COMMANDS.map(([c, what]) => `  ${c.padEnd(18)}${what}`),
        ]);
      case 'save':
        return this.save(args[0] ?? QUICKSAVE);
      case 'load':
        return this.load(args[0] ?? QUICKSAVE);
      case 'saves':
        return this.tell(this.listSaves());
      case 'undo':
        if (!this.session.undo()) return this.tell(['Nothing to undo: this is the start of the story.']);
        this.autosave();
        return { messages: [`Back to turn ${this.session.state.turn}.`], show: true };
      case 'redo':
        if (!this.session.redo()) return this.tell(['Nothing to redo.']);
        if (!this.session.state.issue) this.autosave();
        return { messages: [], show: true };
      case 'back': {
        const n = Number(args[0]);
        if (!args[0] || !Number.isInteger(n)) return this.tell(['Usage: :back N, where N is a choice number from :history.']);
        this.session.back(n);
        this.autosave();
        return { messages: [`Back to the moment before choice ${n}.`], show: true };
      }
      case 'history':
        return this.tell(this.history());
      case 'restart':
        this.session.restart();
        this.autosave();
        return { messages: ['Back to the start. (:redo replays your path.)'], show: true };
      case 'map':
        return this.tell(this.renderMap());
      case 'endings':
        return this.tell(renderEndings(summarizeEndings(this.session.story.json, this.map)));
      case 'quit':
      case 'q':
      case 'exit':
        this.autosave();
        return { messages: [], show: false, quit: true };
      default:
        return classroomCommand(name, args, this) ?? this.tell([`Unknown command :${name}. Type :help for the commands.`]);
    }
  }

  /**
   * Writes the autosave (and the recording, and the branch map); after a failed step, the last
   * good moment. A save folder that cannot be written (full, read-only, not a folder) must not
   * stop the story: the player is told once, and play goes on.
   */
  autosave(): void {
    if (!this.session.state.issue) this.syncMap();
    try {
      if (this.options.recordFile) writeReplayFile(this.options.recordFile, replayFileOf(this.session, this.clock()));
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
      this.session.snapshot(),
      { title: this.session.state.title, hash: this.session.story.hash, createdAt: this.createdAt, student: this.options.student },
      this.clock(),
    );
    this.createdAt ??= save.createdAt;
    return save;
  }

  save(slot: string): Outcome {
    if (!this.store) return this.tell(['Saving is off in this session.']);
    const file = this.store.fileOf(slot);
    if (this.store.exists(slot)) {
      try {
        readSaveFile(file);
      } catch {
        return this.tell([`${slot} holds a file that is not a valid save; it was left alone. Choose another name.`]);
      }
    }
    try {
      this.store.write(slot, this.toSave());
    } catch (error) {
      return this.tell([`Could not save as "${slot}" (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`]);
    }
    return this.tell([`Saved as "${slot}" (turn ${this.session.state.turn}).`]);
  }

  load(slotOrFile: string): Outcome {
    if (!this.store) return this.tell(['Saves are off in this session.']);
    const save = slotOrFile.endsWith('.json') ? readSaveFile(slotOrFile) : this.store.read(slotOrFile);
    const { session, notice } = resumeSave(this.session.story, save, this.session.options);
    this.session = session;
    this.nodePath = [];
    this.createdAt = save.createdAt;
    this.autosave();
    return { messages: [...(notice ? [notice] : []), `Loaded "${slotOrFile}" (turn ${this.session.state.turn}).`], show: true };
  }

  /**
   * Switches to a new version of the story (live reload), replaying the current path on it up to
   * where it no longer fits.
   */
  reload(story: Session['story']): Outcome {
    const path = this.session.path();
    const result = replay(story, this.session.seed, path, { ...this.session.options });
    this.session = result.session;
    this.nodePath = [];
    this.autosave();
    const message = result.divergence
      ? `Story reloaded; your path no longer fits ${describeDivergence(result.divergence)}: stopped at turn ${result.applied} of ${path.length}.`
      : `Story reloaded; replayed your ${path.length} choice${path.length === 1 ? '' : 's'}.`;
    return { messages: [message], show: true };
  }

  private listSaves(): string[] {
    const slots = this.store?.list() ?? [];
    if (!slots.length) return ['No saves yet.'];
    return slots.map(({ slot, save, problem }) => {
      if (!save) return `  ${slot.padEnd(16)} (unreadable: ${problem})`;
      const when = localTime(save.updatedAt);
      const last = save.choices.at(-1)?.text ?? '(start)';
      const other = save.story.hash === this.session.story.hash ? '' : `  [${save.story.title}, another version]`;
      return `  ${slot.padEnd(16)} ${when}  turn ${String(save.engine.turn).padStart(3)}  ${last}${other}`;
    });
  }

  private history(): string[] {
    const path = this.session.path();
    if (!path.length) return ['No choices yet.'];
    return [...path.map((c) => `  ${String(c.turn).padStart(3)}. ${c.text}`), `Now at turn ${this.session.state.turn}.`];
  }

  private tell(messages: string[]): Outcome {
    return { messages, show: false };
  }
}

/** A session put back where a save left it, and what the player should be told about it. */
export interface Resumed {
  session: Session;
  /** Set when the save was made with another version of the story. */
  notice: string | null;
}

/**
 * Resumes a save. A save of this very version of the story loads exactly (its ink state). A save
 * made with another version is never loaded blindly, since ink state in a changed story runs the
 * wrong content silently (INKJS-NOTES.md): its choices are replayed on the story as it is now,
 * each checked by its text, up to the first that no longer fits, and the notice says where.
 */
export function resumeSave(story: Session['story'], save: SaveFile, options: SessionOptions = {}): Resumed {
  const snapshot = snapshotOf(save);
  if (save.story.hash === story.hash) return { session: Session.resume(story, snapshot, options), notice: null };
  const result = replay(story, save.seed, save.choices, { ...options, startPath: snapshot.startPath });
  if (result.session.state.title !== save.story.title) {
    throw new UsageError(`that is a save of "${save.story.title}", not of "${result.session.state.title}": it was not loaded`);
  }
  const total = save.choices.length;
  const notice = result.divergence
    ? `This save was made with another version of the story. Its path no longer fits ${describeDivergence(result.divergence)}; ` +
      `it was loaded up to turn ${result.applied} of ${total}. The save file was left as it is.`
    : `This save was made with another version of the story: all ${total} choices were replayed on the story as it is now.`;
  return { session: result.session, notice };
}

/** Takes the given choices one by one by their text; says where that was no longer possible. */
function replayRest(session: Session, steps: Array<{ text: string }>): string | null {
  for (const step of steps) {
    const choice = session.state.choices.find((c) => c.text === step.text);
    if (!choice) return `Could not go all the way: the story no longer offers "${step.text}" at turn ${session.state.turn + 1}.`;
    session.choose(choice.index);
    if (session.state.issue) return `Could not go all the way: ${session.state.issue.message}`;
  }
  return null;
}
