// Where in the .ink source a runtime path comes from. A story loaded from compiled JSON keeps
// only ink paths ("knot.0.c-2"), so at compile time we record the file and line of every
// container; a runtime error or a watchdog stop can then be reported as `file:line`.

import type { Container } from 'inkjs/engine/Container';
import type { InkObject } from 'inkjs/engine/Object';

export interface SourceMap {
  files: string[];
  /** container path -> [index into files, line] */
  paths: Record<string, [number, number]>;
}

export function buildSourceMap(root: Container): SourceMap {
  const files: string[] = [];
  const fileIndex = new Map<string, number>();
  const paths: Record<string, [number, number]> = {};

  const indexOf = (name: string): number => {
    let i = fileIndex.get(name);
    if (i === undefined) {
      i = files.length;
      files.push(name);
      fileIndex.set(name, i);
    }
    return i;
  };

  const firstLine = (obj: InkObject): [number, number] | null => {
    const own = obj.debugMetadata;
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
    if (where) paths[c.path.toString()] = where;
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

/** The source position of a runtime path, trying its parents when it has none of its own. */
export function lookupSource(map: SourceMap, inkPath: string): { file: string; line: number } | null {
  let p = inkPath;
  while (p) {
    const hit = map.paths[p];
    if (hit) return { file: map.files[hit[0]] ?? '?', line: hit[1] };
    const cut = p.lastIndexOf('.');
    if (cut < 0) break;
    p = p.slice(0, cut);
  }
  return null;
}
