// `caviar map STORY --out FILE`: the branch map as standalone HTML (SVG) or Graphviz DOT.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from '../helpers.ts';

describe('caviar map', () => {
  const saves = tempDir();
  const env = { CAVIAR_CACHE: tempDir(), CAVIAR_SAVES: saves };
  const ready = (async () => {
    await runCli([fixture('choices.ink')], '1\n1\n1\n', env);
    await runCli([fixture('choices.ink')], '1\n2\n', env);
    await runCli([fixture('hostile.ink')], '1\n', env);
  })();

  it('writes a standalone HTML page with an SVG drawing of every branch', async () => {
    await ready;
    const out = path.join(tempDir(), 'map.html');
    const run = await runCli(['map', fixture('choices.ink'), '--out', out], '', env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Wrote the branch map of "choices" \(5 choice points, 2 playthroughs\)/);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toMatch(/<svg [^>]*role="img"/);
    expect(html).toContain('1 of 1 endings reached');
    expect(html).toContain('› Second A (+1)');
    expect(html).toContain('ENDING: The Finale');
    // No outside assets: nothing is fetched from anywhere.
    expect(html).not.toMatch(/<(script|link|img|iframe)\b|url\(|src=/i);
  });

  it('writes Graphviz DOT by extension', async () => {
    await ready;
    const out = path.join(tempDir(), 'map.dot');
    expect((await runCli(['map', fixture('choices.ink'), '--out', out], '', env)).code).toBe(0);
    const dot = fs.readFileSync(out, 'utf8');
    expect(dot).toMatch(/^digraph branches \{\n/);
    expect(dot.match(/ -> /g)).toHaveLength(3);
    expect(dot).toContain('[label="Second B"]');
    expect(dot).toMatch(/ENDING: The Finale", penwidth=2\]/);
  });

  it('escapes whatever the story says', async () => {
    await ready;
    const out = path.join(tempDir(), 'map.html');
    expect((await runCli(['map', fixture('hostile.ink'), '--out', out], '', env)).code).toBe(0);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<script|<img|<b>/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quoted&quot;');
    const dot = path.join(tempDir(), 'map.dot');
    await runCli(['map', fixture('hostile.ink'), '--out', dot], '', env);
    expect(fs.readFileSync(dot, 'utf8')).toContain('label="<script>alert(\\"x\\")</script> & \\"quoted\\""');
  });

  it('says so when there is no map yet, or the file type is unknown', async () => {
    const empty = await runCli(['map', fixture('choices.ink'), '--out', path.join(tempDir(), 'x.html')], '', { ...env, CAVIAR_SAVES: tempDir() });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/no branch map of "choices" yet/);
    const bad = await runCli(['map', fixture('choices.ink'), '--out', 'map.pdf'], '', env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--out must end in \.html or \.dot/);
  });

  it('defaults to Caviar like handout and explore, and has --help', async () => {
    const none = await runCli(['map', '--out', path.join(tempDir(), 'x.html')], '', { ...env, CAVIAR_SAVES: tempDir() });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^caviar: no branch map of "Caviar" yet in .*: play the story first\n$/);
    const help = await runCli(['map', '--help'], '', env);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: caviar map \[STORY\] \[--saves DIR\] --out FILE\.html\|FILE\.dot \| caviar map \[STORY\] --class DIR \| --data DIR \[--out FILE\.html\|FILE\.dot\|FILE\.txt\]\n/);
    const handout = await runCli(['handout', '--help'], '', env);
    expect([handout.code, handout.stdout.split('\n')[0]]).toEqual([0, 'usage: caviar handout [STORY] [--role ID | --class DIR | --data DIR [--student NAME] | --roles | --sources] [--key] [--format md|html] [--out FILE] [--theme default|contrast]']);
  });
});
