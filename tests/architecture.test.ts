// The rules that keep the code easy to change (docs/architecture.md), checked on the sources:
// who may import whom, no import cycles, blessed and inkjs each behind one door.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sources(full) : /\.(ts|mts|mjs|js)$/.test(e.name) ? [full] : [];
  });
}
const rel = (f: string) => path.relative(ROOT, f).split(path.sep).join('/');
const IMPORT = /(?:^|[^.\w])(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g;
const importsOf = (f: string) => [...fs.readFileSync(f, 'utf8').matchAll(IMPORT)].map((m) => m[1]!);
const all = sources(path.join(ROOT, 'src'));

/** The files a file imports from src/ (relative imports), as paths from the project root. */
function localImports(file: string): string[] {
  return importsOf(file)
    .filter((i) => i.startsWith('.'))
    .map((i) => rel(path.resolve(path.dirname(file), i)));
}

/**
 * The layers, lowest first, and what each may import. A file belongs to the layer of its folder
 * under src/ (src/ui/tui and src/ui/plain are layers of their own); the files at the top of src/
 * are the base, which every layer may use.
 */
const MAY_IMPORT: Record<string, string[]> = {
  base: [],
  story: [],
  engine: ['story'],
  saves: ['engine', 'story'],
  branches: ['engine', 'story'],
  classroom: ['engine', 'saves', 'story'],
  explore: ['engine', 'story'],
  commands: ['engine', 'saves', 'branches', 'classroom', 'story'],
  golden: ['commands', 'engine', 'saves', 'classroom', 'story'],
  'ui/plain': ['commands', 'engine', 'classroom', 'story'],
  'ui/tui': ['commands', 'engine', 'saves', 'branches', 'classroom', 'story'],
  class: ['commands', 'engine', 'saves', 'branches', 'classroom', 'story', 'ui/tui', 'ui/plain'],
  cli: ['commands', 'engine', 'saves', 'branches', 'classroom', 'explore', 'golden', 'story', 'ui/tui', 'ui/plain', 'class'],
};

export function layerOf(file: string): string {
  const parts = file.split('/'); // src/<layer>/... or src/<file>
  if (parts.length === 2) return 'base';
  return parts[1] === 'ui' ? `ui/${parts[2]}` : parts[1]!;
}

/** Import arrows that break the layering: "from -> to". */
export function layeringViolations(graph: Map<string, string[]>): string[] {
  const bad: string[] = [];
  for (const [from, targets] of graph) {
    const layer = layerOf(from);
    for (const to of targets) {
      const target = layerOf(to);
      if (target === layer || target === 'base') continue;
      if (!MAY_IMPORT[layer]?.includes(target)) bad.push(`${from} -> ${to}`);
    }
  }
  return bad;
}

/** Every import cycle among the files (Tarjan's strongly connected components), each as a list of files. */
export function importCycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || graph.get(v)?.includes(v)) cycles.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

const graph = new Map(all.map((f) => [rel(f), localImports(f)]));

describe('the layers', () => {
  it('every source file sits in a known layer', () => {
    expect([...graph.keys()].filter((f) => !(layerOf(f) in MAY_IMPORT))).toEqual([]);
  });

  it('no import runs back up or sideways (the table in this test)', () => {
    expect(layeringViolations(graph)).toEqual([]);
  });

  it('no import cycles', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('would catch a planted back-import and a cycle', () => {
    const planted = new Map(graph);
    planted.set('src/engine/session.ts', [...(graph.get('src/engine/session.ts') ?? []), 'src/commands/controller.ts']);
    expect(layeringViolations(planted)).toEqual(['src/engine/session.ts -> src/commands/controller.ts']);
    expect(importCycles(planted).some((c) => c.includes('src/engine/session.ts') && c.includes('src/commands/controller.ts'))).toBe(true);
  });
});

it('imports blessed only in src/ui/tui/', () => {
  const offenders = all.filter((f) => !rel(f).startsWith('src/ui/tui/') && importsOf(f).includes('blessed'));
  expect(offenders.map(rel)).toEqual([]);
  expect(all.some((f) => importsOf(f).includes('blessed'))).toBe(true);
});

// Type-only imports of inkjs's per-file declarations are fine anywhere: they vanish at run time.
const VALUE_IMPORT = /^import\s+(?!type\b)[^;]*?from\s+['"]([^'"]+)['"]/gm;
const valueImportsOf = (f: string) => [...fs.readFileSync(f, 'utf8').matchAll(VALUE_IMPORT)].map((m) => m[1]!);

it('imports inkjs through src/story/inkjs.ts only (its entries hold different classes)', () => {
  const offenders = all.filter((f) => rel(f) !== 'src/story/inkjs.ts' && valueImportsOf(f).some((i) => /^inkjs(\/|$)/.test(i)));
  expect(offenders.map(rel)).toEqual([]);
});

it('runs the patched per-file inkjs, never its unpatched bundles (patches/inkjs+2.4.0.patch)', () => {
  const door = path.join(ROOT, 'src', 'story', 'inkjs.ts');
  expect(valueImportsOf(door).filter((i) => i.startsWith('inkjs'))).toEqual([
    'inkjs/engine/Story', 'inkjs/engine/Value', 'inkjs/engine/SimpleJson', 'inkjs/compiler/Compiler', 'inkjs/compiler/CompilerOptions',
  ]);
  expect(all.filter((f) => importsOf(f).some((i) => /^inkjs(\/full)?$/.test(i))).map(rel)).toEqual([]);
});
