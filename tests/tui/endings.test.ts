// The endings view (`e`): every ending of the story, the ones reached in any playthrough
// marked with how often and when first (in the player's time zone), by role when the story
// has roles.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mapFileName } from '../../src/branches/map.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { localTime } from '../../src/local-time.ts';
import { boot, closeAll } from './boot.ts';
import { KEY } from './harness.ts';
import { rowOf, shows } from './screen.ts';

const HARBOUR = fileURLToPath(new URL('../fixtures/classroom/harbour.ink', import.meta.url));

const zone = process.env.TZ;
afterEach(async () => {
  process.env.TZ = zone;
  await closeAll();
});

describe('the endings view', () => {
  it('notes damaged lines of the branch-map file, as :endings and caviar map do (it said nothing)', async () => {
    const saves = fs.mkdtempSync(path.join(os.tmpdir(), 'caviar-endings-'));
    try {
      fs.writeFileSync(path.join(saves, mapFileName('The Small Conference')), 'null\n{"k":"n","id":"x"\n');
      const b = await boot({ saves });
      await b.press('e');
      expect(shows(b, '┌─ Endings: 0 of 1 reached')).toBe(true);
      expect(shows(b, 'The branch map file has 2 damaged lines, skipped: the map shows what')).toBe(true);
      await b.close();
    } finally {
      fs.rmSync(saves, { recursive: true, force: true });
    }
  });

  it('has no such note on a sound branch-map file', async () => {
    const b = await boot();
    await b.press('1', '1', '1', 'e');
    expect(shows(b, '┌─ Endings: 1 of 1 reached')).toBe(true);
    expect(shows(b, 'damaged line')).toBe(false);
  });

  it('lists the endings reached, how often and when first, in local time', async () => {
    const b = await boot();
    await b.press('e');
    expect(shows(b, '┌─ Endings: 0 of 1 reached')).toBe(true);
    expect(shows(b, '· The Protocol Signed  not reached yet')).toBe(true);
    await b.press(KEY.esc, '1', '1', '1', 'u', 'u', '1', '1'); // the same ending a second time
    expect(b.controller.map.endingEvents).toHaveLength(2);
    process.env.TZ = 'Asia/Tokyo'; // UTC+9: the local time is not the stored one
    const first = b.controller.map.endingEvents[0]!.at;
    await b.press('e');
    expect(shows(b, '┌─ Endings: 1 of 1 reached')).toBe(true);
    expect(shows(b, `✓ The Protocol Signed  twice, first ${localTime(first)}`)).toBe(true);
    expect(localTime(first)).not.toBe(first.slice(0, 16).replace('T', ' '));
    await b.press(KEY.esc);
    expect(shows(b, 'Endings:')).toBe(false);
  });

  it('groups them by role when the story has roles', async () => {
    const b = await boot({ story: HARBOUR, cols: 100, rows: 30 });
    await b.press('1', '1', '2', '1'); // the envoy promises what can sail, and goes home
    expect(shows(b, 'The Honest Envoy')).toBe(true);
    await b.press('e');
    expect(shows(b, '┌─ Endings: 1 of 4 reached')).toBe(true);
    const envoy = rowOf(b, 'Role: Envoy');
    const scribe = rowOf(b, 'Role: Scribe');
    expect(envoy).toBeGreaterThan(0);
    expect(rowOf(b, '✓ The Honest Envoy  once, first')).toBe(envoy + 1);
    expect(rowOf(b, '· The Generous Envoy  not reached yet')).toBe(envoy + 2);
    expect(scribe).toBe(envoy + 4);
    expect(rowOf(b, '· The True Record  not reached yet')).toBe(scribe + 1);
    expect(rowOf(b, '· The Tidy Record  not reached yet')).toBe(scribe + 2);
  });

  it('says so when the story has no endings', async () => {
    const b = await boot({ story: 'long.ink', cols: 80, rows: 24 });
    await b.press('e');
    expect(shows(b, 'This story has no "# ending:" tags')).toBe(true);
  });
});
