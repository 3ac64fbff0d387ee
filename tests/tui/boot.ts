// Boots the real UI on a headless terminal (harness.ts) with a real story, session and save
// folder: only the terminal is simulated.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFailed } from 'vitest';
import type { BranchMap } from '../../src/branches/map.ts';
import { Controller } from '../../src/commands/controller.ts';
import { Session } from '../../src/engine/session.ts';
import { SaveStore } from '../../src/saves/store.ts';
import { loadStory } from '../../src/story/load.ts';
import { startTui, type TuiHandle, type TuiOptions } from '../../src/ui/tui/app.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings.ts';
import { type Headless, headless } from './harness.ts';

export const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

export interface Booted extends Headless {
  tui: TuiHandle;
  controller: Controller;
  dir: string;
  env: NodeJS.ProcessEnv;
  errors: string[];
  /** Quits, restores, cleans up; returns the exit code. */
  close(): Promise<number>;
}

export interface BootOptions {
  cols?: number;
  rows?: number;
  /** A fixture of tests/tui/fixtures, or an absolute path. */
  story?: string;
  seed?: number;
  /** Start at this knot (as --role does). */
  startPath?: string;
  /** The saves folder (default: a fresh one); runs that share it share their branch map. */
  saves?: string;
  /** A branch map made by the test (default: the one in the saves folder). */
  map?: BranchMap;
  classroom?: boolean;
  onReady?: TuiOptions['onReady'];
  settings?: Partial<Settings>;
  env?: NodeJS.ProcessEnv;
  stepLimitMs?: number;
  typewriter?: { step: number; frameMs: number };
  mouse?: boolean;
  /** Install the process handlers as the real app does: a crash anywhere ends the UI (default off). */
  guardProcess?: boolean;
}

const open: Booted[] = [];

export async function boot(options: BootOptions = {}): Promise<Booted> {
  const h = headless(options.cols ?? 100, options.rows ?? 30);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caviar-tui-'));
  const env = { ...process.env, ...options.env, CAVIAR_CONFIG: path.join(dir, 'config') };
  const name = options.story ?? 'conference.ink';
  const story = loadStory(path.isAbsolute(name) ? name : fixture(name));
  const session = Session.start(story, { seed: options.seed ?? 7, stepLimitMs: options.stepLimitMs, startPath: options.startPath });
  const controller = new Controller(session, new SaveStore(options.saves ?? path.join(dir, 'saves')), {
    clock: () => new Date('2024-05-01T10:20:00Z'),
    map: options.map,
  });
  const errors: string[] = [];
  const tui = startTui(controller, {
    input: h.input,
    output: h.output,
    errors: { write: (s: string) => errors.push(s) } as unknown as NodeJS.WritableStream,
    env,
    settings: { ...DEFAULT_SETTINGS, typewriter: false, ...options.settings },
    mouse: options.mouse ?? false,
    guardProcess: options.guardProcess ?? false,
    typewriter: options.typewriter,
    classroom: options.classroom,
    onReady: options.onReady,
  });
  await h.settle();
  const booted: Booted = {
    ...h,
    tui,
    controller,
    dir,
    env,
    errors,
    async close() {
      shown = h.text();
      tui.quit(0);
      const code = await tui.done;
      await h.settle();
      h.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
      return code;
    },
  };
  // A failing test shows the screen it saw.
  let shown = '';
  onTestFailed(() => console.log(`screen at the end:\n${shown}`));
  open.push(booted);
  return booted;
}

/** For afterEach: quits whatever a failed test left open. */
export async function closeAll(): Promise<void> {
  for (const b of open.splice(0)) await b.close();
}
