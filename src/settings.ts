// Reading preferences remembered between runs, in the user's config folder ($CAVIAR_CONFIG,
// else $XDG_CONFIG_HOME/caviar, else ~/.config/caviar): never in the project or beside the
// story, which may be read-only or shared. A damaged file means defaults, never a crash. Kept
// outside the terminal UI because the documents (transcripts, reports) follow the same theme.

import fs from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import { caviarEnv } from './env.ts';
import { UsageError } from './errors.ts';
import { readTextFile } from './json-file.ts';

export type ThemeName = 'default' | 'contrast';
export const THEMES: readonly ThemeName[] = ['default', 'contrast'];

/** A `--theme` flag, checked: undefined when absent, a usage error when not a theme. */
export function parseTheme(flag: string | undefined): ThemeName | undefined {
  if (flag === undefined || (THEMES as readonly string[]).includes(flag)) return flag as ThemeName | undefined;
  throw new UsageError(`--theme takes ${THEMES.join(' or ')}, not "${flag}"`);
}

export interface Settings {
  theme: ThemeName;
  /** Reveal new text letter by letter. */
  typewriter: boolean;
}

export const DEFAULT_SETTINGS: Settings = { theme: 'default', typewriter: true };

const schema = z
  .object({
    theme: z.enum(THEMES as [ThemeName, ...ThemeName[]]).optional(),
    typewriter: z.boolean().optional(),
  })
  .passthrough();

export const settingsFile = (env: NodeJS.ProcessEnv) => path.join(caviarEnv(env).config, 'settings.json');

function readFile(env: NodeJS.ProcessEnv): Record<string, unknown> {
  try {
    const parsed = schema.safeParse(JSON.parse(readTextFile(settingsFile(env))));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export function loadSettings(env: NodeJS.ProcessEnv): Settings {
  return { ...DEFAULT_SETTINGS, ...(readFile(env) as Partial<Settings>) };
}

/** Remembers a change (only the keys given); returns a problem to tell the player, or null. */
export function saveSettings(env: NodeJS.ProcessEnv, change: Partial<Settings>): string | null {
  const file = settingsFile(env);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    writeFileAtomic.sync(file, `${JSON.stringify({ ...readFile(env), ...change }, null, 2)}\n`);
    return null;
  } catch (error) {
    return `Could not remember the setting (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`;
  }
}
