// caviar map [STORY] [--saves DIR] --out FILE: the story's branch map (from the saves folder) as a
// standalone HTML page (.html/.htm) or Graphviz DOT (.dot/.gv), by the file's extension.

import fs from 'node:fs';
import path from 'node:path';
import { summarizeEndings } from '../branches/endings.ts';
import { buildClassMap, classMapDot, classMapHtml, classMapText } from '../classroom/class-map.ts';
import { pageThemeOf } from '../classroom/page.ts';
import { loadSettings } from '../settings.ts';
import { readClass } from './class-report.ts';
import { mapToDot, mapToHtml } from '../branches/export.ts';
import { BranchMap, mapFileName } from '../branches/map.ts';
import { UsageError } from '../errors.ts';
import { writeOutput } from '../file-write.ts';
import { displayPath } from '../story/compile.ts';
import { metadataOf } from '../story/metadata.ts';
import { loadStory } from '../story/load.ts';
import { parseCommand } from './args.ts';
import type { CliIO } from './io.ts';
import { DEFAULT_STORY, savesDir } from './paths.ts';
import { sanitizeText } from '../terminal-text.ts';
import { MAP_USAGE } from './usage.ts';

const HELP = `usage: ${MAP_USAGE}

The branch map of every playthrough of a story in a save folder: every choice point reached,
the choices taken and the endings, as a standalone HTML page (.html) or Graphviz DOT (.dot).

  STORY        the story (default: Caviar)
  --saves DIR  the save folder holding its branch map (default: CAVIAR_SAVES, or your own)
  --out FILE   the file to write: .html or .htm, .dot or .gv (.txt too with --class)
  --class DIR  a class's map instead: every student's path in a folder of hand-ins merged into
               one map of story positions, with how many students took each way and where
               each ending was reached (printed as text without --out)
  --data DIR   the same from a live class's data folder`;

export async function mapCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(
    'caviar map',
    { args, allowPositionals: true, options: { saves: { type: 'string' }, out: { type: 'string' }, class: { type: 'string' }, data: { type: 'string' } } },
    HELP,
  );
  if (positionals.length > 1) throw new UsageError(`usage: ${MAP_USAGE}`);
  if (values.class !== undefined || values.data !== undefined) return classMapCommand(values, positionals[0], io);
  if (!values.out) throw new UsageError(`usage: ${MAP_USAGE}`);
  const format = /\.html?$/i.test(values.out) ? 'html' : /\.(dot|gv)$/i.test(values.out) ? 'dot' : null;
  if (!format) throw new UsageError(`--out must end in .html or .dot (got ${values.out})`);
  const story = loadStory(positionals[0] ?? DEFAULT_STORY);
  const meta = metadataOf(story);
  const { title } = meta;
  const file = path.join(savesDir(values.saves, io.env, (line) => io.stderr.write(`${line}\n`)), mapFileName(title));
  if (!fs.existsSync(file)) throw new UsageError(`no branch map of "${title}" yet in ${displayPath(path.dirname(file))}: play the story first`);
  const map = BranchMap.open(file);
  const note = map.damageNote();
  if (note) io.stderr.write(`${note}\n`);
  const titles = new Map(meta.endings.map((e) => [e.id, e.title]));
  const text = format === 'html' ? mapToHtml(map, title, summarizeEndings(meta, map), titles) : mapToDot(map, title, titles);
  writeOutput(values.out, text, { protect: [...story.sources, file] });
  io.stdout.write(sanitizeText(`Wrote the branch map of "${title}" (${map.nodes.size} choice points, ${map.playthroughs} playthroughs) to ${displayPath(path.resolve(values.out))}.\n`));
  return 0;
}

async function classMapCommand(values: { saves?: string; out?: string; class?: string; data?: string }, storyArg: string | undefined, io: CliIO): Promise<number> {
  if (values.saves !== undefined) throw new UsageError('--saves reads your own branch map; a class map reads --class DIR or --data DIR: give one of them');
  const format = values.out === undefined ? 'txt' : /\.html?$/i.test(values.out) ? 'html' : /\.(dot|gv)$/i.test(values.out) ? 'dot' : /\.txt$/i.test(values.out) ? 'txt' : null;
  if (!format) throw new UsageError(`--out must end in .html, .dot or .txt (got ${values.out})`);
  const klass = readClass({ dir: values.class, data: values.data, story: storyArg, ignore: values.out ? [path.resolve(values.out)] : [] });
  const map = buildClassMap(klass.data);
  const look = pageThemeOf(undefined, loadSettings(io.env).theme, io.env);
  const text = format === 'html' ? classMapHtml(map, look) : format === 'dot' ? classMapDot(map) : classMapText(map);
  if (!values.out) {
    io.stdout.write(sanitizeText(text));
    return 0;
  }
  writeOutput(values.out, text, { protect: klass.storyFiles });
  io.stdout.write(sanitizeText(`Wrote the class's branch map of "${map.title}" (${map.students} students, ${map.positions.length} story positions) to ${displayPath(path.resolve(values.out))}.\n`));
  return 0;
}
