// An author's look inside a story: :goto, :set, :vars, :visits, and inklecate's `-> knot` and
// ink expressions at the prompt. A move (:goto, :set, an assignment) is a debug move: recorded
// on the next choice, so saves, recordings and replays make it again at the same moment, and
// shown marked as one ("[debug] -> cellar") in plain mode and the terminal UI's transcript.

import { ExprError } from '../engine/expression.ts';
import { type DebugMove, describeDebugMove } from '../engine/state.ts';
import { StoryError } from '../errors.ts';
import { type Command, type CommandHost, type Outcome, tell } from './command.ts';

const NOT_HERE = 'Debug moves are off here (a live class).';

/** Makes a debug move and says so; what went wrong, in one line, otherwise. */
export function debugMove(host: CommandHost, move: DebugMove): Outcome {
  if (!host.debug) return tell([NOT_HERE]);
  try {
    host.session.debugMove(move);
  } catch (error) {
    if (error instanceof StoryError || error instanceof RangeError) return tell([sentence(error.message)]);
    throw error;
  }
  // A goto that fails shows its error; the autosave keeps the moment before it.
  if (!host.session.state.issue) host.autosave();
  return { messages: [`[debug] ${describeDebugMove(move)}`], show: 'goto' in move };
}

/**
 * A line typed at the prompt that is neither a number nor a :command, read as inklecate reads
 * it: `-> knot` or an ink expression or assignment. Null when it is not ink at all (a player's
 * stray word), so the caller shows its usual hint.
 */
export function inkInput(host: CommandHost, text: string): Outcome | null {
  if (text.startsWith('->')) {
    const target = text.slice(2).trim();
    if (!/^\w+(\.\w+)?$/.test(target)) return tell(['-> needs a knot or knot.stitch, as in: -> cellar']);
    return debugMove(host, { goto: target });
  }
  if (!host.debug) return null;
  try {
    const result = host.session.evaluateInput(text);
    if (result.assigned === undefined) return { ...tell([result.value]), answered: true };
    host.autosave();
    return { ...tell([`[debug] ${result.assigned} = ${result.value}`]), answered: true };
  } catch (error) {
    // One unknown word is a player's typing, not an author's expression.
    if (error instanceof ExprError && /^\w+$/.test(text)) return null;
    if (error instanceof ExprError || error instanceof RangeError) return { ...tell([sentence(error.message)]), answered: true };
    throw error;
  }
}

const sentence = (message: string) => (/[.?!)]$/.test(message) ? message : `${message}.`);

export const DEBUG_COMMANDS: readonly Command[] = [
  {
    name: 'goto',
    usage: ':goto KNOT[.STITCH]',
    help: 'go to a knot or stitch (a debug move; also -> KNOT)',
    run: (host, args) => {
      if (args.length !== 1) return tell(['Usage: :goto KNOT or :goto KNOT.STITCH']);
      return debugMove(host, { goto: args[0]! });
    },
  },
  {
    name: 'set',
    usage: ':set VAR VALUE',
    help: 'set a global variable (a debug move; VALUE is ink: 5, "text", true, x + 1)',
    run: (host, args) => {
      if (args.length < 2) return tell(['Usage: :set VAR VALUE, as in :set gold 10 or :set name "Anna"']);
      if (!host.debug) return tell([NOT_HERE]);
      return inkInput(host, `${args[0]} = ${args.slice(1).join(' ')}`) ?? tell([`The story has no global variable named "${args[0]}".`]);
    },
  },
  {
    name: 'vars',
    usage: ':vars',
    help: 'every global variable with its value',
    run: (host) => {
      if (!host.debug) return tell([NOT_HERE]);
      const globals = host.session.globals();
      if (!globals.length) return tell(['The story has no global variables.']);
      const width = Math.min(24, Math.max(...globals.map((g) => g.name.length)));
      return tell(globals.map((g) => `  ${g.name.padEnd(width)} = ${g.value}`));
    },
  },
  {
    name: 'visits',
    usage: ':visits [KNOT]',
    help: 'visit counts: of every knot and stitch seen, or of one knot and its stitches',
    run: (host, args) => {
      if (!host.debug) return tell([NOT_HERE]);
      const flows = host.session.flows();
      const scope = host.session.scope();
      const knot = args[0];
      if (knot !== undefined && !flows.includes(knot)) {
        return inkInput(host, `READ_COUNT(-> ${knot})`) ?? tell([`The story has no knot named "${knot}".`]);
      }
      const shown = knot === undefined ? flows : flows.filter((f) => f === knot || f.startsWith(`${knot}.`));
      const counted = shown.map((f) => ({ f, n: scope.visits(f) ?? 0 }));
      const seen = knot === undefined ? counted.filter((c) => c.n > 0) : counted;
      const never = counted.length - counted.filter((c) => c.n > 0).length;
      if (!seen.length) return tell(['No knot visited yet.']);
      const lines = seen.map((c) => `  ${c.f.padEnd(Math.min(32, Math.max(...seen.map((s) => s.f.length))))}  ${c.n}`);
      if (knot === undefined && never) lines.push(`  (${never} not visited yet; :visits KNOT shows one knot's stitches)`);
      return tell(lines);
    },
  },
];
