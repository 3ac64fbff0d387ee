// Seen-choice marks: a choice taken from the same point before, in this playthrough or an
// earlier one (the branch map in the saves folder), ends with a quiet ✓, in every theme and
// with NO_COLOR (a glyph, not only a colour), and help explains it.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { choiceRows } from '../../src/ui/tui/choices-view.ts';
import { rowText } from '../../src/ui/tui/styled.ts';
import { boot, closeAll } from './boot.ts';
import { rowOf, shows } from './screen.ts';

afterEach(closeAll);
const saves = fs.mkdtempSync(path.join(os.tmpdir(), 'caviar-marks-'));
afterAll(() => fs.rmSync(saves, { recursive: true, force: true }));

const cellOf = (b: Awaited<ReturnType<typeof boot>>, text: string) => {
  const y = rowOf(b, text);
  return b.term.buffer.active.getLine(y)!.getCell(b.rows()[y]!.indexOf(text))!;
};

describe('seen-choice marks', () => {
  it('mark a choice taken before from this point, and no other', async () => {
    const b = await boot();
    expect(shows(b, '✓')).toBe(false);
    await b.press('1', 'u');
    expect(shows(b, '›1. Shake his hand ✓')).toBe(true);
    expect(b.rows().find((r) => r.includes('2. Look for the car'))).not.toContain('✓');
    // From the next point on, nothing was taken yet.
    await b.press('1');
    expect(shows(b, '✓')).toBe(false);
  });

  it('come from earlier playthroughs too (the branch map kept in the saves folder)', async () => {
    const dir = path.join(saves, 'shared');
    const first = await boot({ saves: dir });
    await first.press('2', '1');
    await first.close();
    const second = await boot({ saves: dir, seed: 99 });
    expect(shows(second, '2. Look for the car ✓')).toBe(true);
    expect(shows(second, 'Shake his hand ✓')).toBe(false);
    await second.press('2');
    expect(shows(second, '1. Open the tin ✓')).toBe(true);
    expect(shows(second, 'Leave it ✓')).toBe(false);
  });

  it('are a glyph in a quiet colour, and still there in the contrast theme and with NO_COLOR', async () => {
    const plain = await boot();
    await plain.press('1', 'u', '\x1b[B'); // select choice 2, so choice 1 is drawn unselected
    expect(cellOf(plain, '✓').getFgColor()).toBe(108);
    await plain.close();

    const contrast = await boot({ settings: { theme: 'contrast' } });
    await contrast.press('1', 'u', '\x1b[B');
    expect(shows(contrast, ' 1. Shake his hand ✓')).toBe(true);
    expect(cellOf(contrast, '✓').getFgColor()).toBe(10);
    await contrast.close();

    const mono = await boot({ env: { NO_COLOR: '1' } });
    await mono.press('1', 'u');
    expect(shows(mono, '›1. Shake his hand ✓')).toBe(true);
    expect(cellOf(mono, '✓').isFgDefault()).toBe(true);
  });

  it('are explained in help', async () => {
    // Tall enough for the whole help, debug commands and all.
    const b = await boot({ cols: 100, rows: 90 });
    await b.press('?');
    expect(b.rows().find((r) => r.includes('Marks'))).toBeDefined();
    expect(b.rows().find((r) => r.includes('after a choice: taken from this point before'))).toMatch(/│✓ +after a choice/);
  });

  it('stay on the row of the last word when a choice wraps', () => {
    const choices = [{ index: 0, text: 'Keep it brisk: mission business first', tags: [] }];
    for (const width of [12, 20, 38, 41]) {
      const rows = choiceRows(choices, -1, width, new Set([0])).rows.map(rowText);
      expect(rows.at(-1)).toMatch(/\S ✓$/);
      for (const row of rows) expect(row.length).toBeLessThanOrEqual(width);
    }
  });
});
