// caviar handout [STORY] [--format md|html] [--out FILE] [--theme default|contrast]
// The printable fact / disputed / invented handout, from the story's facts file.

import path from 'node:path';
import { loadFacts } from '../classroom/facts.ts';
import { buildHandout, handoutHtml, handoutMarkdown } from '../classroom/handout.ts';
import { pageThemeOf } from '../classroom/page.ts';
import { formatOfFile } from '../classroom/transcript.ts';
import { UsageError } from '../errors.ts';
import { writeOutput } from '../file-write.ts';
import { displayPath } from '../story/compile.ts';
import { loadStory } from '../story/load.ts';
import { metadataOf } from '../story/metadata.ts';
import { loadSettings, parseTheme } from '../settings.ts';
import { parseCommand } from './args.ts';
import type { CliIO } from './io.ts';
import { DEFAULT_STORY } from './paths.ts';
import { forTerminal, sanitizeText } from '../terminal-text.ts';
import { HANDOUT_USAGE } from './usage.ts';

const HELP = `usage: ${HANDOUT_USAGE}

The printable handout of a story's facts file: what is documented, what is disputed (and why),
what is invented, and the sources.

  STORY        the story (default: Caviar)
  --format FMT md (Markdown, the default) or html; --out FILE.html chooses html too
  --out FILE   the file to write (default: the terminal)
  --theme T    default or contrast (HTML)`;

export async function handout(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand('caviar handout', {
    args,
    allowPositionals: true,
    options: { format: { type: 'string' }, out: { type: 'string' }, theme: { type: 'string' } },
  }, HELP);
  if (positionals.length > 1) throw new UsageError(`usage: ${HANDOUT_USAGE}`);
  if (values.format !== undefined && values.format !== 'md' && values.format !== 'html') {
    throw new UsageError(`--format takes md or html, not "${values.format}"`);
  }
  const theme = parseTheme(values.theme);
  const format = values.format ?? (values.out ? formatOfFile(values.out) : 'md');
  const story = loadStory(positionals[0] ?? DEFAULT_STORY);
  const facts = loadFacts(story.file);
  if (facts.problem) throw new UsageError(`${displayPath(facts.file)}: ${facts.problem}`);
  if (!facts.present) throw new UsageError(`${displayPath(story.file)} has no facts file (${path.basename(facts.file)} beside it), so there is no handout to make`);
  const { title } = metadataOf(story);
  const x = buildHandout(title, facts);
  const text = format === 'html' ? handoutHtml(x, pageThemeOf(theme, loadSettings(io.env).theme, io.env)) : handoutMarkdown(x);
  if (!values.out) {
    forTerminal(io.stdout).write(text);
    return 0;
  }
  writeOutput(values.out, text, { protect: [...story.sources, facts.file] });
  io.stdout.write(sanitizeText(`Handout written to ${values.out}\n`));
  return 0;
}
