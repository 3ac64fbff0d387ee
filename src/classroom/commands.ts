// The classroom's commands in the shared command layer (engine/controller.ts): `:brief`,
// `:debrief` and `:transcript FILE`, so both front ends have them. Also what plain mode shows
// by itself in a classroom session: the briefing at the start, the debrief at each ending.

import fs from 'node:fs';
import path from 'node:path';
import type { Outcome } from '../engine/controller.ts';
import type { Session } from '../engine/session.ts';
import type { SaveFile } from '../saves/format.ts';
import type { LoadedStory } from '../story/load.ts';
import { loadSettings } from '../settings.ts';
import { briefingLines, briefingOf, linesShowBriefing } from './briefing.ts';
import { debriefOf } from './debrief.ts';
import { debriefText } from './debrief-text.ts';
import { type Facts, loadFacts } from './facts.ts';
import { handInOf, readHandInBlock } from './handin.ts';
import { pageThemeOf } from './page.ts';
import { rebuildPlaythrough } from './playthrough.ts';
import { formatOfFile, renderTranscript } from './transcript.ts';

export const CLASSROOM_COMMANDS: Array<[string, string]> = [
  [':brief', "your role's briefing and private objective"],
  [':debrief', 'what in this playthrough is history, disputed or invented'],
  [':transcript FILE', 'write the whole playthrough to FILE (.md or .html) to hand in'],
];

/** What the commands need of the controller (an interface, so this file does not import it). */
export interface ClassroomHost {
  readonly session: Session;
  toSave(): SaveFile;
}

const factsCache = new WeakMap<LoadedStory, Facts>();

/** The story's facts file, read once per loaded story. */
export function factsFor(story: LoadedStory): Facts {
  let facts = factsCache.get(story);
  if (!facts) {
    facts = loadFacts(story.file);
    factsCache.set(story, facts);
  }
  return facts;
}

/** Runs a classroom command; null when `name` is not one. */
export function classroomCommand(name: string, args: string[], host: ClassroomHost, env: NodeJS.ProcessEnv = process.env): Outcome | null {
  switch (name) {
    case 'brief':
    case 'briefing': {
      const b = briefingOf(host.session);
      return tell(b ? briefingLines(b) : ['This story has no briefing (yet): it sets none before this point.']);
    }
    case 'debrief':
      return tell(debriefText(debriefOf(host.session, factsFor(host.session.story))).trimEnd().split('\n'));
    case 'transcript':
      return tell([writeTranscript(args.join(' '), host, env)]);
    default:
      return null;
  }
}

function writeTranscript(file: string, host: ClassroomHost, env: NodeJS.ProcessEnv): string {
  if (!file) return 'Usage: :transcript FILE, e.g. :transcript my-playthrough.html (or .md)';
  if (/\.json$/i.test(file)) return 'A transcript is a .md or .html file (.json is for saves): choose another name.';
  const target = path.resolve(file);
  const existing = readIfExists(target);
  // Never write over a file that is not a transcript of ours: it may be the student's own work.
  if (existing !== null && existing.trim() && !hasHandIn(existing)) {
    return `${file} already exists and is not a caviar transcript, so it was left alone: choose another name.`;
  }
  const story = host.session.story;
  const facts = factsFor(story);
  const handIn = handInOf(host.toSave());
  const playthrough = rebuildPlaythrough(story, handIn, facts);
  const format = formatOfFile(file);
  const text = renderTranscript(playthrough, facts, format, pageThemeOf(undefined, loadSettings(env).theme, env));
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  } catch (error) {
    return `Could not write ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`;
  }
  return `Transcript written to ${file} (${format === 'html' ? 'HTML' : 'Markdown'}, ${host.session.state.turn} choices).`;
}

function readIfExists(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function hasHandIn(text: string): boolean {
  try {
    return readHandInBlock(text) !== null;
  } catch {
    return true; // a damaged transcript of ours is still ours to replace
  }
}

function tell(messages: string[]): Outcome {
  return { messages, show: false };
}

/** Plain mode, at the start of a classroom session: the briefing, unless the story's text shows it. */
export function briefingNotice(session: Session): string[] {
  const b = briefingOf(session);
  if (!b || linesShowBriefing(session.state.lines, b)) return [];
  return briefingLines(b);
}

/** Plain mode, at an ending of a classroom session: the debrief. */
export function debriefNotice(session: Session): string {
  return debriefText(debriefOf(session, factsFor(session.story)));
}
