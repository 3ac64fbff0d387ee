// Every command's flags go through here: `--help` and `-h` on every command, and node's argument
// parser's complaints (long, multi-line, about "positional arguments") turned into one line in
// caviar's words that names the command to ask for help.

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors.ts';
import { sanitizeLine } from '../terminal-text.ts';

/** Thrown when a command is asked for its help; main prints the command's usage (exit 0). */
export class HelpRequest extends Error {
  /** `text`: the command's own, longer help, printed instead of its usage line. */
  constructor(
    readonly command: string,
    readonly text?: string,
  ) {
    super(`help for ${command}`);
    this.name = 'HelpRequest';
  }
}

/**
 * parseArgs for `command` ("caviar replay", "caviar class status"): strict, with --help/-h added,
 * and every bad flag a UsageError of one line (exit 2).
 */
export function parseCommand<T extends ParseArgsConfig>(command: string, config: T, help?: string) {
  const withHelp = { ...config, strict: true, options: { ...config.options, help: { type: 'boolean', short: 'h' } } } as T;
  let parsed;
  try {
    parsed = parseArgs(withHelp);
  } catch (error) {
    throw badArgument(command, error);
  }
  if ((parsed.values as { help?: boolean }).help) throw new HelpRequest(command, help);
  return parsed;
}

function badArgument(command: string, error: unknown): unknown {
  const code = (error as { code?: string }).code;
  if (!code?.startsWith('ERR_PARSE_ARGS')) return error;
  const message = (error as Error).message;
  // The parser quotes what it did not like: the flag ('--out <value>', '-o, --out') or the argument.
  const quoted = sanitizeLine(/'(?:-[^-', ]+, )?([^' ]+)/.exec(message)?.[1] ?? '');
  const help = `see ${command} --help`;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`unknown option ${quoted} (${help})`);
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return new UsageError(`${command} takes no argument "${quoted}" (${help})`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return new UsageError(/does not take an argument/.test(message) ? `${quoted} takes no value (${help})` : `${quoted} needs a value (${help})`);
  }
  return new UsageError(`bad arguments (${help})`);
}

/** `--path "2 1 3"`: the numbers of the choices to take, as typed in play (1 is the first). */
export function parseChoicePath(text: string): number[] {
  const parts = text.trim().split(/[\s,]+/).filter(Boolean);
  if (!parts.every((p) => /^\d+$/.test(p) && Number(p) >= 1)) {
    throw new UsageError(`--path takes the numbers of choices, 1 for the first, as in --path "2 1 3"; not "${text}"`);
  }
  return parts.map(Number);
}
