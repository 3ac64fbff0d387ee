// Every environment variable caviar reads, read and checked here once (README "Environment").
// A bad value stops caviar at start with a usage error naming the variable, instead of, say, a
// watchdog that never fires. An empty value means unset, for every variable alike.

import os from 'node:os';
import path from 'node:path';
import { UsageError } from './errors.ts';

export interface CaviarEnv {
  /** CAVIAR_SAVES: the save folder, when set. */
  saves: string | null;
  /** CAVIAR_CACHE, else $XDG_CACHE_HOME/caviar, else ~/.cache/caviar: the compile cache. */
  cache: string;
  /** CAVIAR_CONFIG, else $XDG_CONFIG_HOME/caviar, else ~/.config/caviar: remembered settings. */
  config: string;
  /** XDG_DATA_HOME/caviar, else ~/.local/share/caviar: where saves live by default. */
  data: string;
  /** CAVIAR_STEP_LIMIT_MS: the watchdog's limit on one step of a story, when set. */
  stepLimitMs: number | null;
  /** CAVIAR_DEBUG=1: stack traces with errors. */
  debug: boolean;
  /** NO_COLOR: no colours anywhere (https://no-color.org). */
  noColor: boolean;
}

/** The variables, for `caviar --help` and the docs. */
export const ENV_VARS: ReadonlyArray<readonly [string, string]> = [
  ['CAVIAR_SAVES', 'the save folder (as --saves; default ~/.local/share/caviar/saves)'],
  ['CAVIAR_CACHE', 'the compile cache folder (default ~/.cache/caviar)'],
  ['CAVIAR_CONFIG', 'the settings folder (default ~/.config/caviar)'],
  ['CAVIAR_STEP_LIMIT_MS', 'how long one step of a story may run before the watchdog stops it (default 5000)'],
  ['CAVIAR_DEBUG', '1 shows stack traces with errors'],
  ['NO_COLOR', 'no colours'],
];

/** The longest step limit accepted: an hour is already far past any real story. */
const MAX_STEP_LIMIT_MS = 3_600_000;

const parsed = new WeakMap<NodeJS.ProcessEnv, CaviarEnv>();

/** The environment, checked; throws a UsageError naming the first bad variable. */
export function caviarEnv(env: NodeJS.ProcessEnv = process.env): CaviarEnv {
  let result = parsed.get(env);
  if (!result) {
    result = read(env);
    parsed.set(env, result);
  }
  return result;
}

function read(env: NodeJS.ProcessEnv): CaviarEnv {
  const value = (name: string) => {
    const v = env[name];
    return v === undefined || v.trim() === '' ? null : v;
  };
  const folder = (name: string) => {
    const v = value(name);
    if (v !== null && v.includes('\0')) throw new UsageError(`${name} is not a usable folder name`);
    return v === null ? null : path.resolve(v);
  };
  const home = () => value('HOME') ?? os.homedir();
  const xdg = (name: string, fallback: string[]) => folder(name) ?? path.join(home(), ...fallback);
  return {
    saves: folder('CAVIAR_SAVES'),
    cache: folder('CAVIAR_CACHE') ?? path.join(xdg('XDG_CACHE_HOME', ['.cache']), 'caviar'),
    config: folder('CAVIAR_CONFIG') ?? path.join(xdg('XDG_CONFIG_HOME', ['.config']), 'caviar'),
    data: path.join(xdg('XDG_DATA_HOME', ['.local', 'share']), 'caviar'),
    stepLimitMs: stepLimit(value('CAVIAR_STEP_LIMIT_MS')),
    debug: value('CAVIAR_DEBUG') === '1',
    noColor: value('NO_COLOR') !== null,
  };
}

function stepLimit(text: string | null): number | null {
  if (text === null) return null;
  const n = Number(text.trim());
  if (!/^\d+$/.test(text.trim()) || n < 1 || n > MAX_STEP_LIMIT_MS) {
    throw new UsageError(`CAVIAR_STEP_LIMIT_MS takes a whole number of milliseconds from 1 to ${MAX_STEP_LIMIT_MS}, not "${text}"`);
  }
  return n;
}
