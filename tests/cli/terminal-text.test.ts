// Issue 18 item 16: terminal control sequences in a story's text, a compile error's echo of the
// source, a save's title or a hand-in's fields reached the terminal raw (a hostile hand-in
// retitled the teacher's window). Stripped wherever caviar writes to a terminal; into a pipe,
// plain mode keeps ink's text exact. Plain mode on a terminal is tried through a real pty.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, fixture, ROOT, runCli, tempDir } from '../helpers.ts';

const ESCAPES = fixture('small', 'escapes.ink');
const RAW = /\u001b|\u0007/;
const env = () => ({ CAVIAR_CACHE: tempDir(), CAVIAR_SAVES: tempDir(), CAVIAR_CONFIG: tempDir() });
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

describe('control sequences on their way to a terminal', () => {
  it('plain mode on a terminal (a real pty): the story text and choices without them; into a pipe, exact', async () => {
    const e = env();
    const command = `printf '1\\n' | ${quote(process.execPath)} ${quote(BIN)} ${quote(ESCAPES)} --plain`;
    const onPty = execFileSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, env: { ...process.env, ...e, CAVIAR_DEBUG: '' }, encoding: 'utf8', timeout: 60_000 });
    expect(onPty).toContain('A line ]0;pwned with c a reset.');
    expect(onPty).toContain('1) Go c on');
    expect(onPty).toContain('After ]2;retitled that.');
    expect(onPty).not.toMatch(RAW);
    const piped = await runCli([ESCAPES], '1\n', e);
    expect(piped.stdout).toContain('A line \u001b]0;pwned\u0007 with \u001bc a reset.');
  });

  it('a compile error echoing the source, in check and on stderr', async () => {
    const e = env();
    const check = await runCli(['check', fixture('small', 'escapes-error.ink')], '', e);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("but saw '[31mred[0m] Gone.'");
    expect(check.stdout).not.toMatch(RAW);
    const play = await runCli([fixture('small', 'escapes-error.ink')], '', e);
    expect(play.stderr).toMatch(/^caviar: .*escapes-error\.ink:3: error: .*\n$/);
    expect(play.stderr).not.toMatch(RAW);
  });

  it("a save's title in the --continue and --load messages, and explore's summary", async () => {
    const e = env();
    await runCli([ESCAPES], '1\n', e);
    const again = await runCli([ESCAPES], '1\n', e);
    expect(again.stderr).toMatch(/kept as "autosave-esc-/);
    const save = path.join(e.CAVIAR_SAVES, fs.readdirSync(e.CAVIAR_SAVES).find((f) => f.endsWith('-previous.json'))!);
    const loaded = await runCli([ESCAPES, '--load', save], '', e);
    expect(loaded.stderr + again.stderr).not.toMatch(RAW);
    const explore = await runCli(['explore', ESCAPES, '--random', '2', '--seed', '1'], '', e);
    expect(explore.code).toBe(0);
    expect(explore.stdout + explore.stderr).not.toMatch(RAW);
  });

  it("a hand-in's student name in the class-report summary and transcript's messages", async () => {
    const e = env();
    await runCli([fixture('choices.ink'), '--student', 'Eve\u001b]0;owned\u0007\u001b[2J'], '1\n', e);
    const dir = tempDir();
    fs.copyFileSync(path.join(e.CAVIAR_SAVES, 'autosave-choices.json'), path.join(dir, 'eve\u001b[2J.json'));
    const report = await runCli(['class-report', dir, '--story', fixture('choices.ink'), '--out', path.join(tempDir(), 'r.html')], '', e);
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/\n1 student counted/);
    expect(report.stdout + report.stderr).not.toMatch(RAW);
    const transcript = await runCli(['transcript', path.join(dir, 'eve\u001b[2J.json'), '--story', fixture('small', 'escapes.ink')], '', e);
    expect(transcript.code).toBe(2);
    expect(transcript.stderr).toMatch(/^caviar: [^\n]*eve\[2J\.json[^\n]*\n$/);
  });
});
