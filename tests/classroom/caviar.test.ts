// End to end on the real story (story/caviar.ink): its three roles, a student starting in a
// role, a small class over every role through the report, and the teacher guide's handout
// against the facts file. The rest of the kit is tested on small fixtures.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { debriefOf } from '../../src/classroom/debrief.ts';
import { loadFacts } from '../../src/classroom/facts.ts';
import { metadataOf } from '../../src/story/metadata.ts';
import { loadStory, type LoadedStory } from '../../src/story/load.ts';
import { ROOT, runCli, tempDir } from '../helpers.ts';
import { playRandomly, writeSave } from './class.ts';

const CAVIAR = path.join(ROOT, 'story', 'caviar.ink');
const cache = tempDir();
let story: LoadedStory;

beforeAll(() => {
  story = loadStory(CAVIAR, { cacheDir: cache });
});

describe('Caviar in the classroom', () => {
  it('offers three roles, each starting at its own knot', () => {
    expect(metadataOf(story).roles).toEqual([
      { id: 'british', knot: 'uk_start' },
      { id: 'american', knot: 'us_start' },
      { id: 'reporter', knot: 'pr_start' },
    ]);
  });

  it('starts a student in a role with the briefing shown once', async () => {
    const run = await runCli(['play', '--plain', '--role', 'british', '--student', 'Ada L.'], ':brief\n', { CAVIAR_CACHE: cache, CAVIAR_SAVES: tempDir() });
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('You will play the British aide.\nYou are Thomas Arden')).toBe(true);
    const [before, after] = run.stdout.split('> ');
    expect(before!.match(/Your private objective:/g)).toHaveLength(1);
    expect(after).toMatch(/^Briefing: British aide\nYou are Thomas Arden/);
  });

  it('gives every role a debrief with its objective and the documented facts met, with statements', () => {
    const facts = loadFacts(story.file);
    for (const [i, role] of metadataOf(story).roles.entries()) {
      const { session } = playRandomly(story, { seed: 40 + i, startPath: role.knot! });
      expect(session.state.ended).toBe(true);
      const d = debriefOf(session, facts);
      expect(d.objective?.met).toEqual(expect.any(Boolean));
      expect(d.documented.length).toBeGreaterThan(10);
      expect(d.documented.every((f) => f.statement && f.sources.length)).toBe(true);
      expect(d.ending).not.toBeNull();
    }
  });

  it('makes a class report over the three roles', async () => {
    const dir = tempDir();
    metadataOf(story).roles.forEach((role, i) => {
      for (let n = 0; n < 2; n++) writeSave(dir, `${role.id}-${n}.json`, playRandomly(story, { seed: 200 + 10 * i + n, startPath: role.knot!, student: `${role.id} ${n}` }).save);
    });
    const out = path.join(tempDir(), 'report.html');
    const run = await runCli(['class-report', dir, '--out', out], '', { CAVIAR_CACHE: cache, CAVIAR_CONFIG: tempDir() });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Caviar: class report of .*\n6 students counted\.\n/);
    for (const name of ['British aide', 'American aide', 'Reporter']) expect(run.stdout).toMatch(new RegExp(`\\n${name}: 2 students, 2 finished`));
    const html = fs.readFileSync(out, 'utf8');
    expect(html.match(/<section class="role" id="role-\d">/g)).toHaveLength(3);
  });
});

describe('the teacher guide', () => {
  const guide = fs.readFileSync(path.join(ROOT, 'docs', 'teacher-guide.md'), 'utf8');

  it('keeps no copy of the handout that can go stale, and no internal source key or file path', () => {
    // The copy it kept went out of date and showed the facts file's own keys; the guide now says how to print each handout.
    expect(guide).not.toContain('<!-- handout:');
    expect(guide).not.toMatch(/- \[ \] /);
    expect(guide).not.toMatch(/\(S\d+\)|\bSEED\b|story\/[a-z-]+\.json/);
    const commands = guide.split('\n').filter((l) => l.startsWith('npx caviar handout'));
    for (const flag of ['--role', '--class', '--student', '--key', '--roles', '--sources']) expect(commands.some((l) => l.split(/\s+/).includes(flag)), flag).toBe(true);
  });

  it('names only commands and flags caviar has', async () => {
    const help = (await runCli(['--help'])).stdout;
    for (const command of ['play', 'transcript', 'class-report', 'handout', 'check']) expect(help).toContain(`caviar ${command === 'play' ? '[play]' : command}`);
    const flags = new Set(guide.match(/(?<=[\s`])--[a-z][a-z-]+/g));
    expect([...flags]).toEqual(expect.arrayContaining(['--role', '--student', '--screen-reader', '--saves', '--theme', '--out']));
    for (const flag of flags) expect(help).toContain(flag);
  });
});
