// caviar handout [STORY] [--role ID | --class DIR | --data DIR [--student NAME]] [--key] [--format md|html] [--out FILE]
// The printable handouts, from the story's facts file and glossary: the whole fact sheet, a
// role's handout (or one per student, from their hand-ins) with its answer key.

import path from 'node:path';
import { loadSourcePacket, roleCards, roleCardsHtml, roleCardsMarkdown, sourcePacketHtml, sourcePacketMarkdown } from '../classroom/cards.ts';
import { loadFacts } from '../classroom/facts.ts';
import { loadGlossary } from '../classroom/glossary.ts';
import { buildHandout, handoutHtml, handoutMarkdown } from '../classroom/handout.ts';
import { pageThemeOf } from '../classroom/page.ts';
import { formatOfFile } from '../classroom/transcript.ts';
import { buildWorksheet, type Worksheet, worksheetHtml, worksheetMarkdown } from '../classroom/worksheet.ts';
import { UsageError } from '../errors.ts';
import { cleanName } from '../escape.ts';
import { writeOutput } from '../file-write.ts';
import { displayPath } from '../story/compile.ts';
import { type LoadedStory, loadStory } from '../story/load.ts';
import { metadataOf } from '../story/metadata.ts';
import { loadSettings, parseTheme } from '../settings.ts';
import { parseCommand } from './args.ts';
import { readClass } from './class-report.ts';
import type { CliIO } from './io.ts';
import { DEFAULT_STORY } from './paths.ts';
import { forTerminal, sanitizeText } from '../terminal-text.ts';
import { HANDOUT_USAGE } from './usage.ts';

const HELP = `usage: ${HANDOUT_USAGE}

The printable handouts of a story's facts file. Alone: every fact, by certainty (documented,
disputed, unconfirmed, unknown), what the game invents, the glossary and the sources.

  STORY          the story (default: Caviar; with --data, the class's)
  --role ID      a role's handout: the statements that role can meet, numbered as in the
                 transcripts and the class report, a name line and space to answer
  --class DIR    one handout per student, from a folder of hand-ins: the statements each met,
                 the name filled in, a page each
  --data DIR     the same from a live class's data folder
  --student NAME only this student's (with --class or --data)
  --roles        a card per role: who you are, your objective, the real people you will meet,
                 a few words of the time
  --sources      the source packet: short excerpts of documents of 1941 with full citations
  --key          the teacher's answer key: each statement's certainty, what is known, sources
  --format FMT   md (Markdown, the default) or html; --out FILE.html chooses html too
  --out FILE     the file to write (default: the terminal)
  --theme T      default or contrast (HTML)`;

export async function handout(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand('caviar handout', {
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      theme: { type: 'string' },
      role: { type: 'string' },
      class: { type: 'string' },
      data: { type: 'string' },
      student: { type: 'string' },
      key: { type: 'boolean' },
      roles: { type: 'boolean' },
      sources: { type: 'boolean' },
    },
  }, HELP);
  if (positionals.length > 1) throw new UsageError(`usage: ${HANDOUT_USAGE}`);
  if (values.format !== undefined && values.format !== 'md' && values.format !== 'html') {
    throw new UsageError(`--format takes md or html, not "${values.format}"`);
  }
  const modes = [values.role !== undefined, values.class !== undefined || values.data !== undefined, values.roles, values.sources].filter(Boolean).length;
  if (modes > 1) throw new UsageError('--role, --class (or --data), --roles and --sources each make another document: give one of them');
  if (values.key && (values.roles || values.sources)) throw new UsageError('--key goes with --role ID, --class DIR or --data DIR: role cards and the source packet have no answers to give');
  if (values.student !== undefined && values.class === undefined && values.data === undefined) throw new UsageError('--student NAME picks one student of --class DIR or --data DIR: give one of those too');
  if (values.key && !modes) throw new UsageError('--key goes with --role ID, --class DIR or --data DIR: the whole fact sheet already gives every answer');
  const theme = parseTheme(values.theme);
  const format = values.format ?? (values.out ? formatOfFile(values.out) : 'md');
  const look = pageThemeOf(theme, loadSettings(io.env).theme, io.env);

  let story: LoadedStory;
  let sheets: Worksheet[] | null = null;
  if (values.class !== undefined || values.data !== undefined) {
    const klass = readClass({ dir: values.class, data: values.data, story: positionals[0], ignore: values.out ? [path.resolve(values.out)] : [] });
    story = klass.story;
    const facts = checkedFacts(story);
    const glossary = checkedGlossary(story);
    const entries = klass.data.entries.filter((e) => values.student === undefined || e.student === values.student);
    if (!entries.length) {
      throw new UsageError(values.student !== undefined ? `no hand-in of a student named "${cleanName(values.student, 90)}" in ${klass.dir}` : `${klass.dir} holds no hand-in to make a handout from`);
    }
    const order = metadataOf(story).roles.map((r) => r.id);
    entries.sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role) || (a.student ?? a.file).localeCompare(b.student ?? b.file));
    sheets = entries.map((e) => buildWorksheet({ story, facts, glossary, role: e.role, roleName: e.roleName, student: e.student ?? e.file, met: e.facts }));
  } else {
    story = loadStory(positionals[0] ?? DEFAULT_STORY);
    if (values.role !== undefined) {
      const roles = metadataOf(story).roles;
      const role = roles.find((r) => r.id.toLowerCase() === values.role!.toLowerCase());
      if (!role) throw new UsageError(`${displayPath(story.file)} has no role "${cleanName(values.role, 60)}"; its roles: ${roles.map((r) => r.id).join(', ') || 'none'}`);
      sheets = [buildWorksheet({ story, facts: checkedFacts(story), glossary: checkedGlossary(story), role: role.id })];
    }
  }
  let text: string;
  if (values.roles || values.sources) text = otherDocument(story, values.roles ? 'roles' : 'sources', format, look);
  else if (sheets) text = format === 'html' ? worksheetHtml(sheets, { key: values.key ?? false, ...look }) : worksheetMarkdown(sheets, { key: values.key ?? false });
  else {
    const x = buildHandout(metadataOf(story).title, checkedFacts(story), checkedGlossary(story));
    text = format === 'html' ? handoutHtml(x, look) : handoutMarkdown(x);
  }
  const facts = loadFacts(story.file);
  if (!values.out) {
    forTerminal(io.stdout).write(text);
    return 0;
  }
  writeOutput(values.out, text, { protect: [...story.sources, facts.file, loadGlossary(story.file).file, loadSourcePacket(story.file).file] });
  io.stdout.write(sanitizeText(`Handout written to ${values.out}${sheets && sheets.length > 1 ? ` (${sheets.length} students, a page each)` : ''}\n`));
  return 0;
}

function otherDocument(story: LoadedStory, which: 'roles' | 'sources', format: string, look: ReturnType<typeof pageThemeOf>): string {
  const { title } = metadataOf(story);
  if (which === 'roles') {
    const cards = roleCards(story, checkedGlossary(story));
    if (!cards.length) throw new UsageError(`${displayPath(story.file)} has no roles (# role: tags), so there are no role cards to make`);
    return format === 'html' ? roleCardsHtml(title, cards, look) : roleCardsMarkdown(title, cards);
  }
  const { file, packet, problem } = loadSourcePacket(story.file);
  if (!packet) throw new UsageError(`${displayPath(file)}: ${problem}`);
  return format === 'html' ? sourcePacketHtml(title, packet, look) : sourcePacketMarkdown(title, packet);
}

function checkedFacts(story: LoadedStory) {
  const facts = loadFacts(story.file);
  if (facts.problem) throw new UsageError(`${displayPath(facts.file)}: ${facts.problem}`);
  if (!facts.present) throw new UsageError(`${displayPath(story.file)} has no facts file (${path.basename(facts.file)} beside it), so there is no handout to make`);
  return facts;
}

/** A glossary is optional; a damaged one is said, not skipped silently. */
function checkedGlossary(story: LoadedStory) {
  const glossary = loadGlossary(story.file);
  if (glossary.problem) throw new UsageError(`${displayPath(glossary.file)}: ${glossary.problem}`);
  return glossary;
}
