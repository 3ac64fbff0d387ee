// caviar transcript SAVE [--format md|html] [--out FILE] [--story STORY] [--saves DIR] [--theme default|contrast]
// The whole playthrough of a save (or of another transcript) as a document to hand in.

import fs from 'node:fs';
import path from 'node:path';
import { loadFacts } from '../classroom/facts.ts';
import { carriesPlaythrough, type HandIn, HandInError } from '../classroom/handin.ts';
import { cleanName } from '../escape.ts';
import { pageThemeOf } from '../classroom/page.ts';
import { readHandInFile } from '../classroom/read-handin.ts';
import { rebuildChecked } from '../classroom/rebuild.ts';
import { summaryHtml, summaryMarkdown } from '../classroom/transcript-summary.ts';
import { formatOfFile, renderTranscript, TRANSCRIPT_FORMATS, type TranscriptFormat } from '../classroom/transcript.ts';
import { UsageError } from '../errors.ts';
import { writeOutput } from '../file-write.ts';
import { AUTOSAVE, QUICKSAVE, SaveStore } from '../saves/store.ts';
import { displayPath } from '../story/compile.ts';
import { loadStory } from '../story/load.ts';
import { metadataOf } from '../story/metadata.ts';
import { loadSettings, parseTheme } from '../settings.ts';
import { parseCommand } from './args.ts';
import type { CliIO } from './io.ts';
import { DEFAULT_STORY, savesDir } from './paths.ts';
import { forTerminal, sanitizeText } from '../terminal-text.ts';
import { TRANSCRIPT_USAGE } from './usage.ts';

const HELP = `usage: ${TRANSCRIPT_USAGE}

A playthrough as a document to hand in: the whole text, the choices made, facts as numbered
notes with their sources, the ending and the debrief.

  SAVE             a save file, a transcript (it carries its playthrough), or a slot name of
                   the save folder ("autosave": the story's own autosave)
  --data DIR       a live class's data folder (caviar class start --data DIR), with
  --student NAME   the student whose seat to write
  --summary        one or two pages for grading: role, ending, objective, the key decisions
                   taken and the facts met
  --format FMT     md (Markdown, the default) or html (one print-ready page); --out FILE.html
                   chooses html too
  --out FILE       the file to write (default: the terminal)
  --story STORY    the story it was played on (default: Caviar; with --data, the class's)
  --saves DIR      the save folder slot names are looked for in
  --theme T        default or contrast (HTML)`;

export async function transcript(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand('caviar transcript', {
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      story: { type: 'string' },
      saves: { type: 'string' },
      theme: { type: 'string' },
      data: { type: 'string' },
      student: { type: 'string' },
      summary: { type: 'boolean' },
    },
  }, HELP);
  const fromClass = values.data !== undefined;
  if (fromClass ? positionals.length !== 0 || values.student === undefined : positionals.length !== 1 || values.student !== undefined) {
    throw new UsageError(fromClass ? `--data DIR needs --student NAME (and no SAVE)\nusage: ${TRANSCRIPT_USAGE}` : `usage: ${TRANSCRIPT_USAGE}`);
  }
  const format = formatFlag(values.format, values.out);
  const theme = parseTheme(values.theme);
  let file: string;
  let input: { handIn: HandIn };
  let storyFile = values.story ?? DEFAULT_STORY;
  if (fromClass) {
    const seat = await seatOf(values.data!, values.student!);
    file = seat.label;
    input = { handIn: seat.handIn };
    storyFile = values.story ?? seat.story;
  } else {
    file = inputFile(positionals[0]!, values.saves, io.env, () => metadataOf(loadStory(storyFile)).title);
    if (values.out && path.resolve(values.out) === path.resolve(file)) {
      throw new UsageError(`--out ${values.out} would write over the file it reads; choose another name`);
    }
    try {
      input = readHandInFile(file);
    } catch (error) {
      if (error instanceof HandInError) throw new UsageError(`${displayPath(file)}: ${error.message}`);
      throw error;
    }
  }
  const story = loadStory(storyFile);
  const facts = loadFacts(story.file);
  if (facts.problem) io.stderr.write(`caviar: ${displayPath(facts.file)}: ${facts.problem}; the transcript has no fact statements.\n`);
  const rebuilt = rebuildChecked(story, input.handIn, facts);
  if (!rebuilt.ok) throw new UsageError(`${displayPath(file)}: ${rebuilt.reason}`);
  if (rebuilt.playthrough.otherVersion) {
    io.stderr.write(`caviar: ${displayPath(file)} was made with another version of the story; every choice still matches, so the transcript says so and goes on.\n`);
  }
  const look = pageThemeOf(theme, loadSettings(io.env).theme, io.env);
  const p = rebuilt.playthrough;
  const text = values.summary ? (format === 'html' ? summaryHtml(p, facts, look) : summaryMarkdown(p, facts)) : renderTranscript(p, facts, format, look);
  if (!values.out) {
    forTerminal(io.stdout).write(text);
    return 0;
  }
  const handIn = input.handIn;
  writeOutput(values.out, text, {
    protect: [...(fromClass ? [] : [file]), ...story.sources, facts.file],
    mayReplace: (kind, old) => kind === 'a hand-in (a caviar transcript)' && carriesPlaythrough(old, handIn),
  });
  io.stdout.write(sanitizeText(`Transcript written to ${values.out}\n`));
  return 0;
}

/** A live class's seat, read from its database without changing it. */
async function seatOf(dataDir: string, name: string): Promise<{ label: string; handIn: HandIn; story: string }> {
  if (!dataDir.trim()) throw new UsageError('--data needs the folder of a live class, e.g. --data lesson-7b');
  // Loaded only here: SQLite and the room are not needed to write a transcript from a file.
  const [{ ClassDb }, { seatHandIn }, { Room }] = await Promise.all([import('../class/db.ts'), import('../class/handins.ts'), import('../class/room.ts')]);
  const db = ClassDb.readOnly(dataDir);
  try {
    const klass = db.classRow();
    if (!klass) throw new UsageError(`${dataDir} holds no class yet`);
    const seat = db.seat(Room.seatName(name));
    if (!seat) {
      const names = db.seats().map((s) => s.name);
      throw new UsageError(`no student "${cleanName(name)}" in this class${names.length ? `; its students are: ${names.map((n) => cleanName(n)).join(', ')}` : ' (no one has joined)'}`);
    }
    try {
      return { label: `seat ${seat.name}`, handIn: seatHandIn(seat), story: klass.story };
    } catch (error) {
      if (error instanceof HandInError) throw new UsageError(`${seat.name}: ${error.message}`);
      throw error;
    }
  } finally {
    db.close();
  }
}

function formatFlag(flag: string | undefined, out: string | undefined): TranscriptFormat {
  if (flag === undefined) return out ? formatOfFile(out) : 'md';
  if (!(TRANSCRIPT_FORMATS as readonly string[]).includes(flag)) throw new UsageError(`--format takes md or html, not "${flag}"`);
  return flag as TranscriptFormat;
}

/**
 * A path, or the name of a save slot in the saves folder; "autosave" and "quicksave" name the
 * story's own (autosave-TITLE) when there is no slot of just that name.
 */
function inputFile(arg: string, saves: string | undefined, env: NodeJS.ProcessEnv, title: () => string): string {
  if (fs.existsSync(arg) || /[\\/.]/.test(arg)) return arg;
  try {
    const store = new SaveStore(savesDir(saves, env));
    if ((arg === AUTOSAVE || arg === QUICKSAVE) && !store.exists(arg)) return store.fileOf(store.slotOf(arg, title()));
    return store.fileOf(arg);
  } catch (error) {
    if (error instanceof UsageError && !/not a valid save name/.test(error.message)) throw error;
    return arg;
  }
}
