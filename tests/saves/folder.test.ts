// The default save folder (issue 18, item 10): the user's data folder, not the installed
// package; saves in the old place are copied over once, and the player told where they live.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adoptOldSaves } from '../../src/saves/folder.ts';
import { fixture, runCli, tempDir } from '../helpers.ts';

describe('the default save folder', () => {
  it('was inside the installed package: it is now $XDG_DATA_HOME/caviar/saves', async () => {
    const data = tempDir();
    const run = await runCli([fixture('choices.ink')], '1\n', { CAVIAR_CACHE: tempDir(), CAVIAR_SAVES: '', XDG_DATA_HOME: data });
    expect(run.code).toBe(0);
    expect(fs.existsSync(path.join(data, 'caviar', 'saves', 'autosave-choices.json'))).toBe(true);
  });

  it('falls back to ~/.local/share/caviar/saves without XDG_DATA_HOME', async () => {
    const home = tempDir();
    await runCli([fixture('choices.ink')], '1\n', { CAVIAR_CACHE: tempDir(), CAVIAR_SAVES: '', XDG_DATA_HOME: '', HOME: home });
    expect(fs.existsSync(path.join(home, '.local', 'share', 'caviar', 'saves', 'autosave-choices.json'))).toBe(true);
  });
});

describe('saves in the old default folder', () => {
  it('are copied to the new folder the first time, and the player told; links and other files are not', () => {
    const old = tempDir();
    const fresh = path.join(tempDir(), 'caviar', 'saves');
    fs.writeFileSync(path.join(old, 'autosave.json'), '{"format":"caviar-save"}');
    fs.writeFileSync(path.join(old, 'mine.json'), '{"format":"caviar-save"}');
    fs.writeFileSync(path.join(old, 'caviar.branches.jsonl'), '{}\n');
    fs.writeFileSync(path.join(old, '.gitkeep'), '');
    fs.symlinkSync('/etc/hostname', path.join(old, 'link.json'));
    const told = adoptOldSaves(old, fresh);
    expect(told).toBe(`Saves now live in ${fresh}: the 3 files in ${old} (the old save folder) were copied there.`);
    expect(fs.readdirSync(fresh).sort()).toEqual(['autosave.json', 'caviar.branches.jsonl', 'mine.json']);
    expect(fs.readdirSync(old)).toContain('mine.json'); // copied, not moved: an older caviar still finds them
    // Once the new folder exists, nothing is copied again (a save deleted there stays deleted).
    fs.rmSync(path.join(fresh, 'mine.json'));
    expect(adoptOldSaves(old, fresh)).toBeNull();
    expect(fs.existsSync(path.join(fresh, 'mine.json'))).toBe(false);
  });

  it('an empty or missing old folder says nothing and makes nothing', () => {
    const fresh = path.join(tempDir(), 'saves');
    expect(adoptOldSaves(path.join(tempDir(), 'none'), fresh)).toBeNull();
    expect(adoptOldSaves(tempDir(), fresh)).toBeNull();
    expect(fs.existsSync(fresh)).toBe(false);
  });
});
