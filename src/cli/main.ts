// The caviar command line (DESIGN.md "The CLI contract").

import { caviarEnv, ENV_VARS } from '../env.ts';
import { exitCodeOf, messageOf, StoryError, UsageError } from '../errors.ts';
import { HelpRequest } from './args.ts';
import { type CliIO, processIO } from './io.ts';
import {
  CHECK_USAGE,
  CLASS_REPORT_USAGE,
  CLASS_USAGE,
  COMPILE_USAGE,
  EXPLORE_USAGE,
  HANDOUT_USAGE,
  MAP_USAGE,
  PLAY_USAGE,
  REPLAY_USAGE,
  TEST_USAGE,
  TRANSCRIPT_USAGE,
} from './usage.ts';
import { sanitizeText, sanitizingStream } from '../terminal-text.ts';

type Command = (args: string[], io: CliIO) => Promise<number>;

interface Entry {
  /** The command's code, loaded when it runs: a start reads only what that command needs. */
  load: () => Promise<Command>;
  usage: string;
  /** What the command does, under its usage line in `caviar --help`. */
  about?: string;
}

// A Map, not an object: `caviar constructor` or `caviar __proto__` must find no command.
const COMMANDS = new Map<string, Entry>([
  ['play', { load: async () => (await import('./play.ts')).play, usage: PLAY_USAGE }],
  ['check', { load: async () => (await import('./check.ts')).check, usage: CHECK_USAGE, about: 'compile and lint: problems as file:line, story statistics' }],
  ['compile', { load: async () => (await import('./compile.ts')).compileCommand, usage: COMPILE_USAGE, about: "the story's JSON, byte for byte as inkjs-compiler writes it (-c: count all visits)" }],
  ['replay', { load: async () => (await import('./replay.ts')).replay, usage: REPLAY_USAGE, about: 'play back a recording made with --record' }],
  ['test', { load: async () => (await import('./test.ts')).testCommand, usage: TEST_USAGE, about: 'run golden transcripts and recordings as tests (docs/testing.md)' }],
  ['map', { load: async () => (await import('./map.ts')).mapCommand, usage: MAP_USAGE, about: 'the branch map of every playthrough, as HTML (SVG) or Graphviz DOT' }],
  ['explore', { load: async () => (await import('./explore.ts')).exploreCommand, usage: EXPLORE_USAGE, about: 'test every branch: coverage, endings, runtime errors, loose ends (docs/explore.md)' }],
  ['transcript', { load: async () => (await import('./transcript.ts')).transcript, usage: TRANSCRIPT_USAGE, about: 'a playthrough (save or transcript) as a document to hand in' }],
  ['class-report', { load: async () => (await import('./class-report.ts')).classReport, usage: CLASS_REPORT_USAGE, about: "a class's saves and transcripts side by side (docs/teacher-guide.md)" }],
  ['handout', { load: async () => (await import('./handout.ts')).handout, usage: HANDOUT_USAGE, about: "the fact / disputed / invented handout from the story's facts file" }],
  ['class', { load: async () => (await import('./class.ts')).classCommand, usage: CLASS_USAGE, about: 'a live class: one shared story, a terminal per student (docs/teacher-guide.md)' }],
]);

const ABOUT_INDENT = ' '.repeat(28);

const USAGE = `caviar: play, test and teach with ink stories in a terminal

${[...COMMANDS.values()]
  .map((c) => {
    const usage = c.usage === CHECK_USAGE ? `${c.usage.padEnd(26)}${c.about}` : `${c.usage}${c.about ? `\n${ABOUT_INDENT}${c.about}` : ''}`;
    return `  ${usage}`;
  })
  .join('\n')}

STORY is a .ink file (compiled on the fly) or a compiled .json; default: the bundled Caviar.
Plain mode (--plain, or when not on a terminal): type a choice's number, or :help.
Every command takes --help.

Environment:
${ENV_VARS.map(([name, meaning]) => `  ${name.padEnd(22)}${meaning}`).join('\n')}`;

/** `caviar NAME --help`: the command's usage and what it does. */
function commandHelp(command: string): string {
  const name = command.split(' ')[1];
  const entry = (name !== undefined && COMMANDS.get(name)) || COMMANDS.get('play')!;
  return `usage: ${entry.usage}\n${entry.about ? `\n${entry.about}\n` : ''}`;
}

export async function main(argv: string[], given: CliIO = processIO()): Promise<number> {
  // Everything on stderr is caviar's messages, which quote files, saves, hand-ins and stories:
  // no control sequence in them reaches the terminal.
  const io: CliIO = { ...given, stderr: sanitizingStream(given.stderr) };
  if (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const named = argv[0] === undefined ? undefined : COMMANDS.get(argv[0]);
  const entry = named ?? COMMANDS.get('play')!;
  const args = named ? argv.slice(1) : argv;
  try {
    caviarEnv(io.env); // every variable checked before anything runs
    const run = await entry.load();
    return await run(args, io);
  } catch (error) {
    if (error instanceof HelpRequest) {
      io.stdout.write(error.text !== undefined ? `${error.text}\n` : error.command === 'caviar' ? `${USAGE}\n` : commandHelp(error.command));
      return 0;
    }
    return report(error, io);
  }
}

function report(error: unknown, io: CliIO): number {
  const known = error instanceof StoryError || error instanceof UsageError;
  if (io.env.CAVIAR_DEBUG === '1' && error instanceof Error) io.stderr.write(`${error.stack}\n`);
  // A message may quote a file's bytes or a name someone typed: no control sequence reaches the terminal.
  const message = sanitizeText(messageOf(error));
  if (known) io.stderr.write(`caviar: ${message}\n`);
  else io.stderr.write(`caviar: internal error: ${message}\n(Run again with CAVIAR_DEBUG=1 for details.)\n`);
  return exitCodeOf(error);
}
