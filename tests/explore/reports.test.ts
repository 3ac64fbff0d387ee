// The terminal summary, the progress line and the HTML report.

import { describe, expect, it } from 'vitest';
import { graphSvg } from '../../src/explore/graph-svg.ts';
import { escapeHtml } from '../../src/escape.ts';
import { renderHtml } from '../../src/explore/html.ts';
import { renderProgress } from '../../src/explore/progress.ts';
import { formatPath, formatSummary } from '../../src/explore/summary.ts';
import { exploreFixture } from './helpers.ts';

describe('reports', () => {
  it('the summary names each finding with its line and the numbers to type to reproduce it', async () => {
    const text = formatSummary(await exploreFixture('runtime-error.ink', { mode: 'exhaustive', seed: 9 }));
    expect(text).toMatch(/^caviar explore .*runtime-error\.ink: exhaustive, 2 choice points .*seed 9/);
    expect(text).toMatch(/runtime error at .*runtime-error\.ink:13: Cannot perform operation LIST_VALUE on Int\n {4}reproduce: caviar play \S*runtime-error\.ink --seed 9 --path "1 2"\n/);
    expect(text).toMatch(/Coverage: 3 of 3 knots and stitches visited \(100%\)/);
  });

  it('the summary says what was cut', async () => {
    const text = formatSummary(await exploreFixture('hub.ink', { mode: 'exhaustive', maxDepth: 1 }));
    expect(text).toMatch(/Cut: 3 choice points at the depth bound of 1 choice not expanded with 10 choices untaken \(hub 3\); e\.g\. seed 1, choices 1/);
  });

  it('paths: the 1-based numbers, shortened when long', () => {
    expect(formatPath({ seed: 4, choices: [] })).toBe('seed 4, at the start');
    expect(formatPath({ seed: 4, choices: [{ index: 0, text: 'a' }, { index: 2, text: 'b' }] })).toBe('seed 4, choices 1 3');
    const long = { seed: 1, choices: Array.from({ length: 40 }, () => ({ index: 1, text: 'x' })) };
    expect(formatPath(long)).toMatch(/^seed 1, choices (2 ){29}2 \.\.\. \(40 choices\)$/);
  });

  it('the progress line: a bar for random mode, a count for exhaustive mode', () => {
    expect(renderProgress({ mode: 'random', elapsedS: 2, done: 50, total: 200 }, null)).toBe('[######..................] 50/200 playthroughs  2.0 s');
    expect(renderProgress({ mode: 'exhaustive', elapsedS: 30, done: 1234, total: null, depth: 7, frontier: 99 }, 120)).toBe(
      '[######..................] 1,234 choice points, depth 7, 99 waiting  30.0 s of 120 s',
    );
  });

  it('the HTML report stands alone and escapes the story text', async () => {
    const report = await exploreFixture('endings.ink', { mode: 'exhaustive' });
    report.findings.push({ kind: 'error', message: '<script>alert(1)</script>', inkPath: null, source: null, count: 1, path: { seed: 1, choices: [{ index: 0, text: 'a & <b>' }] } });
    const html = renderHtml(report);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('1) a &amp; &lt;b&gt;');
    expect(html).toMatch(/The Secret Ending/);
    expect(html).toMatch(/<td><span class="no">never<\/span><\/td>/);
    expect(escapeHtml(`"'`)).toBe('&quot;&#39;');
  });

  it('the branch graph draws every knot, visited or not, and every explored edge', async () => {
    const report = await exploreFixture('endings.ink', { mode: 'exhaustive' });
    const svg = graphSvg(report.graph);
    for (const n of report.graph.nodes) expect(svg).toContain(`>${n.id}</text>`);
    expect(svg.match(/<path /g)).toHaveLength(report.graph.edges.filter((e) => e.from !== e.to).length);
    expect(svg).toContain('secret (knot, never visited)');
  });
});
