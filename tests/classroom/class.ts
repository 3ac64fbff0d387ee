// Test helpers for the classroom kit: real playthroughs of a story (random but seeded choices),
// saved exactly as `caviar play` saves them.

import fs from 'node:fs';
import path from 'node:path';
import { Controller } from '../../src/commands/controller.ts';
import { Session } from '../../src/engine/session.ts';
import type { SaveFile } from '../../src/saves/format.ts';
import type { LoadedStory } from '../../src/story/load.ts';

export interface PlayOptions {
  seed: number;
  /** The role's knot (as --role starts it), or the top of the story. */
  startPath?: string;
  student?: string;
  /** Stop after this many choices, finished or not. */
  maxTurns?: number;
  /** Seeds the choice picker (default: the seed). */
  picks?: number;
}

/** Plays random choices until an ending (or maxTurns); returns the session and its save. */
export function playRandomly(story: LoadedStory, o: PlayOptions): { session: Session; save: SaveFile } {
  const session = Session.start(story, { seed: o.seed, ...(o.startPath ? { startPath: o.startPath } : {}) });
  let rng = (o.picks ?? o.seed) % 2147483647 || 1;
  const next = () => (rng = (rng * 48271) % 2147483647);
  while (!session.state.ended && !session.state.issue && session.state.turn < (o.maxTurns ?? 10_000)) {
    const choices = session.state.choices;
    session.choose(choices[next() % choices.length]!.index);
  }
  const controller = new Controller(session, null, { student: o.student, clock: () => new Date('2026-10-02T09:30:00Z') });
  return { session, save: controller.toSave() };
}

export function writeSave(dir: string, name: string, save: SaveFile): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(save)}\n`);
  return file;
}

export const HOSTILE_NAMES = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>'];

/** True when no raw tag built from the hostile names survives in an HTML text. */
export function hasRawHostileMarkup(html: string): boolean {
  return /<script|<img|onerror=alert\(1\)>|<\/script>/i.test(html);
}
