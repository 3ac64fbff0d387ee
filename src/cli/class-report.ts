// caviar class-report DIR | --data DIR [--out FILE] [--format html|csv] [--projector] [--anonymous] [--all] ...
// Reads a class's hand-ins (saves and transcripts), or a live class's database, and writes the
// report (HTML for print, a projector view, or CSV for grading); prints a summary.

import fs from 'node:fs';
import path from 'node:path';
import { seatInputs } from '../class/handins.ts';
import { ClassDb } from '../class/db.ts';
import { type ClassData, gatherClass, gatherInputs } from '../classroom/class-data.ts';
import { crossingsCsv, decisionsCsv, studentsCsv } from '../classroom/class-report-csv.ts';
import { classProjectorHtml, classReportHtml } from '../classroom/class-report-html.ts';
import { classReportText } from '../classroom/class-report-text.ts';
import { loadFacts } from '../classroom/facts.ts';
import { pageThemeOf } from '../classroom/page.ts';
import { UsageError } from '../errors.ts';
import { checkOutput, writeOutput } from '../file-write.ts';
import { displayPath } from '../story/compile.ts';
import { type LoadedStory, loadStory } from '../story/load.ts';
import { loadSettings, parseTheme } from '../settings.ts';
import { parseCommand } from './args.ts';
import type { CliIO } from './io.ts';
import { DEFAULT_STORY } from './paths.ts';
import { sanitizeText } from '../terminal-text.ts';
import { CLASS_REPORT_USAGE } from './usage.ts';

const HELP = `usage: ${CLASS_REPORT_USAGE}

The class report: per role, the endings reached, the objectives met and the story's key
decisions (each student counted once, with their last choice), the facts met, the students.

  DIR              a folder of hand-ins: saves and transcripts, in sub-folders too
  --data DIR       a live class's data folder instead (caviar class start --data DIR)
  --out FILE       the file to write (default class-report.html, or .csv with --format csv)
  --format FMT     html (for the screen and print) or csv (for grading: FILE.csv, one row per
                   student, and FILE-decisions.csv, one row per student per key decision)
  --projector      one screen per role for the class to discuss, with no names
  --anonymous      "Student 1", "Student 2"... instead of names (and no file names)
  --all            every decision, not only the key decisions the story marks
  --story STORY    the story the hand-ins were made with (default: Caviar; with --data, the class's)
  --theme T        default or contrast`;

type Format = 'html' | 'csv';

export async function classReport(args: string[], io: CliIO, clock: () => Date = () => new Date()): Promise<number> {
  const { values, positionals } = parseCommand('caviar class-report', {
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      story: { type: 'string' },
      theme: { type: 'string' },
      format: { type: 'string' },
      data: { type: 'string' },
      projector: { type: 'boolean' },
      anonymous: { type: 'boolean' },
      all: { type: 'boolean' },
    },
  }, HELP);
  if (positionals.length + (values.data === undefined ? 0 : 1) !== 1) throw new UsageError(`give a folder of hand-ins or --data DIR (one of them)\nusage: ${CLASS_REPORT_USAGE}`);
  const theme = parseTheme(values.theme);
  // Over a save or a hand-in is the graver mistake: said first, before a wrong extension.
  if (values.out !== undefined) checkOutput(values.out);
  const format = formatOf(values.format, values.out);
  if (values.projector && format !== 'html') throw new UsageError('--projector makes an HTML page: leave out --format csv');
  const out = values.out ?? (format === 'csv' ? 'class-report.csv' : values.projector ? 'class-projector.html' : 'class-report.html');
  const outputs = format === 'csv' ? [out, decisionsFile(out), crossingsFile(out)] : [out];

  const { data, dir, storyFiles } = values.data === undefined ? fromFolder(positionals[0]!, values.story, outputs) : fromClass(values.data, values.story);
  const look = pageThemeOf(theme, loadSettings(io.env).theme, io.env);
  const ctx = { dir, generatedAt: clock(), ...look, anonymous: values.anonymous ?? false, all: values.all ?? false };
  const protect = { protect: storyFiles };
  if (format === 'csv') {
    writeOutput(out, studentsCsv(data, ctx.anonymous), protect);
    writeOutput(outputs[1]!, decisionsCsv(data, ctx.anonymous), protect);
    // Only a live class's stories cross: other classes get the two files they always did.
    if (data.tables.length) writeOutput(outputs[2]!, crossingsCsv(data, ctx.anonymous), protect);
    else outputs.pop();
  } else writeOutput(out, values.projector ? classProjectorHtml(data, ctx) : classReportHtml(data, ctx), protect);
  const written = outputs.map((f) => displayPath(path.resolve(f))).join(' and ');
  io.stdout.write(sanitizeText(`${classReportText(data, dir).join('\n')}\n\nReport written to ${written}\n`));
  return 0;
}

/** --format, else the --out file's extension; an extension that does not fit the format is refused, never written over. */
function formatOf(flag: string | undefined, out: string | undefined): Format {
  if (flag !== undefined && flag !== 'html' && flag !== 'csv') throw new UsageError(`--format takes html or csv, not "${flag}"`);
  const ext = out === undefined ? null : path.extname(out).toLowerCase();
  const byExt: Format | null = ext === '.csv' ? 'csv' : ext === '.html' || ext === '.htm' ? 'html' : null;
  if (flag === undefined) {
    if (out !== undefined && !byExt) throw new UsageError(`--out ${out}: the report is written as .html (or .csv with --format csv); name the file so`);
    return byExt ?? 'html';
  }
  if (out !== undefined && byExt !== flag) throw new UsageError(`--out ${out} does not end in .${flag}, but --format ${flag} writes ${flag === 'csv' ? 'CSV' : 'HTML'}: name the file .${flag}`);
  return flag;
}

/** grades.csv → grades-crossings.csv */
function crossingsFile(out: string): string {
  return out.replace(/(\.csv)?$/i, '-crossings.csv');
}

/** grades.csv → grades-decisions.csv */
function decisionsFile(out: string): string {
  return out.replace(/(\.csv)?$/i, '-decisions.csv');
}

/** A class's data from a hand-in folder or a live class's --data folder: what class-report, handout and map read. */
export function readClass(o: { dir?: string; data?: string; story?: string; ignore?: string[] }): { data: ClassData; dir: string; storyFiles: string[]; story: LoadedStory } {
  if ((o.dir === undefined) === (o.data === undefined)) throw new UsageError('give a folder of hand-ins or --data DIR (one of them)');
  return o.data === undefined ? fromFolder(o.dir!, o.story, o.ignore ?? []) : fromClass(o.data, o.story);
}

function fromFolder(dir: string, storyFlag: string | undefined, outputs: string[]): { data: ClassData; dir: string; storyFiles: string[]; story: LoadedStory } {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new UsageError(`${dir}: no such folder (give the folder of the class's saves and transcripts)`);
  const story = loadStory(storyFlag ?? DEFAULT_STORY);
  const facts = loadFacts(story.file);
  // The report may be written inside the folder (a teacher runs it there): it is not a hand-in.
  const data = gatherClass(dir, story, facts, { ignore: outputs.map((o) => path.resolve(o)) });
  return { data, dir, storyFiles: [...story.sources, facts.file], story };
}

function fromClass(dataDir: string, storyFlag: string | undefined): { data: ClassData; dir: string; storyFiles: string[]; story: LoadedStory } {
  if (!dataDir.trim()) throw new UsageError('--data needs the folder of a live class, e.g. --data lesson-7b');
  const db = ClassDb.readOnly(dataDir);
  try {
    const klass = db.classRow();
    if (!klass) throw new UsageError(`${dataDir} holds no class yet`);
    return lessonData(db, loadStory(storyFlag ?? klass.story), dataDir);
  } finally {
    db.close();
  }
}

function lessonData(db: ClassDb, story: LoadedStory, dataDir: string): { data: ClassData; dir: string; storyFiles: string[]; story: LoadedStory } {
  const facts = loadFacts(story.file);
  return { data: gatherInputs(seatInputs(db), story, facts), dir: dataDir, storyFiles: [...story.sources, facts.file], story };
}

/** The report a live lesson leaves when it ends: `class-report.html` in its data folder, as `class-report --data DIR` writes it. */
export function writeLessonReport(db: ClassDb, story: LoadedStory, dataDir: string, env: NodeJS.ProcessEnv, now: Date): string {
  const { data, dir, storyFiles } = lessonData(db, story, dataDir);
  const file = path.join(dataDir, LESSON_REPORT);
  const ctx = { dir, generatedAt: now, ...pageThemeOf(undefined, loadSettings(env).theme, env), anonymous: false, all: false };
  writeOutput(file, classReportHtml(data, ctx), { protect: storyFiles });
  return file;
}

const LESSON_REPORT = 'class-report.html';
