// The compile cache: compiled JSON kept in the user's cache folder (never next to the story,
// which may be read-only), keyed by the main file, valid while every source file it was built
// from has the same content, every path an INCLUDE did not find is still absent, and inkjs is
// the same version.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import writeFileAtomic from 'write-file-atomic';
import { caviarEnv } from '../env.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { SourceFile, StoryStats } from './compile.ts';
import { sha256 } from './hash.ts';
import { readTextFile } from '../json-file.ts';
import type { SourceMap } from './source-map.ts';

// 2: INCLUDEs resolved by ink's rule and ink's default compile options.
// 3: compiled with the patched inkjs, which writes integral floats as floats ("2.0").
const CACHE_FORMAT = 3;
export const INKJS_VERSION = readInkjsVersion();

// inkjs does not export its package.json; find it above the entry point instead.
function readInkjsVersion(): string {
  let dir = path.dirname(createRequire(import.meta.url).resolve('inkjs/full'));
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

export interface CacheEntry {
  format: number;
  inkjs: string;
  main: string;
  /** absolute path -> sha256 of its content when compiled */
  files: Record<string, string>;
  /** Paths that must stay absent (CompileResult.probes). */
  probes: string[];
  storyHash: string;
  stats: StoryStats | null;
  warnings: Diagnostic[];
}


export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return caviarEnv(env).cache;
}

export class CompileCache {
  constructor(readonly dir: string) {}

  private base(main: string): string {
    return path.join(this.dir, sha256(`${main}\0${INKJS_VERSION}\0${CACHE_FORMAT}`).slice(0, 32));
  }

  /** The cached compile of `main`, or null when any source changed or the entry is unusable. */
  get(main: string): { entry: CacheEntry; json: string } | null {
    const base = this.base(main);
    try {
      // readTextFile, here too: a source replaced by a FIFO since the compile must not hang the check.
      const entry = JSON.parse(readTextFile(`${base}.meta.json`)) as CacheEntry;
      if (entry.format !== CACHE_FORMAT || entry.inkjs !== INKJS_VERSION || entry.main !== main) return null;
      for (const [file, hash] of Object.entries(entry.files)) {
        if (sha256(readTextFile(file)) !== hash) return null;
      }
      if (entry.probes.some((file) => fs.existsSync(file))) return null;
      const json = readTextFile(`${base}.story.json`);
      if (sha256(json) !== entry.storyHash) return null;
      return { entry, json };
    } catch {
      return null; // no entry yet, a file gone, or a damaged entry: compile again
    }
  }

  /** Stores a compile; a cache that cannot be written only costs the next start a compile. */
  put(main: string, sources: SourceFile[], probes: string[], json: string, stats: StoryStats | null, warnings: Diagnostic[], sourceMap: SourceMap | null): string {
    const storyHash = sha256(json);
    const entry: CacheEntry = {
      format: CACHE_FORMAT,
      inkjs: INKJS_VERSION,
      main,
      files: Object.fromEntries(sources.map((s) => [s.file, s.hash])),
      probes,
      storyHash,
      stats,
      warnings,
    };
    const base = this.base(main);
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      writeFileAtomic.sync(`${base}.story.json`, json);
      if (sourceMap) writeFileAtomic.sync(`${base}.map.json`, JSON.stringify(sourceMap));
      writeFileAtomic.sync(`${base}.meta.json`, JSON.stringify(entry));
    } catch {
      // read-only or full cache folder: carry on without a cache
    }
    return storyHash;
  }

  sourceMap(main: string): SourceMap | null {
    try {
      return JSON.parse(readTextFile(`${this.base(main)}.map.json`)) as SourceMap;
    } catch {
      return null;
    }
  }
}
