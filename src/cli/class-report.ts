// caviar class-report DIR [--out FILE] [--story STORY] [--theme default|contrast]
// Reads a class's hand-ins (saves and transcripts) and writes one HTML report; prints a summary.

import fs from 'node:fs';
import path from 'node:path';
import { gatherClass } from '../classroom/class-data.ts';
import { classReportHtml } from '../classroom/class-report-html.ts';
import { classReportText } from '../classroom/class-report-text.ts';
import { loadFacts } from '../classroom/facts.ts';
import { pageThemeOf } from '../classroom/page.ts';
import { UsageError } from '../errors.ts';
import { writeOutput } from '../file-write.ts';
import { displayPath } from '../story/compile.ts';
import { loadStory } from '../story/load.ts';
import { loadSettings, parseTheme } from '../settings.ts';
import { parseCommand } from './args.ts';
import type { CliIO } from './io.ts';
import { DEFAULT_STORY } from './paths.ts';
import { sanitizeText } from '../terminal-text.ts';

export const CLASS_REPORT_USAGE = 'caviar class-report DIR [--out FILE] [--story STORY] [--theme default|contrast]';

export async function classReport(args: string[], io: CliIO, clock: () => Date = () => new Date()): Promise<number> {
  const { values, positionals } = parseCommand('caviar class-report', {
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      story: { type: 'string' },
      theme: { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new UsageError(`usage: ${CLASS_REPORT_USAGE}`);
  const theme = parseTheme(values.theme);
  const dir = positionals[0]!;
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new UsageError(`${dir}: no such folder (give the folder of the class's saves and transcripts)`);
  const out = values.out ?? 'class-report.html';
  const outAbs = path.resolve(out);

  const story = loadStory(values.story ?? DEFAULT_STORY);
  const facts = loadFacts(story.file);
  // The report may be written inside the folder (a teacher runs it there): it is not a hand-in.
  const data = gatherClass(dir, story, facts, { ignore: [outAbs] });
  const look = pageThemeOf(theme, loadSettings(io.env).theme, io.env);
  const html = classReportHtml(data, { dir, generatedAt: clock(), ...look });
  writeOutput(out, html, { protect: [...story.sources, facts.file] });
  io.stdout.write(sanitizeText(`${classReportText(data, dir).join('\n')}\n\nReport written to ${displayPath(outAbs)}\n`));
  return 0;
}
