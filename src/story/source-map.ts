// Where in the .ink source a runtime path comes from. A story loaded from compiled JSON keeps
// only ink paths ("knot.0.c-2"), so at compile time we record the file and line of every
// container; a runtime error or a watchdog stop can then be reported as `file:line`.

import type { Container } from 'inkjs/engine/Container';
import type { InkObject } from 'inkjs/engine/Object';

export interface SourceMap {
  files: string[];
  /** container path -> [index into files, first line, line of each content index (0: none)] */
  paths: Record<string, [number, number, number[]?]>;
}

export function buildSourceMap(root: Container): SourceMap {
  const files: string[] = [];
  const fileIndex = new Map<string, number>();
  const paths: SourceMap['paths'] = {};

  const indexOf = (name: string): number => {
    let i = fileIndex.get(name);
    if (i === undefined) {
      i = files.length;
      files.push(name);
      fileIndex.set(name, i);
    }
    return i;
  };

  // The public getter falls back to the parent's metadata; only the object's own is exact.
  const ownLine = (obj: InkObject) => (obj as unknown as { _debugMetadata: InkObject['debugMetadata'] })._debugMetadata;

  const firstLine = (obj: InkObject): [number, number] | null => {
    const own = ownLine(obj);
    if (own?.fileName) return [indexOf(own.fileName), own.startLineNumber];
    if (isContainer(obj)) {
      for (const child of obj._content) {
        const found = firstLine(child);
        if (found) return found;
      }
    }
    return null;
  };

  const visit = (c: Container): void => {
    const where = firstLine(c);
    if (where) {
      const lines = c._content.map((child) => ownLine(child)?.startLineNumber ?? 0);
      paths[c.path.toString()] = lines.some((l) => l > 0 && l !== where[1]) ? [...where, lines] : where;
    }
    for (const child of c._content) if (isContainer(child)) visit(child);
    for (const named of c.namedContent.values()) {
      if (isContainer(named as unknown as InkObject) && !c._content.includes(named as unknown as InkObject)) {
        visit(named as unknown as Container);
      }
    }
  };
  visit(root);
  return { files, paths };
}

function isContainer(obj: InkObject): obj is Container {
  return (obj as Container)._content !== undefined && (obj as Container).namedContent !== undefined;
}

/**
 * The source position of a runtime path (and content index within it, when known), trying
 * its parents when it has none of its own.
 */
export function lookupSource(map: SourceMap, inkPath: string, index?: number): { file: string; line: number } | null {
  let p = inkPath;
  while (p) {
    const hit = map.paths[p];
    if (hit) {
      const exact = p === inkPath && index !== undefined ? (hit[2]?.slice(0, index + 1).filter((l) => l > 0).at(-1) ?? 0) : 0;
      return { file: map.files[hit[0]] ?? '?', line: exact || hit[1] };
    }
    const cut = p.lastIndexOf('.');
    if (cut < 0) break;
    p = p.slice(0, cut);
  }
  return null;
}
