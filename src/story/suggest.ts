// "Did you mean ...?" for ink's compile errors about a name it cannot find (a divert target, a
// variable, a list item): the names are read from the story's own source files, since a story
// that does not compile has no compiled form to ask.

import path from 'node:path';
import { didYouMean } from '../did-you-mean.ts';
import { readTextFile } from '../json-file.ts';
import type { Diagnostic } from './diagnostics.ts';

interface Names {
  /** Knots, "knot.stitch", and each stitch alone (ink finds a stitch of the same knot by its name). */
  places: Set<string>;
  /** Globals, temps, parameters, list names and items, and knots (a knot's name reads its count). */
  values: Set<string>;
}

/** The names the story declares, across the main file and its INCLUDEs. */
export function storyNames(mainFile: string): Names {
  const names: Names = { places: new Set(), values: new Set() };
  const seen = new Set<string>();
  const read = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    let text: string;
    try {
      text = readTextFile(file);
    } catch {
      return;
    }
    let knot: string | null = null;
    for (const line of text.split(/\r?\n/)) {
      const include = /^\s*INCLUDE\s+(.+?)\s*$/.exec(line);
      if (include) read(path.resolve(path.dirname(file), include[1]!));
      const k = /^\s*={2,}\s*(?:function\s+)?(\w+)\s*(?:\(([^)]*)\))?/.exec(line);
      if (k) {
        knot = k[1]!;
        names.places.add(knot);
        names.values.add(knot);
        for (const p of (k[2] ?? '').split(',')) {
          const param = /(\w+)\s*$/.exec(p.replace(/->/g, ''))?.[1];
          if (param) names.values.add(param);
        }
        continue;
      }
      const stitch = /^\s*=\s*(\w+)/.exec(line);
      if (stitch && knot) {
        names.places.add(`${knot}.${stitch[1]}`);
        names.places.add(stitch[1]!);
      }
      const variable = /^\s*(?:VAR|CONST)\s+(\w+)/.exec(line) ?? /~\s*temp\s+(\w+)/.exec(line);
      if (variable) names.values.add(variable[1]!);
      const list = /^\s*LIST\s+(\w+)\s*=\s*(.*)$/.exec(line);
      if (list) {
        names.values.add(list[1]!);
        for (const item of list[2]!.split(',')) {
          const name = /(\w+)/.exec(item.replace(/[()]/g, ' '))?.[1];
          if (name) {
            names.values.add(name);
            names.values.add(`${list[1]}.${name}`);
          }
        }
      }
    }
  };
  read(mainFile);
  return names;
}

/** The diagnostics, with a suggestion added to each "not found" a name of the story is close to. */
export function withSuggestions(diagnostics: readonly Diagnostic[], mainFile: string): Diagnostic[] {
  let names: Names | null = null;
  return diagnostics.map((d) => {
    const divert = /^Divert target not found: '-> ([\w.]+)'/.exec(d.message);
    const variable = /^Unresolved variable: ([\w.]+)/.exec(d.message);
    if (!divert && !variable) return d;
    names ??= storyNames(mainFile);
    const hint = divert ? didYouMean(divert[1]!, names.places) : didYouMean(variable![1]!, names.values);
    return hint ? { ...d, message: `${d.message}${hint}` } : d;
  });
}
