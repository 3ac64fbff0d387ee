// `caviar test` (issue 17 item 1): golden transcripts and recordings run as tests, through the
// real binary: a unified diff and exit 1 on a failure, --update, --junit, choices found by text
// first and by number when reworded.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from '../helpers.ts';

const env = () => ({ CAVIAR_CACHE: tempDir(), CAVIAR_SAVES: tempDir() });

/** A copy of the shop story and its test in a fresh folder, so a test may edit them. */
function shop() {
  const dir = tempDir();
  for (const name of ['shop.ink', 'shop.ctest']) fs.copyFileSync(fixture('bench', 'golden', name), path.join(dir, name));
  const edit = (name: string, from: string, to: string) => {
    const file = path.join(dir, name);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain(from);
    fs.writeFileSync(file, text.replace(from, to));
  };
  return { dir, test: path.join(dir, 'shop.ctest'), edit };
}

describe('caviar test', () => {
  it('passes a golden transcript that matches, with its tags and variables', async () => {
    const run = await runCli(['test', fixture('bench', 'golden')], '', env());
    expect(run.stdout).toMatch(/^ok {6}\S*shop\.ctest \(\d+ ms\)\n1 passed\n$/);
    expect(run.code).toBe(0);
  });

  it('prints a unified diff and exits 1 when the story prints something else; --update blesses it', async () => {
    const s = shop();
    s.edit('shop.ink', 'You have {coins} coins left.', 'You have {coins} coins to spend.');
    s.edit('shop.ink', '~ coins = coins - cost', '~ coins = coins - cost - 1');
    const run = await runCli(['test', s.test], '', env());
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      [
        ' > 2) Buy cheese',
        '-You buy cheese. You have 1 coins left.',
        '+You buy cheese. You have 0 coins to spend.',
        ' THE END',
        '-[vars] coins = 1',
        '+[vars] coins = 0',
      ].join('\n'),
    );
    expect(run.stdout).toMatch(/@@ -\d+,\d+ \+\d+,\d+ @@/);
    expect(run.stdout).toMatch(/0 passed, 1 failed\nTo accept the new output as the expectation: caviar test --update FILE\n$/);
    const updated = await runCli(['test', '--update', s.test], '', env());
    expect(updated.stdout).toMatch(/updated \S*shop\.ctest\n0 passed, 1 updated\n/);
    expect(fs.readFileSync(s.test, 'utf8')).toContain('You buy cheese. You have 0 coins to spend.\nTHE END\n[vars] coins = 0\n');
    expect(fs.readFileSync(s.test, 'utf8')).toContain('# Buying cheese.\n'); // the header's comments stay
    expect((await runCli(['test', s.test], '', env())).code).toBe(0);
  });

  it('finds a moved choice by its text, and a reworded one by its number', async () => {
    const s = shop();
    s.edit('shop.ink', '* [Buy bread] You buy bread. -> paid(1)\n* [Buy cheese]', '* [Buy cheese]');
    s.edit('shop.ink', '* [Buy cheese] You buy cheese. -> paid(2)', '* [Buy cheese] You buy cheese. -> paid(2)\n* [Buy bread] You buy bread. -> paid(1)');
    const moved = await runCli(['test', s.test], '', env());
    // The same path is taken: only the listing and the number typed differ.
    expect(moved.stdout).toContain('-1) Buy bread\n-2) Buy cheese\n+1) Buy cheese\n+2) Buy bread\n 3) Leave\n [tags] location: the shop\n-> 2) Buy cheese\n+> 1) Buy cheese\n You buy cheese.');
    const t = shop();
    t.edit('shop.ink', '[Buy cheese]', '[Buy some cheese]');
    const reworded = await runCli(['test', t.test], '', env());
    expect(reworded.stdout).toContain('-> 2) Buy cheese\n+> 2) Buy some cheese\n You buy cheese.');
    expect(reworded.code).toBe(1);
  });

  it('writes JUnit XML for CI, with the diff of each failure', async () => {
    const s = shop();
    s.edit('shop.ink', 'You buy cheese.', 'You buy <cheese> & go.');
    const xml = path.join(s.dir, 'junit.xml');
    const run = await runCli(['test', s.dir, '--junit', xml], '', env());
    expect(run.code).toBe(1);
    const report = fs.readFileSync(xml, 'utf8');
    expect(report).toMatch(/<testsuite name="caviar test" tests="1" failures="1" errors="0" time="[\d.]+">/);
    expect(report).toMatch(/<testcase classname="caviar" name="\S*shop\.ctest" time="[\d.]+">\n {4}<failure message="the output differs">/);
    expect(report).toContain('+You buy &lt;cheese&gt; &amp; go. You have 1 coins left.');
  });

  it('a recording made with play --record is a test: it passes, then fails with a diff when the story changes', async () => {
    const s = shop();
    const recording = path.join(s.dir, 'run.json');
    await runCli([path.join(s.dir, 'shop.ink'), '--seed', '4', '--record', recording], '1\n', env());
    expect(JSON.parse(fs.readFileSync(recording, 'utf8'))).toMatchObject({ story: { file: 'shop.ink' }, output: [expect.stringContaining('1) Buy bread'), expect.stringContaining('You buy bread.')] });
    const passed = await runCli(['test', recording], '', env());
    expect(passed.stdout).toMatch(/^ok {6}\S*run\.json/);
    s.edit('shop.ink', 'You buy bread.', 'You buy a loaf.');
    const failed = await runCli(['test', s.dir], '', env());
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('-You buy bread. You have 2 coins left.\n+You buy a loaf. You have 2 coins left.');
    expect(failed.stdout).toMatch(/ok {6}\S*shop\.ctest/); // the folder's other test still passes
    // Moved elsewhere without its story: a clear error, not another story played.
    const away = path.join(tempDir(), 'run.json');
    fs.copyFileSync(recording, away);
    const lost = await runCli(['test', away], '', env());
    expect(lost.code).toBe(2);
    expect(lost.stdout).toMatch(/ERROR {4}\S*run\.json\n\S*run\.json: its story shop\.ink is not there \(looked for \S*shop\.ink\)\n0 passed, 1 could not run\n/);
  });

  it.each([
    ['no header', 'story: shop.ink\n', /a caviar test starts with the line "caviar-test 1"/],
    ['no seed', 'caviar-test 1\nstory: shop.ink\n\n', /the header needs seed: N, a whole number/],
    ['an unknown header line', 'caviar-test 1\nstory: shop.ink\nseed: 1\nspeed: 3\n\n', /line 4: the header holds story:, seed:, from: or role:, and # comments; not "speed: 3"/],
    ['an unknown start', 'caviar-test 1\nstory: shop.ink\nseed: 1\nfrom: nowhere\n\n', /from: the story has no knot or stitch named "nowhere"/],
  ])('a test file with %s is an error in one line, exit 2', async (_what, content, message) => {
    const dir = tempDir();
    fs.copyFileSync(fixture('bench', 'golden', 'shop.ink'), path.join(dir, 'shop.ink'));
    fs.writeFileSync(path.join(dir, 'bad.ctest'), content);
    const run = await runCli(['test', path.join(dir, 'bad.ctest')], '', env());
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(message);
    expect(run.stderr).toBe('');
  });

  it('refuses to run nothing', async () => {
    const none = await runCli(['test', tempDir()], '', env());
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^caviar: no tests in \S+: a test is a \.ctest file or a recording \(\.json\) made with caviar play --record\n$/);
  });
});

describe("Caviar's golden transcripts", () => {
  it('tests/golden: one per role, all passing (after a meant change of the text: caviar test --update tests/golden)', async () => {
    const run = await runCli(['test', 'tests/golden'], '', env());
    expect(run.stdout).toMatch(/ok {6}tests\/golden\/american\.ctest[\s\S]*ok {6}tests\/golden\/british\.ctest[\s\S]*ok {6}tests\/golden\/reporter\.ctest[\s\S]*3 passed\n$/);
    expect(run.code).toBe(0);
  }, 60_000);
});
