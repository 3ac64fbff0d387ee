// The terminal UI's entry point for `caviar play`.

import type { Controller, Outcome } from '../../commands/controller.ts';
import { startTui } from './app.ts';
import { loadSettings } from '../../settings.ts';
import type { ThemeName } from './theme.ts';

export interface TuiFlags {
  /** --no-anim: no typewriter reveal in this run. */
  noAnim: boolean;
  /** --theme: this run's theme (the remembered one otherwise). */
  theme?: ThemeName;
  /** --mouse: wheel scrolls, a click takes a choice. */
  mouse: boolean;
  /** --role or --student: the briefing at the start, the debrief at each ending. */
  classroom?: boolean;
  /** --watch: receives the UI's way of showing a reload (live-reload.ts attach). */
  onReady?: (push: (outcome: Outcome) => void) => void;
}

export interface TuiIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

/** Plays in the full-screen UI until the player leaves; resolves with the exit code. */
export function runTui(controller: Controller, io: TuiIO, flags: TuiFlags): Promise<number> {
  const remembered = loadSettings(io.env);
  const settings = {
    ...remembered,
    ...(flags.theme ? { theme: flags.theme } : {}),
    ...(flags.noAnim ? { typewriter: false } : {}),
  };
  const tui = startTui(controller, {
    input: io.stdin,
    output: io.stdout,
    errors: io.stderr,
    env: io.env,
    settings,
    mouse: flags.mouse,
    guardProcess: true,
    classroom: flags.classroom,
    onReady: flags.onReady,
  });
  return tui.done;
}
