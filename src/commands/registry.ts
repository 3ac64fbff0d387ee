// Every `:command`, in the order the help list shows them. A feature's commands live in its own
// file here (session, saves, branches, classroom, an author's debugging); the help list is made from this table.

import { BRANCH_COMMANDS } from './branch-commands.ts';
import { CLASSROOM_COMMANDS } from './classroom-commands.ts';
import { type Command, tell } from './command.ts';
import { DEBUG_COMMANDS } from './debug-commands.ts';
import { SAVE_COMMANDS } from './save-commands.ts';
import { QUIT_COMMAND, SESSION_COMMANDS } from './session-commands.ts';

const HELP: Command = {
  name: 'help',
  aliases: ['h', '?'],
  usage: ':help',
  help: 'this list',
  run: () => tell(['Type the number of a choice, or one of these commands:', ...helpLines()]),
};

export const COMMANDS: readonly Command[] = [HELP, ...SAVE_COMMANDS, ...SESSION_COMMANDS, ...BRANCH_COMMANDS, ...CLASSROOM_COMMANDS, ...DEBUG_COMMANDS, QUIT_COMMAND];

// A Map, not an object: a typed name such as "constructor" or "__proto__" must find nothing.
const BY_NAME = new Map<string, Command>(COMMANDS.flatMap((c) => [c.name, ...(c.aliases ?? [])].map((n) => [n, c] as const)));

export function findCommand(name: string): Command | undefined {
  return BY_NAME.get(name.toLowerCase());
}

/** The help list: one line per command. */
export function helpLines(): string[] {
  return COMMANDS.map((c) => `  ${c.usage.padEnd(18)}${c.help}`);
}
