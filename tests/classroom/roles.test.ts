// Roles: found from the story's `# role:` tags; `caviar play --role ID` starts there, records
// the start and the student in the save; an unknown role is a usage error listing the roles.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRole } from '../../src/classroom/roles.ts';
import { readMetadata } from '../../src/story/metadata.ts';

const rolesOf = (json: string) => readMetadata(json, '').roles;
import { UsageError } from '../../src/errors.ts';
import { fixture, loadFixture, runCli, tempDir } from '../helpers.ts';

const HARBOUR = fixture('classroom', 'harbour.ink');
const env = () => ({ CAVIAR_CACHE: tempDir(), CAVIAR_SAVES: tempDir() });

describe('roles of a story', () => {
  it('finds each # role: tag and the knot it is in, in story order', () => {
    expect(rolesOf(loadFixture('classroom/harbour.ink').json)).toEqual([
      { id: 'envoy', knot: 'envoy_start' },
      { id: 'scribe', knot: 'scribe_start' },
    ]);
  });

  it('reads a role tag outside any knot as the start of the story, and older compiled tag forms', () => {
    expect(rolesOf(loadFixture('tags.ink').json)).toEqual([{ id: 'reporter', knot: null }]);
    const old = JSON.stringify({ inkVersion: 20, root: [['^Hi', 'done'], 'done', { spy: [{ '#': 'role: spy' }, '^x', null] }] });
    expect(rolesOf(old)).toEqual([{ id: 'spy', knot: 'spy' }]);
    expect(rolesOf(loadFixture('choices.ink').json)).toEqual([]);
  });

  it('finds a role by id in any case, or says which roles there are', () => {
    const story = loadFixture('classroom/harbour.ink');
    expect(findRole(story, 'SCRIBE').knot).toBe('scribe_start');
    expect(() => findRole(story, 'admiral')).toThrow(new UsageError('this story has no role "admiral"; its roles are: envoy, scribe'));
    expect(() => findRole(loadFixture('choices.ink'), 'envoy')).toThrow(/has no roles/);
  });
});

describe('caviar play --role and --student', () => {
  it('starts in the role, and the save records the start and the student', async () => {
    const e = env();
    const run = await runCli([HARBOUR, '--plain', '--role', 'scribe', '--student', 'Ada L.', '--seed', '3'], '1\n', e);
    expect(run.stdout.startsWith('You are the scribe.\nYou keep the minutes of the harbour talks.\n')).toBe(true);
    expect(run.stdout).not.toContain('Who will you be?');
    expect(run.code).toBe(0);
    const save = JSON.parse(fs.readFileSync(path.join(e.CAVIAR_SAVES, 'autosave-the-harbour-talks.json'), 'utf8'));
    expect(save).toMatchObject({ start: 'scribe_start', student: 'Ada L.', seed: 3, choices: [{ turn: 1, index: 0, text: 'Begin' }] });
    // Resuming keeps the start and the name without repeating the flags.
    const again = await runCli([HARBOUR, '--plain', '--continue'], '1\n', e);
    expect(again.stdout).toContain('Every word is there.');
    const after = JSON.parse(fs.readFileSync(path.join(e.CAVIAR_SAVES, 'autosave-the-harbour-talks.json'), 'utf8'));
    expect(after).toMatchObject({ start: 'scribe_start', student: 'Ada L.' });
    expect(after.choices).toHaveLength(2);
  });

  it('rejects an unknown role with the list of roles (exit 2), and --role with --continue', async () => {
    const bad = await runCli([HARBOUR, '--plain', '--role', 'admiral'], '', env());
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('caviar: this story has no role "admiral"; its roles are: envoy, scribe\n');
    const both = await runCli([HARBOUR, '--plain', '--role', 'envoy', '--continue'], '', env());
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--role starts a new playthrough/);
  });

  it('rejects an empty or overlong student name, and stores a hostile one only as data', async () => {
    expect((await runCli([HARBOUR, '--plain', '--student', '  '], '', env())).code).toBe(2);
    expect((await runCli([HARBOUR, '--plain', '--student', 'x'.repeat(101)], '', env())).stderr).toMatch(/at most 100 characters/);
    const e = env();
    const run = await runCli([HARBOUR, '--plain', '--student', '<script>alert(1)</script>\u001b[2J'], '', e);
    expect(run.code).toBe(0);
    const save = JSON.parse(fs.readFileSync(path.join(e.CAVIAR_SAVES, 'autosave-the-harbour-talks.json'), 'utf8'));
    expect(save.student).toBe('<script>alert(1)</script> [2J');
    expect(Object.keys(save).sort()).toEqual(['choices', 'createdAt', 'engine', 'format', 'inkState', 'seed', 'story', 'student', 'updatedAt', 'version']);
  });
});
