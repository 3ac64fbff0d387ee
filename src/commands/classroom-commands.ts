// The classroom's commands: :brief, :debrief, :glossary and :transcript FILE, so both front ends have them.

import path from 'node:path';
import { briefingLines, briefingOf } from '../classroom/briefing.ts';
import { debriefOf } from '../classroom/debrief.ts';
import { debriefText } from '../classroom/debrief-text.ts';
import { sessionCrossings } from '../classroom/table.ts';
import { factsFor } from '../classroom/facts.ts';
import { glossaryFor, glossaryLines } from '../classroom/glossary.ts';
import { carriesPlaythrough, handInOf, readHandInBlock } from '../classroom/handin.ts';
import { pageThemeOf } from '../classroom/page.ts';
import { rebuildPlaythrough } from '../classroom/playthrough.ts';
import { formatOfFile, renderTranscript } from '../classroom/transcript.ts';
import { loadSettings } from '../settings.ts';
import { type Command, type CommandHost, tell } from './command.ts';
import { readTextFile } from '../json-file.ts';
import { UsageError } from '../errors.ts';
import { writeOutput } from '../file-write.ts';

function writeTranscript(file: string, host: CommandHost): string {
  if (!host.files) return 'Your teacher collects the transcripts of this class: there is nothing to write here.';
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
  const text = renderTranscript(playthrough, facts, format, pageThemeOf(host.theme, loadSettings(host.env).theme, host.env));
  try {
    // A transcript of another playthrough (a classmate's) is a hand-in too: never replaced.
    writeOutput(target, text, {
      protect: [...story.sources, facts.file],
      mayReplace: (kind, old) => kind === 'a hand-in (a caviar transcript)' && carriesPlaythrough(old, handIn),
    });
  } catch (error) {
    if (error instanceof UsageError) return `${error.message}.`;
    return `Could not write ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`;
  }
  return `Transcript written to ${file} (${format === 'html' ? 'HTML' : 'Markdown'}, ${host.session.state.turn} choices).`;
}

function readIfExists(file: string): string | null {
  try {
    return readTextFile(file);
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

export const CLASSROOM_COMMANDS: readonly Command[] = [
  {
    name: 'brief',
    aliases: ['briefing'],
    usage: ':brief',
    help: "your role's briefing and private objective",
    run: (host) => {
      const b = briefingOf(host.session);
      return { ...tell(b ? briefingLines(b) : ['This story has no briefing (yet): it sets none before this point.']), choicesAgain: true };
    },
  },
  {
    name: 'debrief',
    usage: ':debrief',
    help: 'what in this playthrough is documented, disputed, unconfirmed or invented, and what your tablemates did',
    run: (host) => ({ ...tell(debriefText(debriefOf(host.session, factsFor(host.session.story), sessionCrossings(host.session))).trimEnd().split('\n')), choicesAgain: true }),
  },
  {
    name: 'glossary',
    aliases: ['words'],
    usage: ':glossary',
    help: "the story's glossary: its words of the time explained",
    run: (host) => ({ ...tell(glossaryLines(glossaryFor(host.session.story))), choicesAgain: true }),
  },
  {
    name: 'transcript',
    usage: ':transcript FILE',
    help: 'write the whole playthrough to FILE (.md or .html) to hand in',
    run: (host, args) => tell([writeTranscript(args.join(' '), host)]),
  },
];
