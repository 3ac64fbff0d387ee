// Outputs a user names (--out, --json, --html, --record, :transcript) through the real binary
// (issue 18, item 11): none replaces a save, a hand-in, a recording of another story or a story's
// source, and none turns a device or a pipe into a regular file.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from '../helpers.ts';

const CHOICES = fixture('choices.ink');
const HARBOUR = fixture('classroom', 'harbour.ink');
const env = () => ({ CAVIAR_CACHE: tempDir(), CAVIAR_SAVES: tempDir(), CAVIAR_CONFIG: tempDir() });

/** A class folder with two students' saves of choices.ink, and a transcript of Ada's. */
async function classFolder() {
  const e = env();
  const dir = tempDir();
  await runCli([CHOICES, '--student', 'Ada'], '1\n2\n', e);
  fs.copyFileSync(path.join(e.CAVIAR_SAVES, 'autosave-choices.json'), path.join(dir, 'ada.json'));
  await runCli([CHOICES, '--student', 'Bo'], '2\n', { ...e, CAVIAR_SAVES: path.join(dir, 'bo-saves') });
  fs.copyFileSync(path.join(dir, 'bo-saves', 'autosave-choices.json'), path.join(dir, 'bo.json'));
  const made = await runCli(['transcript', path.join(dir, 'ada.json'), '--story', CHOICES, '--out', path.join(dir, 'ada.md')], '', e);
  expect(made.code).toBe(0);
  return { e, dir };
}

const untouched = (file: string) => {
  const before = fs.readFileSync(file, 'utf8');
  return () => expect(fs.readFileSync(file, 'utf8')).toBe(before);
};

describe('outputs never destroy what they must not', () => {
  it('class-report --out replaced a student save: refused, exit 2, the save untouched', async () => {
    const { e, dir } = await classFolder();
    // Named .html, so the report's format check lets it through to the check of what the file holds.
    fs.copyFileSync(path.join(dir, 'bo.json'), path.join(dir, 'bo.html'));
    const same = untouched(path.join(dir, 'bo.html'));
    const run = await runCli(['class-report', dir, '--story', CHOICES, '--out', path.join(dir, 'bo.html')], '', e);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^caviar: will not write .*bo\.html: it is a caviar save, which this would destroy; choose another name\n$/);
    same();
  });

  it('transcript --out replaced another student\'s hand-in: refused; the same playthrough\'s transcript is replaced', async () => {
    const { e, dir } = await classFolder();
    const same = untouched(path.join(dir, 'ada.md'));
    const other = await runCli(['transcript', path.join(dir, 'bo.json'), '--story', CHOICES, '--out', path.join(dir, 'ada.md')], '', e);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/will not write .*ada\.md: it is a hand-in \(a caviar transcript\), which this would destroy/);
    same();
    const again = await runCli(['transcript', path.join(dir, 'ada.json'), '--story', CHOICES, '--out', path.join(dir, 'ada.md')], '', e);
    expect(again.code).toBe(0);
  });

  it('handout --out replaced the story\'s own .ink source and its facts file: refused', async () => {
    const dir = tempDir();
    fs.copyFileSync(HARBOUR, path.join(dir, 'harbour.ink'));
    fs.copyFileSync(path.join(path.dirname(HARBOUR), 'facts.json'), path.join(dir, 'facts.json'));
    for (const [name, why] of [['harbour.ink', 'it is a file this run reads'], ['facts.json', 'it is a file this run reads']] as const) {
      const same = untouched(path.join(dir, name));
      const run = await runCli(['handout', path.join(dir, 'harbour.ink'), '--out', path.join(dir, name)], '', env());
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(why);
      same();
    }
    const other = path.join(dir, 'notes.ink');
    fs.writeFileSync(other, 'Another story.\n');
    const ink = await runCli(['handout', path.join(dir, 'harbour.ink'), '--out', other], '', env());
    expect(ink.stderr).toMatch(/notes\.ink: it is an ink story/);
  });

  it('explore --json over a save is refused before the run', async () => {
    const { e, dir } = await classFolder();
    const same = untouched(path.join(dir, 'ada.json'));
    const run = await runCli(['explore', CHOICES, '--random', '2', '--json', path.join(dir, 'ada.json')], '', e);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/will not write .*ada\.json: it is a caviar save/);
    same();
  });

  it('--record over a save or the story replaced it: refused before play; a recording of the same story is replaced', async () => {
    const { e, dir } = await classFolder();
    const same = untouched(path.join(dir, 'ada.json'));
    const save = await runCli([CHOICES, '--record', path.join(dir, 'ada.json')], '1\n', e);
    expect(save.code).toBe(2);
    expect(save.stdout).toBe('');
    same();
    const copy = path.join(dir, 'story.json');
    fs.writeFileSync(copy, '{"inkVersion":21,"root":[]}');
    const story = await runCli([CHOICES, '--record', copy], '1\n', e);
    expect(story.stderr).toMatch(/story\.json: it is an ink story/);
    const rec = path.join(dir, 'run.replay.json');
    expect((await runCli([CHOICES, '--record', rec], '1\n', e)).code).toBe(0);
    expect((await runCli([CHOICES, '--record', rec], '2\n', e)).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(rec, 'utf8')).choices).toMatchObject([{ text: 'First B' }]);
    const otherStory = await runCli([HARBOUR, '--record', rec], '', e);
    expect(otherStory.code).toBe(2);
    expect(otherStory.stderr).toMatch(/run\.replay\.json: it is a caviar recording/);
  });

  it('a student\'s :transcript over a classmate\'s hand-in is refused', async () => {
    const { e, dir } = await classFolder();
    const same = untouched(path.join(dir, 'ada.md'));
    const run = await runCli([CHOICES, '--student', 'Bo'], `1\n:transcript ${path.join(dir, 'ada.md')}\n`, e);
    expect(run.stdout).toMatch(/will not write .*ada\.md: it is a hand-in/);
    same();
  });
});

describe('special files as outputs', () => {
  it('explore --json /dev/full replaced the device with a regular file: an error, exit 2, the device kept', async () => {
    const run = await runCli(['explore', CHOICES, '--random', '1', '--json', '/dev/full'], '', env());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^caviar: cannot write \/dev\/full \(ENOSPC\)\n$/);
    expect(fs.statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('--record on a device node is written into it, not renamed over it', async () => {
    const run = await runCli([CHOICES, '--record', '/dev/null'], '1\n', env());
    expect(run.code).toBe(0);
    expect(fs.statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('a FIFO as --out is written into when something reads it, refused at once when nothing does', async () => {
    const dir = tempDir();
    const pipe = path.join(dir, 'pipe.md');
    execFileSync('mkfifo', [pipe]);
    const lonely = await runCli(['handout', HARBOUR, '--out', pipe], '', env());
    expect(lonely.code).toBe(2);
    expect(lonely.stderr).toMatch(/pipe\.md: it is a pipe that nothing reads from/);
    const reader = spawn('cat', [pipe]);
    let got = '';
    reader.stdout.setEncoding('utf8').on('data', (d: string) => (got += d));
    const readerDone = new Promise((resolve) => reader.on('close', resolve));
    // The reader's open of the FIFO waits for a writer; retry until the writer finds it there.
    let run;
    do run = await runCli(['handout', HARBOUR, '--out', pipe], '', env());
    while (run.code === 2 && /nothing reads from/.test(run.stderr));
    expect(run.code).toBe(0);
    await readerDone;
    expect(got).toMatch(/^# /);
    expect(fs.statSync(pipe).isFIFO()).toBe(true);
  });

  it('an --out into a folder that does not exist says so', async () => {
    const run = await runCli(['handout', HARBOUR, '--out', path.join(tempDir(), 'no', 'such', 'h.md')], '', env());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot write .*h\.md: there is no folder .*such\n$/);
  });
});

describe('item 19: every --out to a missing folder', () => {
  it('exit 2 with the path and the reason, and no folder made (transcript and class-report made it, as root even /nope)', async () => {
    const { e, dir } = await classFolder();
    const missing = path.join(tempDir(), 'no', 'such');
    const out = (name: string) => path.join(missing, name);
    const runs = await Promise.all([
      runCli(['transcript', path.join(dir, 'ada.json'), '--story', CHOICES, '--out', out('t.md')], '', e),
      runCli(['class-report', dir, '--story', CHOICES, '--out', out('r.html')], '', e),
      runCli(['handout', HARBOUR, '--out', out('h.md')], '', e),
      runCli(['map', CHOICES, '--out', out('m.html')], '', e),
      runCli(['explore', CHOICES, '--random', '3', '--json', out('e.json')], '', e),
      runCli(['explore', CHOICES, '--random', '3', '--html', out('e.html')], '', e),
      runCli([CHOICES, '--record', out('rec.json')], '', e),
    ]);
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^caviar: cannot write .*[/\\]no[/\\]such[/\\]\w+\.\w+: (there is )?no folder .*such\n$/);
    }
    const plain = await runCli([CHOICES], `:transcript ${out('p.md')}\n`, e);
    expect(plain.stdout).toContain(`cannot write ${out('p.md')}: there is no folder ${missing}.`);
    expect(fs.existsSync(path.dirname(missing))).toBe(false);
  }, 120_000);
});
