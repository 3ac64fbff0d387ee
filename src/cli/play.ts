// caviar [play] [STORY] [--plain | --raw] [--floats ink|inkjs] [--seed N] [--saves DIR] [--continue | --load SLOT] [--record FILE]
//   [--from KNOT[.STITCH]] [--path "2 1 3"]
//   [--no-anim] [--theme default|contrast] [--mouse] [--role ID] [--student NAME] [--screen-reader]

import { Controller } from '../commands/controller.ts';
import { resumeSave } from '../saves/resume.ts';
import { Session, type SessionOptions } from '../engine/session.ts';
import { classroomStart } from '../classroom/play-options.ts';
import { StoryError, UsageError } from '../errors.ts';
import { findAutosave, planAutosave } from '../saves/autosave.ts';
import type { SaveFile } from '../saves/format.ts';
import { checkReplayFile } from '../saves/replay-file.ts';
import { checkSlotName, readSaveFile, SaveStore } from '../saves/store.ts';
import { formatDiagnostic } from '../story/diagnostics.ts';
import { parseFloatPrinting } from '../story/float-text.ts';
import { setFloatPrinting } from '../story/inkjs.ts';
import { type LoadedStory, loadStory, storyFile } from '../story/load.ts';
import { metadataOf } from '../story/metadata.ts';
import { parseTheme } from '../settings.ts';
import { runPlain } from '../ui/plain/plain.ts';
import { liveReload, loadWhenGood } from './live-reload.ts';
import { canUseTui } from '../ui/tui/terminal-check.ts';
import { parseChoicePath, parseCommand } from './args.ts';
import { beforeClosedOutputExit, type CliIO, stepLimitOf } from './io.ts';
import { DEFAULT_STORY, savesDir } from './paths.ts';
import { forTerminal } from '../terminal-text.ts';
import { PLAY_USAGE } from './usage.ts';

export async function play(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand('caviar', {
    args,
    allowPositionals: true,
    options: {
      plain: { type: 'boolean' },
      raw: { type: 'boolean' },
      floats: { type: 'string' },
      seed: { type: 'string' },
      saves: { type: 'string' },
      continue: { type: 'boolean' },
      load: { type: 'string' },
      record: { type: 'string' },
      marks: { type: 'boolean' },
      watch: { type: 'boolean' },
      'no-anim': { type: 'boolean' },
      theme: { type: 'string' },
      mouse: { type: 'boolean' },
      role: { type: 'string' },
      student: { type: 'string' },
      'screen-reader': { type: 'boolean' },
      from: { type: 'string' },
      path: { type: 'string' },
    },
  });
  if (positionals.length > 1) throw new UsageError(`one story at a time, got: ${positionals.join(' ')}\nusage: ${PLAY_USAGE}`);
  if (values.continue && values.load) throw new UsageError('--continue and --load cannot be used together');
  const resuming = Boolean(values.continue || values.load);
  if (resuming && (values.from !== undefined || values.path !== undefined)) {
    throw new UsageError(`--${values.from !== undefined ? 'from' : 'path'} starts a new playthrough: it cannot be used with --continue or --load`);
  }
  if (values.from !== undefined && values.role !== undefined) throw new UsageError('--from and --role both choose where the story starts: give one');
  const startPath = values.path === undefined ? [] : parseChoicePath(values.path);
  const seed = values.seed === undefined ? undefined : parseSeed(values.seed);
  const stepLimitMs = stepLimitOf(io.env);
  if (values.load && !values.load.endsWith('.json')) checkSlotName(values.load);
  const theme = parseTheme(values.theme);
  setFloatPrinting(parseFloatPrinting(values.floats));

  const file = positionals[0] ?? DEFAULT_STORY;
  if (values.watch && storyFile(file).toLowerCase().endsWith('.json')) {
    throw new UsageError('--watch follows the .ink source files of a story; a compiled .json has none');
  }
  const story = values.watch ? await loadWhenGood(file, (text) => io.stderr.write(`${text}\n`)) : loadStory(file);
  for (const w of story.warnings) io.stderr.write(`${formatDiagnostic(w)}\n`);
  const classroom = classroomStart(story, {
    role: values.role,
    student: values.student,
    screenReader: values['screen-reader'],
    resuming: Boolean(values.load || values.continue),
  });

  // What the player is told about their saves before play: on stderr in plain mode, and in the
  // terminal UI too, whose screen would hide it until the end.
  const told: string[] = [];
  const tell = (line: string) => {
    told.push(line);
    io.stderr.write(`${line}\n`);
  };
  const store = new SaveStore(savesDir(values.saves, io.env, tell));
  const title = metadataOf(story).title;
  if (values.record) checkReplayFile(values.record, title, story.sources);
  let session: Session;
  let resumed: { slot: string | null; save: SaveFile } | null = null;
  const resume = (save: SaveFile) => {
    const back = resumeSave(story, save, { stepLimitMs });
    if (back.notice) io.stderr.write(`${back.notice}\n`);
    return back.session;
  };
  if (values.load) {
    const save = values.load.endsWith('.json') ? readSaveFile(values.load) : store.read(values.load);
    resumed = { slot: values.load.endsWith('.json') ? null : values.load, save };
  } else if (values.continue) {
    const found = findAutosave(store, title);
    if (found?.notice) tell(found.notice);
    if (found) resumed = found;
    else io.stderr.write('No autosave yet: starting from the beginning.\n');
  }
  if (resumed) session = resume(resumed.save);
  else {
    session = startAt(story, { seed, stepLimitMs, startPath: values.from ?? classroom.startPath });
    // Before any autosave: a path that does not fit changes nothing.
    followPath(session, startPath);
  }

  const plan = planAutosave(store, title, values.continue ? (resumed?.slot ?? null) : null);
  for (const notice of plan.notices) tell(notice);
  const controller = new Controller(session, store, {
    autosaveSlot: plan.slot,
    student: classroom.student ?? resumed?.save.student,
    recordFile: values.record,
  });
  if (values.record) controller.autosave(); // the recording exists from the first screen on
  const live = values.watch ? liveReload(controller) : null;
  if (!values.plain && !values.raw && !classroom.screenReader && canUseTui(io, io.env)) {
    // Loaded only here, so plain mode (pipes, screen readers, CI) never loads blessed. The UI
    // owns the signals and every other way out (src/ui/tui/lifecycle.ts).
    const { runTui } = await import('../ui/tui/index.ts');
    try {
      return await runTui(controller, io, {
        noAnim: values['no-anim'] ?? false,
        theme,
        mouse: values.mouse ?? false,
        classroom: classroom.classroom,
        onReady: (push) => {
          if (told.length) push({ messages: told, show: false });
          live?.attach(push);
        },
      });
    } finally {
      live?.stop();
    }
  }

  const stopOnSignal = (code: number) => () => {
    controller.autosave();
    process.exit(code);
  };
  const handlers: Array<[NodeJS.Signals, () => void]> = [
    ['SIGINT', stopOnSignal(130)],
    ['SIGTERM', stopOnSignal(143)],
    ['SIGHUP', stopOnSignal(129)],
  ];
  for (const [signal, handler] of handlers) process.on(signal, handler);
  const forget = beforeClosedOutputExit(() => controller.autosave());
  try {
    return await runPlain(
      controller,
      // On a terminal, no control sequence of the story's reaches it; into a pipe, ink's text exact.
      { input: io.stdin, output: forTerminal(io.stdout), errors: io.stderr },
      { screenReader: classroom.screenReader, classroom: classroom.classroom, marks: values.marks, raw: values.raw, onReady: live?.attach },
    );
  } finally {
    live?.stop();
    for (const [signal, handler] of handlers) process.off(signal, handler);
    forget();
  }
}

/** A new session; a --from place the story does not have is the user's mistake (exit 2). */
function startAt(story: LoadedStory, options: SessionOptions): Session {
  try {
    return Session.start(story, options);
  } catch (error) {
    if (error instanceof StoryError && options.startPath !== undefined) throw new UsageError(`--from: ${error.message}`);
    throw error;
  }
}

/** Takes the choices of --path in turn, as if typed; stops with a clear message where one does not fit. */
function followPath(session: Session, path: readonly number[]): void {
  path.forEach((n, i) => {
    const { state } = session;
    if (state.issue) return;
    const where = `--path: choice ${i + 1} (${n})`;
    if (state.ended) throw new UsageError(`${where}: the story has ended by then`);
    if (n > state.choices.length) throw new UsageError(`${where}: the story offers ${state.choices.length} choice${state.choices.length === 1 ? '' : 's'} there`);
    session.choose(state.choices[n - 1]!.index);
  });
}

function parseSeed(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < 0 || n > 2 ** 31 - 2) {
    throw new UsageError(`--seed takes a whole number from 0 to ${2 ** 31 - 2}, not "${text}"`);
  }
  return n;
}
