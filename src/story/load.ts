// Loading a story: a .ink file compiled (or taken from the compile cache), or a compiled .json.

import fs from 'node:fs';
import path from 'node:path';
import { Story } from './inkjs.ts';
import { StoryError, UsageError } from '../errors.ts';
import { CompileCache, defaultCacheDir } from './cache.ts';
import { compileInk, displayPath, type StoryStats } from './compile.ts';
import { readTextFile } from '../json-file.ts';
import { type Diagnostic, formatDiagnostic } from './diagnostics.ts';
import { compiledShapeProblem } from './compiled-shape.ts';
import { sha256 } from './hash.ts';
import type { SourceMap } from './source-map.ts';

export interface LoadedStory {
  /** Absolute path of the .ink or .json file. */
  file: string;
  kind: 'ink' | 'json';
  json: string;
  /** sha256 of the compiled JSON: what saves and replays are checked against. */
  hash: string;
  warnings: Diagnostic[];
  stats: StoryStats | null;
  fromCache: boolean;
  /** Every source file the story was built from (the main file and its INCLUDEs). */
  sources: string[];
  /** Paths whose appearance would make an INCLUDE mean another file (watched with the sources). */
  probes: string[];
  /** File and line of runtime paths, when the story was compiled from ink. Loaded on demand. */
  sourceMap: () => SourceMap | null;
}

/** The story does not compile: its diagnostics, errors and warnings, at file:line. */
export class CompileError extends StoryError {
  /** `files`: the sources read and the INCLUDEs looked for, which --watch follows until one changes. */
  constructor(
    readonly diagnostics: Diagnostic[],
    readonly files: readonly string[] = [],
  ) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
  }
}

export interface LoadOptions {
  /** Compile cache folder; null turns the cache off. */
  cacheDir?: string | null;
}

// inkjs 2.4.0 reads compiled stories of these format versions (ink 1.0 to 1.2).
export const INK_FORMAT_MIN = 18;
export const INK_FORMAT_MAX = Story.inkVersionCurrent;

export function loadStory(file: string, options: LoadOptions = {}): LoadedStory {
  const abs = storyFile(file);
  return abs.toLowerCase().endsWith('.json') ? loadJson(abs) : loadInk(abs, options);
}

/** The absolute path of a story file given on the command line; a usage error when it is none. */
export function storyFile(file: string): string {
  const abs = path.resolve(file);
  const stat = fs.statSync(abs, { throwIfNoEntry: false });
  if (!stat) throw new UsageError(`${displayPath(abs)}: no such story file`);
  if (stat.isDirectory()) throw new UsageError(`${displayPath(abs)} is a folder, not a story file (.ink or .json)`);
  if (!stat.isFile()) throw new UsageError(`${displayPath(abs)} is not a regular file (a device, a pipe or a socket), so it is not read as a story`);
  return abs;
}

function loadInk(abs: string, options: LoadOptions): LoadedStory {
  const cacheDir = options.cacheDir === undefined ? defaultCacheDir() : options.cacheDir;
  const cache = cacheDir ? new CompileCache(cacheDir) : null;
  const hit = cache?.get(abs);
  if (hit && cache) {
    return {
      file: abs,
      kind: 'ink',
      json: hit.json,
      hash: hit.entry.storyHash,
      warnings: hit.entry.warnings,
      stats: hit.entry.stats,
      fromCache: true,
      sources: Object.keys(hit.entry.files),
      probes: hit.entry.probes,
      sourceMap: () => cache.sourceMap(abs),
    };
  }
  const result = compileInk(abs);
  if (result.json === null) throw new CompileError(result.diagnostics, [...result.sources.map((s) => s.file), ...result.probes]);
  const warnings = result.diagnostics.filter((d) => d.severity !== 'error');
  const hash = cache
    ? cache.put(abs, result.sources, result.probes, result.json, result.stats, warnings, result.sourceMap)
    : sha256(result.json);
  const map = result.sourceMap;
  return {
    file: abs,
    kind: 'ink',
    json: result.json,
    hash,
    warnings,
    stats: result.stats,
    fromCache: false,
    sources: result.sources.map((s) => s.file),
    probes: result.probes,
    sourceMap: () => map,
  };
}

function loadJson(abs: string): LoadedStory {
  let json: string;
  try {
    json = readTextFile(abs);
  } catch (error) {
    throw new UsageError(`${displayPath(abs)}: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new StoryError(`${displayPath(abs)}: not valid JSON (${(error as Error).message})`);
  }
  const notStory = (why: string) => new StoryError(`${displayPath(abs)}: not a valid compiled ink story: ${why}`);
  const problem = compiledShapeProblem(data);
  if (problem) throw notStory(problem);
  const version = (data as { inkVersion: number }).inkVersion;
  if (version < INK_FORMAT_MIN || version > INK_FORMAT_MAX) {
    const who = version > INK_FORMAT_MAX ? 'a newer' : 'an older';
    throw new StoryError(
      `${displayPath(abs)}: unsupported ink version ${version}: it was compiled by ${who} ink; ` +
        `caviar reads compiled formats ${INK_FORMAT_MIN} to ${INK_FORMAT_MAX} (ink 1.0 to 1.2). Recompile the .ink source.`,
    );
  }
  // The outline is sound; what is inside it (a token inkjs does not know) only inkjs can tell,
  // and it is told here, once, rather than as an internal error when play starts.
  try {
    void new Story(json);
  } catch (error) {
    throw notStory(`inkjs says: ${(error as Error).message}`.slice(0, 300));
  }
  return { file: abs, kind: 'json', json, hash: sha256(json), warnings: [], stats: null, fromCache: false, sources: [abs], probes: [], sourceMap: () => null };
}
