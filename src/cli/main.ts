// The caviar command line (DESIGN.md "The CLI contract").

import { caviarEnv } from '../env.ts';
import { exitCodeOf, messageOf, StoryError, UsageError } from '../errors.ts';
import { check } from './check.ts';
import { CLASS_USAGE, classCommand } from './class.ts';
import { CLASS_REPORT_USAGE, classReport } from './class-report.ts';
import { EXPLORE_USAGE, exploreCommand } from './explore.ts';
import { HANDOUT_USAGE, handout } from './handout.ts';
import { type CliIO, processIO } from './io.ts';
import { play, PLAY_USAGE } from './play.ts';
import { replay } from './replay.ts';
import { TEST_USAGE, testCommand } from './test.ts';
import { MAP_USAGE, mapCommand } from './map.ts';
import { transcript, TRANSCRIPT_USAGE } from './transcript.ts';

const USAGE = `caviar: play, test and teach with ink stories in a terminal

  ${PLAY_USAGE}
  caviar check STORY        compile and lint: problems as file:line, story statistics
  caviar replay FILE [--plain] [--story STORY]
                            play back a recording made with --record
  ${TEST_USAGE}
                            run golden transcripts and recordings as tests (docs/testing.md)
  ${MAP_USAGE}
                            the branch map of every playthrough, as HTML (SVG) or Graphviz DOT
  ${EXPLORE_USAGE}
                            test every branch: coverage, endings, runtime errors, loose ends (docs/explore.md)
  ${TRANSCRIPT_USAGE}
                            a playthrough (save or transcript) as a document to hand in
  ${CLASS_REPORT_USAGE}
                            a class's saves and transcripts side by side (docs/teacher-guide.md)
  ${HANDOUT_USAGE}
                            the fact / disputed / invented handout from the story's facts file
  ${CLASS_USAGE}
                            a live class: one shared story, a terminal per student (docs/teacher-guide.md)

STORY is a .ink file (compiled on the fly) or a compiled .json; default: the bundled Caviar.
Plain mode (--plain, or when not on a terminal): type a choice's number, or :help.`;

type Command = (args: string[], io: CliIO) => Promise<number>;
// A Map, not an object: `caviar constructor` or `caviar __proto__` must find no command.
const COMMANDS = new Map<string, Command>([
  ['play', play],
  ['check', check],
  ['replay', replay],
  ['test', testCommand],
  ['map', mapCommand],
  ['explore', exploreCommand],
  ['transcript', transcript],
  ['class-report', classReport],
  ['handout', handout],
  ['class', classCommand],
]);

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  if (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const named = argv[0] === undefined ? undefined : COMMANDS.get(argv[0]);
  const run = named ?? play;
  const args = named ? argv.slice(1) : argv;
  try {
    caviarEnv(io.env); // every variable checked before anything runs
    return await run(args, io);
  } catch (error) {
    return report(error, io);
  }
}

function report(error: unknown, io: CliIO): number {
  const known = error instanceof StoryError || error instanceof UsageError;
  // parseArgs rejects unknown flags with a TypeError carrying this code.
  const badFlag = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  if (io.env.CAVIAR_DEBUG === '1' && error instanceof Error) io.stderr.write(`${error.stack}\n`);
  if (known) io.stderr.write(`caviar: ${messageOf(error)}\n`);
  else if (badFlag) io.stderr.write(`caviar: ${messageOf(error)}\nTry: caviar --help\n`);
  else io.stderr.write(`caviar: internal error: ${messageOf(error)}\n(Run again with CAVIAR_DEBUG=1 for details.)\n`);
  return badFlag ? 2 : exitCodeOf(error);
}
