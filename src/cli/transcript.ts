// caviar transcript SAVE [--format md|html] [--out FILE] [--story STORY] [--saves DIR] [--theme default|contrast]
// The whole playthrough of a save (or of another transcript) as a document to hand in.

import fs from 'node:fs';
import path from 'node:path';
import { loadFacts } from '../classroom/facts.ts';
import { carriesPlaythrough, HandInError } from '../classroom/handin.ts';
import { pageThemeOf } from '../classroom/page.ts';
import { readHandInFile } from '../classroom/read-handin.ts';
import { rebuildChecked } from '../classroom/rebuild.ts';
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

export const TRANSCRIPT_USAGE = 'caviar transcript SAVE [--format md|html] [--out FILE] [--story STORY] [--theme default|contrast]';

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
    },
  });
  if (positionals.length !== 1) throw new UsageError(`usage: ${TRANSCRIPT_USAGE}`);
  const format = formatFlag(values.format, values.out);
  const theme = parseTheme(values.theme);
  const file = inputFile(positionals[0]!, values.saves, io.env, () => metadataOf(loadStory(values.story ?? DEFAULT_STORY)).title);
  if (values.out && path.resolve(values.out) === path.resolve(file)) {
    throw new UsageError(`--out ${values.out} would write over the file it reads; choose another name`);
  }

  let input;
  try {
    input = readHandInFile(file);
  } catch (error) {
    if (error instanceof HandInError) throw new UsageError(`${displayPath(file)}: ${error.message}`);
    throw error;
  }
  const story = loadStory(values.story ?? DEFAULT_STORY);
  const facts = loadFacts(story.file);
  if (facts.problem) io.stderr.write(`caviar: ${displayPath(facts.file)}: ${facts.problem}; the transcript has no fact statements.\n`);
  const rebuilt = rebuildChecked(story, input.handIn, facts);
  if (!rebuilt.ok) throw new UsageError(`${displayPath(file)}: ${rebuilt.reason}`);
  if (rebuilt.playthrough.otherVersion) {
    io.stderr.write(`caviar: ${displayPath(file)} was made with another version of the story; every choice still matches, so the transcript says so and goes on.\n`);
  }
  const text = renderTranscript(rebuilt.playthrough, facts, format, pageThemeOf(theme, loadSettings(io.env).theme, io.env));
  if (!values.out) {
    forTerminal(io.stdout).write(text);
    return 0;
  }
  const handIn = input.handIn;
  writeOutput(values.out, text, {
    protect: [file, ...story.sources, facts.file],
    mayReplace: (kind, old) => kind === 'a hand-in (a caviar transcript)' && carriesPlaythrough(old, handIn),
  });
  io.stdout.write(sanitizeText(`Transcript written to ${values.out}\n`));
  return 0;
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
