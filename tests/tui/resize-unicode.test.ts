// Resizing reflows without losing the reader's place; wide characters and emoji keep the
// borders where they belong.

import { afterEach, describe, expect, it } from 'vitest';
import { openScreen } from '../../src/ui/tui/blessed.ts';
import { units } from '../../src/ui/tui/text-width.ts';
import { boot, closeAll } from './boot.ts';
import { headless, KEY } from './harness.ts';
import { cellsOf, rowOf, shows } from './screen.ts';

afterEach(closeAll);

/** The first words of the story pane's top row. */
const topText = (rows: string[]) => rows[1]!.slice(1, 20);

describe('resize', () => {
  it('reflows to the new width and keeps the paragraph at the top of the pane', async () => {
    const b = await boot({ story: 'long.ink', cols: 60, rows: 16 });
    await b.press('1', KEY.pageDown);
    // The row at the top starts inside a paragraph; after each reflow the top row is the one
    // holding that same text.
    const firstWords = topText(b.rows()).split(' ').slice(0, 2).join(' ');
    expect(firstWords.length).toBeGreaterThan(4);
    for (const [cols, rows] of [
      [100, 16],
      [44, 14],
      [60, 16],
    ] as const) {
      await b.resize(cols, rows);
      expect(b.rows()[1], `${cols}x${rows}`).toContain(firstWords);
      // Nothing spills past the right border.
      for (let y = 1; y < 5; y++) expect(['│'], `${cols}x${rows} row ${y}`).toContain(cellsOf(b, y)[b.term.cols - 1 - (cols >= 80 ? 24 : 0)] ?? '');
    }
  });

  it('at the bottom stays at the bottom', async () => {
    const b = await boot({ story: 'long.ink', cols: 60, rows: 16 });
    await b.press('1', KEY.end);
    expect(shows(b, 'Paragraph ten.')).toBe(true);
    await b.resize(45, 13);
    expect(shows(b, 'story waits.')).toBe(true);
    await b.resize(90, 20);
    expect(shows(b, 'story waits.')).toBe(true);
  });

  it('goes through too small and back without losing the place or the choices', async () => {
    const b = await boot({ story: 'long.ink', cols: 60, rows: 16 });
    await b.press('1', KEY.pageDown);
    const before = topText(b.rows());
    await b.resize(30, 8);
    expect(shows(b, 'Make me bigger!')).toBe(true);
    await b.resize(60, 16);
    expect(topText(b.rows())).toBe(before);
    expect(shows(b, '›1. Turn back')).toBe(true);
  });

  it('redraws an open overlay at the new size', async () => {
    const b = await boot({ cols: 100, rows: 30 });
    await b.press('?');
    await b.resize(50, 14);
    expect(shows(b, '┌─ Help')).toBe(true);
    const frame = b.rows().find((r) => r.includes('┌─ Help'))!;
    expect(frame.length).toBeLessThanOrEqual(50);
  });
});

describe('Unicode', () => {
  it('draws CJK and emoji two cells wide without eating the border', async () => {
    for (const cols of [100, 60, 41]) {
      const b = await boot({ cols, rows: 24 });
      await b.press('1');
      const y = rowOf(b, '🐟');
      expect(y, `${cols} cols`).toBeGreaterThan(0);
      const width = cols >= 80 ? cols - 24 : cols; // story pane width
      // Every row of the story pane ends with its border in the right column.
      for (let row = 1; row < 10; row++) expect(cellsOf(b, row)[width - 1], `${cols} cols, row ${row}`).toBe('│');
      const cells = cellsOf(b, y);
      const fish = cells.indexOf('🐟');
      expect(cells[fish + 1]).toBe(''); // the emoji's second cell
      const cjkRow = cellsOf(b, rowOf(b, '鱼子酱'));
      const cjk = cjkRow.indexOf('鱼');
      expect(cjkRow.slice(cjk, cjk + 6)).toEqual(['鱼', '', '子', '', '酱', '']);
      await b.close();
    }
  });

  it('a row filled to the border with emoji or CJK keeps both neighbouring boxes in place', async () => {
    // Regression: blessed counts an emoji as one cell where terminals draw two, so a full row
    // pushed its border, and the box beside it, one cell right (BLESSED-NOTES #6).
    const h = headless(20, 4);
    const screen = openScreen({ input: h.input, output: h.output, env: process.env, mouse: false, title: 't' });
    try {
      const left = screen.pane({ border: true });
      const right = screen.pane({ border: true });
      left.show({ left: 0, top: 0, width: 10, height: 4 });
      right.show({ left: 10, top: 0, width: 10, height: 4 });
      for (const row of ['ab🐟cde', '鱼子酱xy', '🐟🐟ab']) {
        expect(units(row)).toBeLessThanOrEqual(8); // fits the inner width by the wrap's measure
        left.setRows([row]);
        right.setRows(['xyz']);
        screen.render();
        await h.settle();
        const cells = cellsOf(h, 1);
        expect(cells[9], row).toBe('│');
        expect(cells[10], row).toBe('│');
        expect(cells.slice(11, 14).join(''), row).toBe('xyz');
        expect(cells[19], row).toBe('│');
      }
    } finally {
      screen.destroy();
      h.dispose();
    }
  });

  it('keeps emoji inside the choices, sidebar and overlays too', async () => {
    const b = await boot({ cols: 80, rows: 24 });
    await b.press('1');
    await b.press(':');
    await b.type('save 🐟');
    await b.press(KEY.enter);
    expect(shows(b, 'is not a valid save name')).toBe(true);
    const y = b.rows().length - 1;
    expect(cellsOf(b, y).length).toBe(80);
    await b.press('n');
    const note = rowOf(b, 'A tin of caviar in room 212');
    const row = cellsOf(b, note);
    const right = row.lastIndexOf('│');
    expect(row.indexOf('│')).toBeLessThan(right);
  });
});
