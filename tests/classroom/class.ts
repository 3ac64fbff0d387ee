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

/** Plays the choice `pick` names (by its text, among those offered) until an ending or maxTurns. */
export function playScripted(story: LoadedStory, o: { seed: number; startPath?: string; student: string; maxTurns?: number; pick: (offered: string[], turn: number) => string }): { session: Session; save: SaveFile } {
  const session = Session.start(story, { seed: o.seed, ...(o.startPath ? { startPath: o.startPath } : {}) });
  while (!session.state.ended && !session.state.issue && session.state.turn < (o.maxTurns ?? 1000)) {
    const offered = session.state.choices.map((c) => c.text);
    const want = o.pick(offered, session.state.turn + 1);
    const choice = session.state.choices.find((c) => c.text === want) ?? session.state.choices[0]!;
    session.choose(choice.index);
  }
  const controller = new Controller(session, null, { student: o.student, clock: () => new Date('2026-10-02T09:30:00Z') });
  return { session, save: controller.toSave() };
}

/** Names a class list can hold: accents, apostrophes, Cyrillic, a 90-character name, markup, a spreadsheet formula. */
export const CLASS_NAMES = [
  'Zoë Ðurić',
  "D'Arcy O'Neil",
  'Анна Каренина',
  `Maximilian ${'Alexander-'.repeat(7)}von Lindenberg`.slice(0, 90),
  '<b>Bob</b>',
  '=HYPERLINK("http://example.org","click")',
  '"><img src=x onerror=alert(1)>',
  'Søren Ærø',
];

export interface ClassStudent {
  name: string;
  role: 'envoy' | 'scribe' | 'reporter';
  /** What this student chose at each key decision, last choice: decision id → option text. */
  keys: Map<string, string>;
  /** How many times the story brought them back to the signing. */
  waits: number;
  finished: boolean;
  session: Session;
  save: SaveFile;
}

const START = Date.parse('2026-10-02T09:00:00Z');

/**
 * A class of 24 on tests/fixtures/classroom/conference.ink: 8 a role, names from CLASS_NAMES and
 * numbered ones, two students unfinished (an envoy and a scribe), each with a start time and a
 * last move (minutes: 20 + i). Envoys split 4–4 on the promise (a tie); reporters split 4–4, so
 * their endings tie too.
 */
export function makeConferenceClass(story: LoadedStory, seeds = 500): ClassStudent[] {
  const roles = ['envoy', 'scribe', 'reporter'] as const;
  const students: ClassStudent[] = [];
  for (let i = 0; i < 24; i++) {
    const role = roles[Math.floor(i / 8)]!;
    const k = i % 8;
    const r = Math.floor(i / 8);
    const name = k < [3, 3, 2][r]! ? CLASS_NAMES[[0, 3, 6][r]! + k]! : `${role[0]!.toUpperCase()}${role.slice(1)} Student ${k + 1}`;
    const unfinished = (role === 'envoy' && k === 7) || (role === 'scribe' && k === 6);
    const waits = role === 'envoy' ? k % 3 : 0;
    let waited = 0;
    const keys = new Map<string, string>();
    const pick = (offered: string[]): string => {
      let want = offered[0]!;
      if (offered.includes('Everything he asks')) want = k % 2 === 0 ? 'Everything he asks' : 'What can sail';
      else if (offered.includes('Ask for a day')) {
        if (waited < waits) {
          waited++;
          want = 'Ask for a day';
        } else want = k < 4 ? 'Sign it' : 'Refuse to sign';
        keys.set('sign', want);
        return want;
      } else if (offered.includes('Write it all down')) want = ['Write it all down', 'Tidy it up', 'Leave the meeting out'][k % 3]!;
      else if (offered.includes('The promise, as told')) want = k < 4 ? 'The promise, as told' : 'The rumour of caviar';
      else if (offered.includes('Read the file')) want = k % 2 ? 'Read the file' : 'Look out of the window';
      const id = { 'Everything he asks': 'promise', 'Write it all down': 'record', 'The promise, as told': 'cable' }[offered[0]!];
      if (id) keys.set(id, want);
      return want;
    };
    const maxTurns = unfinished ? (role === 'envoy' ? 2 : 1) : undefined;
    const { session, save } = playScripted(story, { seed: seeds + i, startPath: `${role}_start`, student: name, pick, ...(maxTurns ? { maxTurns } : {}) });
    const saved = { ...save, createdAt: new Date(START).toISOString(), updatedAt: new Date(START + (20 + i) * 60_000).toISOString() };
    students.push({ name, role, keys, waits, finished: session.state.ended, session, save: saved });
  }
  return students;
}
