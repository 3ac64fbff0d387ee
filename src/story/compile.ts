// Compiles a .ink file and everything it INCLUDEs with the inkjs compiler.
//
// INCLUDE paths follow ink's rule (inklecate, Inky, inkjs-compiler): every INCLUDE, even one
// inside an included file, names a path relative to the MAIN file's folder. A path that exists
// only relative to the including file is still compiled (its INCLUDE line is rewritten to the
// main folder's terms before the compiler sees it), with a warning at that line, because the
// author's other ink tools will not find it. Each file's ink name is its path from the main
// folder, so messages name the right file even when two folders hold a "day1.ink".

import fs from 'node:fs';
import path from 'node:path';
import { Compiler, CompilerOptions } from './inkjs.ts';
import type { IFileHandler } from 'inkjs/compiler/IFileHandler';
import { openBraceIn, UNCLOSED_BRACE } from './braces.ts';
import { type Diagnostic, parseInkMessage, type Severity } from './diagnostics.ts';
import { buildSourceMap, type SourceMap } from './source-map.ts';
import { sha256 } from './hash.ts';
import { readTextFile } from '../json-file.ts';

export interface StoryStats {
  words: number;
  knots: number;
  stitches: number;
  functions: number;
  choices: number;
  gathers: number;
  diverts: number;
}

export interface SourceFile {
  file: string;
  hash: string;
}

export interface CompileResult {
  /** Compiled story JSON; null when there were errors. */
  json: string | null;
  diagnostics: Diagnostic[];
  stats: StoryStats | null;
  /** Every source file read (absolute path, sha256 of its text), main file first. */
  sources: SourceFile[];
  /**
   * Paths that did not exist when an INCLUDE was resolved (ink's rule failed and the including
   * file's folder was used): if one appears, the INCLUDE means another file, so the cache and
   * --watch depend on them too.
   */
  probes: string[];
  sourceMap: SourceMap | null;
}

const INCLUDE_LINE = /^(\s*)INCLUDE\s+(.+?)\s*$/;

/** Shows a path relative to the working folder when it lies inside it. */
export function displayPath(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}

export interface CompileOptions {
  /**
   * Count visits to every knot, stitch and gather, not only those the story reads (inklecate's
   * and inkjs-compiler's -c). Off, as in ink's tools, so the JSON is what the author ships; the
   * explorer's coverage and `:visits` count in memory (countEveryFlow, engine/guarded-story.ts).
   */
  countAllVisits?: boolean;
}

export function compileInk(mainFile: string, options: CompileOptions = {}): CompileResult {
  const main = path.resolve(mainFile);
  const root = path.dirname(main);
  const toInkName = (abs: string) => path.relative(root, abs).split(path.sep).join('/');
  const sources: SourceFile[] = [];
  const probes: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const missing = new Map<string, { abs: string; why: string }>(); // ink name -> the file that could not be read

  // Through readTextFile: a FIFO or a link to /dev/zero as a story or an INCLUDE must neither
  // hang the compile nor fill the memory.
  const readSource = (abs: string): string => {
    const text = readTextFile(abs);
    sources.push({ file: abs, hash: sha256(text) });
    const dir = path.dirname(abs);
    if (dir === root) return text; // ink's rule and the file's own folder agree
    return text
      .split('\n')
      .map((line, i) => {
        const m = INCLUDE_LINE.exec(line);
        if (!m) return line;
        const name = m[2]!;
        const inkRule = path.resolve(root, name);
        const own = path.resolve(dir, name);
        if (exists(inkRule) || !exists(own)) return line; // found as ink finds it, or missing either way
        probes.push(inkRule);
        diagnostics.push({
          severity: 'warning',
          file: displayPath(abs),
          line: i + 1,
          message:
            `INCLUDE ${name} is found only relative to this file (${displayPath(own)}); ink resolves every INCLUDE ` +
            `from the main file's folder, so inklecate, Inky and inkjs look for ${displayPath(inkRule)} and will not find it ` +
            `(write INCLUDE ${toInkName(own)})`,
        });
        return `${m[1]}INCLUDE ${toInkName(own)}`;
      })
      .join('\n');
  };

  const handler: IFileHandler = {
    ResolveInkFilename: (filename: string) => path.resolve(root, filename),
    LoadInkFileContents: (abs: string) => {
      try {
        return readSource(abs);
      } catch (error) {
        missing.set(toInkName(abs), { abs, why: (error as Error).message });
        probes.push(abs); // the compile fails; once the file is there, it may not
        throw error;
      }
    },
  };

  const fileFor = (inkName: string | null) => displayPath(inkName ? path.resolve(root, inkName) : main);
  const severities: Severity[] = ['todo', 'warning', 'error'];
  const onMessage = (message: string, type: number) => {
    const severity = severities[type] ?? 'error';
    const d = parseInkMessage(message, severity, fileFor);
    if (d.message.includes(UNEXPANDED_SCOPE) && d.file && d.line) d.message = d.message.replace(UNEXPANDED_SCOPE, scopeAt(path.resolve(d.file), d.line));
    const failed = /^Failed to load: '(.+?)'/.exec(d.message);
    if (failed) {
      const miss = missing.get(failed[1]!);
      const abs = miss?.abs ?? path.resolve(root, failed[1]!);
      d.message =
        !miss || miss.why === 'no such file'
          ? `missing INCLUDE: ${displayPath(abs)} does not exist or cannot be read`
          : `INCLUDE ${displayPath(abs)} cannot be read: ${miss.why}`;
    }
    // inkjs reports some parse errors twice; one of each is enough.
    if (diagnostics.some((o) => o.file === d.file && o.line === d.line && o.message === d.message)) return;
    const opened = UNCLOSED_BRACE.test(d.message) && d.file && d.line ? openBraceIn(path.resolve(d.file), d.line) : null;
    if (!opened) {
      diagnostics.push(d);
      return;
    }
    // Said at both ends: where parsing failed, and where the brace that is never closed was opened.
    const where = opened.line === d.line ? `column ${opened.column}` : `line ${opened.line}, column ${opened.column}`;
    diagnostics.push({ ...d, message: `${d.message} (the '{' at ${where} is never closed)` });
    if (opened.line !== d.line) {
      diagnostics.push({ severity: 'note', file: d.file, line: opened.line, column: opened.column, message: `this '{' is never closed: ink gave up at line ${d.line}` });
    }
  };

  let source: string;
  try {
    source = readSource(main);
  } catch (error) {
    diagnostics.push({ severity: 'error', file: displayPath(main), line: null, message: (error as Error).message });
    return { json: null, diagnostics, stats: null, sources, probes, sourceMap: null };
  }

  const compiler = new Compiler(
    source,
    new CompilerOptions(toInkName(main), [], options.countAllVisits ?? false, onMessage, handler),
  );
  let json: string | null = null;
  try {
    const story = compiler.Compile();
    if (!diagnostics.some((d) => d.severity === 'error')) json = story.ToJson() as string;
  } catch (error) {
    // inkjs throws a bare "Compilation failed." after reporting the real errors to onMessage.
    if (!diagnostics.some((d) => d.severity === 'error')) {
      diagnostics.push({ severity: 'error', file: displayPath(main), line: null, message: String((error as Error).message ?? error) });
    }
  }
  if (json === null) return { json, diagnostics, stats: null, sources, probes, sourceMap: null };
  const stats = compiler.GenerateStats();
  const sourceMap = buildSourceMap(compiler.runtimeStory.mainContentContainer);
  sourceMap.files = sourceMap.files.map((f) => path.resolve(root, f));
  return { json, diagnostics, stats, sources, probes, sourceMap };
}

// inkjs 2.4.0 forgot the $ of this template (IncDecExpression), so its message reads
// "...after searching: {this.descriptionOfScope}"; inklecate's says which scopes were searched.
const UNEXPANDED_SCOPE = '{this.descriptionOfScope}';

/** inklecate's descriptionOfScope for a line: its stitch and knot, innermost first, then the top. */
function scopeAt(file: string, line: number): string {
  let lines: string[];
  try {
    lines = readTextFile(file).split('\n');
  } catch {
    return 'at top scope';
  }
  const names: string[] = [];
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const knot = /^\s*={2,}\s*(?:function\s+)?(\w+)/.exec(lines[i]!);
    if (knot) {
      names.push(`'${knot[1]}'`);
      break;
    }
    const stitch = /^\s*=\s*(\w+)/.exec(lines[i]!);
    if (stitch && !names.length) names.push(`'${stitch[1]}'`);
  }
  return names.length ? `${names.join(', ')} and at top scope` : 'at top scope';
}

// Anything there (a pipe, a folder) counts: reading it then fails with its own message.
const exists = (file: string) => fs.statSync(file, { throwIfNoEntry: false }) !== undefined;
