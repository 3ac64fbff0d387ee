// Issue 18 item 6: a damaged branch-map file (a bad record, null lines, an ending without a
// title, a record that is its own parent, 3,000 levels of branching) ended :map, :endings and
// `caviar map` with an internal error, looped at full CPU or overflowed the stack.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapToDot, mapToHtml } from '../../src/branches/export.ts';
import { BranchMap, nodeId, rootId } from '../../src/branches/map.ts';
import { buildTree, renderTree } from '../../src/branches/tree.ts';
import { fixture, runCli, tempDir } from '../helpers.ts';

const CHOICES = fixture('choices.ink');
const AT = '2026-01-01T00:00:00.000Z';
const node = (id: string, p: string | null, t: string | null, d: number, extra: object = {}) =>
  JSON.stringify({ k: 'n', id, p, t, i: 0, d, s: `point ${d}`, o: [], seed: 1, at: AT, ...extra });

/** The lines of a map where every point has two ways on, one of them a dead end, `levels` deep. */
function deepMap(levels: number): string[] {
  const lines = [JSON.stringify({ k: 'p', seed: 1, at: AT }), node(rootId(), null, null, 0)];
  let parent = rootId();
  for (let d = 1; d <= levels; d++) {
    const on = nodeId(parent, `on ${d}`);
    lines.push(node(nodeId(parent, `off ${d}`), parent, `off ${d}`, d), node(on, parent, `on ${d}`, d));
    parent = on;
  }
  return lines;
}

const DAMAGE = [
  '{"k":"n","id":"x"',
  'null',
  '[1,2,3]',
  '{"k":"e","n":"af7b057b8923a3ef","id":"finale","at":"2026-01-01T00:00:00.000Z"}',
  node('self', 'self', 'Loop', 1),
  node('a', 'b', 'to a', 2),
  node('b', 'a', 'to b', 1),
  JSON.stringify({ k: 'n', id: 'typed', p: rootId(), t: 'First A', i: 'zero', d: 1, s: 5, o: 'x', seed: 1, at: AT }),
];

describe('a damaged branch-map file', () => {
  it('the bad lines (null, a record that is its own parent, a loop, an ending without a title) are skipped and counted', () => {
    const file = path.join(tempDir(), 'x.branches.jsonl');
    fs.writeFileSync(file, [...deepMap(2), ...DAMAGE].join('\n'));
    const map = BranchMap.open(file);
    expect(map.damagedLines).toBe(DAMAGE.length);
    expect(map.nodes.size).toBe(5);
    expect(map.damageNote()).toBe(`The branch map file has ${DAMAGE.length} damaged lines, skipped: the map shows what could be read.`);
    const lines = renderTree(buildTree(map, map.roots()[0]!, null), new Map());
    expect(lines.length).toBeGreaterThan(3);
  });

  it('3,000 levels of branching: :map, the HTML and the DOT are made without exhausting the stack, and indentation stops growing', () => {
    const file = path.join(tempDir(), 'deep.branches.jsonl');
    fs.writeFileSync(file, deepMap(3000).join('\n'));
    const map = BranchMap.open(file);
    expect(map.nodes.size).toBe(6001);
    const lines = renderTree(buildTree(map, map.roots()[0]!, null), new Map());
    expect(lines).toHaveLength(1 + 3000 * 4);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(200);
    expect(lines.at(-1)).toMatch(/^ +\* \(level 3000\) turn 3000: point 3000/);
    const html = mapToHtml(map, 'deep', { total: 0, reached: 0, groups: [] }, new Map());
    expect(html.match(/<g class="node/g)).toHaveLength(6001);
    expect(mapToDot(map, 'deep', new Map()).match(/ -> /g)).toHaveLength(6000);
    expect(map.pathTo([...map.nodes.keys()].at(-1)!)).toHaveLength(3000);
  });

  it(':map, :endings and caviar map on a damaged file: one note, no internal error', async () => {
    const e = { CAVIAR_CACHE: tempDir(), CAVIAR_SAVES: tempDir() };
    await runCli([CHOICES], '1\n1\n1\n', e);
    const file = path.join(e.CAVIAR_SAVES, 'choices.branches.jsonl');
    fs.appendFileSync(file, `${DAMAGE.join('\n')}\n`);
    const before = fs.readFileSync(file, 'utf8');
    const plain = await runCli([CHOICES, '--continue'], ':map\n:endings\n:quit\n', e);
    expect(plain.stderr).not.toMatch(/internal error|^\s+at /m);
    expect(plain.stdout).toMatch(/Branch map of choices: 1 playthrough, 4 choice points seen, 1 of 1 endings reached\./);
    expect(plain.stdout).toMatch(/Endings reached: 1 of 1\./);
    expect(plain.stdout.match(/The branch map file has 8 damaged lines, skipped/g)).toHaveLength(2);
    const out = path.join(tempDir(), 'map.html');
    const cli = await runCli(['map', CHOICES, '--out', out], '', e);
    expect(cli.code).toBe(0);
    expect(cli.stderr).toBe('The branch map file has 8 damaged lines, skipped: the map shows what could be read.\n');
    expect(fs.readFileSync(out, 'utf8')).toContain('ENDING: The Finale');
    expect(fs.readFileSync(file, 'utf8').startsWith(before)).toBe(true);
  }, 120_000);
});
