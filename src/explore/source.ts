// From runtime paths ("knot.0.c-1", "knot.0.13") to `file:line` in the ink source, and the
// text of that line, for reports. Stories loaded from .json have no source map: then null.

import { displayPath } from '../story/compile.ts';
import { lookupSource, type SourceMap } from '../story/source-map.ts';
import { splitPointer } from './observer.ts';
import { readTextFile } from '../json-file.ts';

export class SourceLookup {
  private files = new Map<string, string[] | null>();

  constructor(private readonly map: SourceMap | null) {}

  /** File and line of a container path or a "container.index" pointer. */
  where(inkPath: string | null): { file: string; line: number } | null {
    if (!this.map || inkPath === null) return null;
    const [container, index] = splitPointer(inkPath);
    // lookupSource uses the index only on a container the map knows, else its parent's line.
    return index >= 0 ? lookupSource(this.map, container, index) : lookupSource(this.map, inkPath);
  }

  of(inkPath: string | null): string | null {
    const w = this.where(inkPath);
    return w ? `${displayPath(w.file)}:${w.line}` : null;
  }

  /** The source line itself, trimmed. */
  lineText(inkPath: string | null): string | null {
    const w = this.where(inkPath);
    if (!w) return null;
    if (!this.files.has(w.file)) {
      try {
        this.files.set(w.file, readTextFile(w.file).split(/\r?\n/));
      } catch {
        this.files.set(w.file, null);
      }
    }
    return this.files.get(w.file)?.[w.line - 1]?.trim() ?? null;
  }
}
