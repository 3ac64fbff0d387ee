import { describe, expect, it } from 'vitest';
import { layout } from '../../src/ui/tui/layout.ts';
import { cells, units } from '../../src/ui/tui/text-width.ts';
import { fit, wrapText } from '../../src/ui/tui/wrap.ts';

describe('text measure', () => {
  it('counts wide characters and emoji as two cells, joiners and marks as none', () => {
    expect(cells('abc')).toBe(3);
    expect(cells('鱼子酱')).toBe(6);
    expect(cells('🐟')).toBe(2);
    expect(cells('e\u0301')).toBe(1);
    expect(cells('❤️')).toBe(1); // text-style heart + VS16: one cell in wcwidth terminals
  });

  it('measures rows the way blessed counts them, never less than the cells drawn', () => {
    for (const s of ['abc', '鱼子酱', '🐟x', 'café', 'e\u0301']) expect(units(s)).toBeGreaterThanOrEqual(cells(s));
    expect(units('🐟')).toBe(3); // surrogate pair + blessed's filler cell
  });

  it('wraps at spaces, breaks words longer than the row, and never exceeds the width', () => {
    const text = 'The label reads 鱼子酱 in a careful hand 🐟🐟🐟 and a supercalifragilisticword.';
    for (const width of [5, 9, 17, 30]) {
      const rows = wrapText(text, width);
      for (const r of rows) expect(units(r.text)).toBeLessThanOrEqual(width);
      expect(rows.map((r) => r.text).join(' ').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
    }
    expect(wrapText('aaa bbb ccc', 7).map((r) => r.text)).toEqual(['aaa bbb', 'ccc']);
  });

  it('cuts with an ellipsis', () => {
    expect(fit('Moscow conference', 8)).toBe('Moscow …');
    expect(fit('short', 8)).toBe('short');
  });
});

describe('layout', () => {
  const two = () => 2;
  it('has a sidebar on wide terminals and folds it away on narrow ones', () => {
    expect(layout(120, 40, two).sidebar).not.toBeNull();
    expect(layout(80, 24, two).sidebar).not.toBeNull();
    expect(layout(79, 24, two).sidebar).toBeNull();
    expect(layout(40, 12, two).sidebar).toBeNull();
  });

  it('fills the terminal: story over choices, hint on the last row', () => {
    for (const [cols, rows] of [
      [120, 40],
      [80, 24],
      [40, 12],
    ] as const) {
      const l = layout(cols, rows, two);
      expect(l.tooSmall).toBe(false);
      expect(l.story.height + l.choices.height).toBe(rows - 1);
      expect(l.hint.top).toBe(rows - 1);
      expect(l.story.width + (l.sidebar?.width ?? 0)).toBe(cols);
      expect(l.story.height).toBeGreaterThanOrEqual(5);
    }
  });

  it('says too small below 40x12', () => {
    expect(layout(39, 12, two).tooSmall).toBe(true);
    expect(layout(40, 11, two).tooSmall).toBe(true);
  });

  it('lets the error panel grow, keeping a few rows of story', () => {
    const l = layout(80, 24, () => 12, true);
    expect(l.choices.height).toBe(14);
    expect(l.story.height).toBeGreaterThanOrEqual(5);
    expect(layout(80, 24, () => 12).choices.height).toBeLessThan(14);
  });
});
