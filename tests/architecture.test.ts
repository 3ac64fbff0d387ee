// The rules that keep the code easy to change (DESIGN.md "Layout"), checked on the sources.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sources(full) : /\.(ts|mts|mjs|js)$/.test(e.name) ? [full] : [];
  });
}
const rel = (f: string) => path.relative(ROOT, f).split(path.sep).join('/');
const importsOf = (f: string) => [...fs.readFileSync(f, 'utf8').matchAll(/(?:from\s+|import\s*\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
const all = sources(path.join(ROOT, 'src'));

it('imports blessed only in src/ui/tui/', () => {
  const offenders = all.filter((f) => !rel(f).startsWith('src/ui/tui/') && importsOf(f).includes('blessed'));
  expect(offenders.map(rel)).toEqual([]);
  expect(all.some((f) => importsOf(f).includes('blessed'))).toBe(true);
});

it('keeps the engine, stories and saves free of the front ends', () => {
  const core = all.filter((f) => /^src\/(engine|story|saves|branches|classroom|explore)\//.test(rel(f)));
  const offenders = core.filter((f) => importsOf(f).some((i) => /\/ui\//.test(i)));
  expect(offenders.map(rel)).toEqual([]);
});

it('imports inkjs through src/story/inkjs.ts only (its entries hold different classes)', () => {
  const offenders = all.filter((f) => rel(f) !== 'src/story/inkjs.ts' && importsOf(f).some((i) => /^inkjs(\/full)?$/.test(i)));
  expect(offenders.map(rel)).toEqual([]);
});
