// Coverage an author can act on: text lines never printed, conditional sides never taken and
// sequence items never shown, each at its line, and a hit count for every line (the HTML
// report's source view). line-coverage.ink knows its own gaps; both modes must find exactly them.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.ts';
import { failures, parseFailOn } from '../../src/explore/fail-on.ts';
import { renderNdjson } from '../../src/explore/formats.ts';
import { formatSummary } from '../../src/explore/summary.ts';
import { runCli, tempDir } from '../helpers.ts';
import { exploreFixture, exploreFixturePath, lineOf } from './helpers.ts';


describe.each(['exhaustive', 'random'] as const)('line coverage, %s mode', (mode) => {
  const run = () => exploreFixture('line-coverage.ink', { mode, playthroughs: 20 });

  it('names the lines of text never printed', async () => {
    const { coverage } = await run();
    expect(coverage.lines).toMatchObject({ total: 9, printed: 7 });
    expect(coverage.lines.neverPrinted).toEqual([
      { inkPath: expect.any(String), source: expect.stringMatching(/line-coverage\.ink:16$/), line: '- brave and not brave: Impossible.' },
      { inkPath: 'attic.0', source: expect.stringMatching(/line-coverage\.ink:30$/), line: 'Dusty attic.' },
    ]);
  });

  it('names every side of every conditional never taken, choices included', async () => {
    const { coverage } = await run();
    expect(coverage.branches).toMatchObject({ total: 11, taken: 8 });
    expect(coverage.branches.neverTaken.map((b) => ({ kind: b.kind, line: lineOf(b.source), branch: b.branch, of: b.of, text: b.text }))).toEqual([
      { kind: 'branch', line: 7, branch: 1, of: 2, text: 'You stand tall.' },
      { kind: 'branch', line: 16, branch: 1, of: 2, text: 'Impossible.' },
      { kind: 'choice-offered', line: 22, branch: null, of: null, text: null },
    ]);
    // Both sides of the others were seen: the else, "no branch taken" and a choice's hidden side.
    const kinds = coverage.branches.list.filter((b) => b.count > 0).map((b) => `${b.kind}@${lineOf(b.source)}`);
    expect(kinds).toEqual(['else@7', 'branch@14', 'else@14', 'branch@17', 'none@17', 'branch@20', 'none@20', 'choice-hidden@22']);
  });

  it('names the sequence items never shown', async () => {
    const { coverage } = await run();
    expect(coverage.sequences).toMatchObject({ total: 2, shown: 1 });
    expect(coverage.sequences.neverShown).toEqual([
      { kind: 'stopping', inkPath: expect.any(String), source: expect.stringMatching(/:19$/), line: '{stopping: First visit.|Never shown twice.}', item: 2, of: 2, text: 'Never shown twice.', count: 0 },
    ]);
  });

  it('counts every coverage item together, for --fail-on uncovered', async () => {
    const { coverage } = await run();
    // 4 knots, 9 text lines, 11 conditional sides, 2 sequence items, 5 choices.
    expect(coverage.items).toEqual({ total: 31, covered: 23 });
  });

  it('gives every source line holding content its hit count', async () => {
    const r = await run();
    const [file] = r.coverage.files;
    expect(file!.file).toMatch(/line-coverage\.ink$/);
    const hits = new Map(file!.lines);
    // Every playthrough (exhaustive: the one step) passes the hall once and the yard once.
    const once = mode === 'exhaustive' ? 1 : 20;
    expect(hits.get(6)).toBe(once);
    expect(hits.get(19)).toBe(mode === 'exhaustive' ? 2 : 20);
    expect([16, 30, 31].map((n) => hits.get(n))).toEqual([0, 0, 0]);
    // Comments, blank lines and knot headers hold no content.
    expect([1, 4, 5, 12].map((n) => hits.has(n))).toEqual([false, false, false, false]);
  });
});

describe('line coverage counts', () => {
  it('regression: content ink runs ahead after a newline and rolls back is not counted twice', async () => {
    // ink looks past each newline for glue, then restores its state and runs that content again.
    const r = await exploreFixture('line-coverage.ink', { mode: 'exhaustive' });
    const hits = new Map(r.coverage.files[0]!.lines);
    expect([6, 7, 14, 17, 21, 26].map((n) => hits.get(n))).toEqual([1, 1, 1, 1, 1, 1]);
  });
});

describe('line coverage in the reports', () => {
  it('the summary lists each gap at its file:line with the line itself', async () => {
    const text = formatSummary(await exploreFixture('line-coverage.ink', { mode: 'exhaustive' }));
    expect(text).toContain('Lines: 7 of 9 lines of text printed (77%).\n  never printed: tests/fixtures/explore/line-coverage.ink:16  - brave and not brave: Impossible.\n');
    expect(text).toContain('  never taken: branch 1 of 2 "You stand tall.": tests/fixtures/explore/line-coverage.ink:7  {brave: You stand tall.|You hide.}\n');
    expect(text).toContain('  never offered: its condition was always false: tests/fixtures/explore/line-coverage.ink:22  * {brave} [Boast] -> END\n');
    expect(text).toContain('Sequences: 1 of 2 items shown (50%).\n  never shown: stopping item 2 of 2 "Never shown twice." at tests/fixtures/explore/line-coverage.ink:19');
    expect(text).toContain('Overall: 23 of 31 coverage items covered (74%).');
  });

  it('NDJSON carries each gap and the totals', async () => {
    const lines = renderNdjson(await exploreFixture('line-coverage.ink', { mode: 'exhaustive' }))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string });
    expect(lines.filter((l) => l.type === 'line')).toHaveLength(2);
    expect(lines.filter((l) => l.type === 'branch')).toHaveLength(3);
    expect(lines.filter((l) => l.type === 'sequence-item')).toHaveLength(1);
    expect(lines.at(-1)).toMatchObject({ type: 'totals', lines: { total: 9, printed: 7 }, items: { total: 31, covered: 23 } });
  });

  it('--html shows the source with the times each line ran; --fail-on uncovered sets the exit code', async () => {
    const dir = tempDir();
    const html = path.join(dir, 'r.html');
    const env = { CAVIAR_CACHE: path.join(dir, 'cache') };
    const story = exploreFixturePath('line-coverage.ink');
    const args = ['explore', story, '--exhaustive', '--workers', '0'];
    const failing = await runCli([...args, '--html', html, '--fail-on', 'uncovered'], '', env);
    expect(failing.code).toBe(1);
    expect(failing.stderr).toBe('caviar explore: failing on 8 coverage items of 31 uncovered (25.8%) (uncovered)\n');
    const page = fs.readFileSync(html, 'utf8');
    expect(page).toContain('<tr class="hit" id="F0L6"><td class="n">6</td><td class="h">1</td><td>The hall is quiet.</td></tr>');
    expect(page).toContain('<tr class="miss" id="F0L30"><td class="n">30</td><td class="h">0</td><td>Dusty attic.</td></tr>');
    expect(page).toContain('<tr id="F0L5"><td class="n">5</td><td class="h"></td><td>== hall ==</td></tr>');
    // Ran, but one of its branches never did.
    expect(page).toContain('<tr class="part" id="F0L7"><td class="n">7</td><td class="h">1</td><td>{brave: You stand tall.|You hide.}</td></tr>');
    expect(page).toContain('<b>7 / 9</b>lines of text printed');
  });

  it('--fail-on uncovered=N%: fails only when more than N% of the coverage items are uncovered', async () => {
    const r = await exploreFixture('line-coverage.ink', { mode: 'exhaustive' });
    expect(failures(r, parseFailOn('uncovered=30%'))).toEqual([]);
    expect(failures(r, parseFailOn('uncovered=25'))).toEqual(['8 coverage items of 31 uncovered (25.8%, more than 25%) (uncovered)']);
    // `all` with a threshold beside it keeps the threshold, in either order (CI's gate on Caviar).
    expect(failures(r, parseFailOn('all,uncovered=30%')).filter((f) => f.endsWith('(uncovered)'))).toEqual([]);
    expect(failures(r, parseFailOn('uncovered=30%,all')).filter((f) => f.endsWith('(uncovered)'))).toEqual([]);
    expect(failures(r, parseFailOn('all')).filter((f) => f.endsWith('(uncovered)'))).toHaveLength(1);
    expect(() => parseFailOn('uncovered=lots')).toThrow(new UsageError('--fail-on: uncovered= takes a percentage from 0% to 100%, not "lots"'));
    expect(() => parseFailOn('uncovered=120%')).toThrow(UsageError);
  });
});
