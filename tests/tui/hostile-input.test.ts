// What reaches the UI that a player did not mean as keys or text to measure: a terminal's replies
// in the input, a paste of thousands of characters, bidi controls and emoji sequences in a story.

import { afterEach, describe, expect, it } from 'vitest';
import { LINE_LIMIT, LineEditor } from '../../src/ui/tui/line-editor.ts';
import { ReplyFilter } from '../../src/ui/tui/terminal-replies.ts';
import { cells, sanitize } from '../../src/ui/tui/text-width.ts';
import { boot, closeAll } from './boot.ts';
import { KEY } from './harness.ts';
import { cellsOf, rowOf, shows } from './screen.ts';

afterEach(closeAll);

const REPLIES = {
  'OSC background colour, BEL': '\x1b]11;rgb:0000/0000/0000\x07',
  'OSC foreground colour, ST': '\x1b]10;rgb:ffff/ffff/ffff\x1b\\',
  'DA1 device attributes': '\x1b[?1;2c',
  'DA2 secondary attributes': '\x1b[>0;276;0c',
  'cursor position report': '\x1b[12;40R',
  'DECRPM mode report': '\x1b[?2004;1$y',
  'window size report': '\x1b[8;24;80t',
  'status report': '\x1b[0n',
  'DCS XTVERSION': '\x1bP>|tmux 3.3a\x1b\\',
  'DCS DECRQSS': '\x1bP1$r0m\x1b\\',
  'APC (kitty graphics)': '\x1b_Gi=1;OK\x1b\\',
} as const;

const KEYS = ['1', 'q', '\r', '\x1b', '\x1b[A', '\x1b[1;2B', '\x1b[5~', '\x1b[H', '\x1bOP', '\x1bx', '\x1b[Z', '\x1b[<0;8;5M', '\x1b[200~pasted\x1b[201~', 'caf\xc3\xa9'];

describe('terminal replies are not keys', () => {
  it('drops every kind of reply, whole, and keeps every key', () => {
    for (const [what, reply] of Object.entries(REPLIES)) expect(new ReplyFilter().push(reply), what).toBe('');
    for (const key of KEYS) expect(new ReplyFilter().push(key), JSON.stringify(key)).toBe(key);
    const mixed = `1${REPLIES['OSC background colour, BEL']}2${REPLIES['DA1 device attributes']}\x1b[B${REPLIES['cursor position report']}q`;
    expect(new ReplyFilter().push(mixed)).toBe('12\x1b[Bq');
  });

  it('holds a reply cut off by the end of a read until its end arrives', () => {
    const reply = REPLIES['OSC background colour, BEL'];
    for (let cut = 3; cut < reply.length; cut++) {
      const filter = new ReplyFilter();
      expect(filter.push(`1${reply.slice(0, cut)}`), `cut at ${cut}`).toBe('1');
      expect(filter.push(`${reply.slice(cut)}2`), `cut at ${cut}`).toBe('2');
    }
    const split = new ReplyFilter();
    expect(split.push('\x1b[12;4')).toBe('');
    expect(split.push('0R\x1b[A')).toBe('\x1b[A');
  });

  it('a string introducer that is not followed by a reply is the key it also is (Alt-], Esc then keys)', () => {
    expect(new ReplyFilter().push('\x1b]')).toBe('\x1b]');
    expect(new ReplyFilter().push('\x1bP')).toBe('\x1bP');
    // Broken off by a control character: never a reply, so the bytes go through as keys.
    expect(new ReplyFilter().push('\x1b]12\r')).toBe('\x1b]12\r');
  });

  it("regression: a colour reply's digits took two choices; now replies in the input do nothing", async () => {
    const b = await boot({ story: 'conference.ink', cols: 80, rows: 24 });
    for (const reply of Object.values(REPLIES)) await b.press(reply);
    expect(b.controller.session.state.turn).toBe(0);
    expect(shows(b, '┌─')).toBe(true);
    expect(shows(b, '┌─ Help')).toBe(false);
    expect(b.rows().at(-1)).toMatch(/1-9 choose/);
    // The keyboard still works, also when a reply and a key share one read.
    await b.press(`${REPLIES['DA1 device attributes']}1`);
    expect(b.controller.session.path().map((c) => c.text)).toEqual(['Shake his hand']);
  });
});

describe('pasting into the : line', () => {
  it('regression: a paste of thousands of characters is taken at once, capped, and says so', async () => {
    const b = await boot({ cols: 80, rows: 24 });
    await b.press(':');
    await b.press('x'.repeat(5000)); // one read, as a terminal delivers a paste
    expect(b.rows().at(-1)).toMatch(/^:x+ {2}\(1000 characters at most\) *$/);
    expect(b.rows().at(-1)!.length).toBeLessThanOrEqual(80);
    await b.press(KEY.backspace);
    expect(b.rows().at(-1)).not.toContain('at most');
    await b.press(KEY.enter);
    expect(shows(b, 'Unknown command')).toBe(true);
    // Still answering keys: the story goes on.
    await b.press(KEY.esc, '1');
    expect(b.controller.session.state.turn).toBe(1);
  });

  it('holds LINE_LIMIT characters, and keeps a character outside the BMP whole', () => {
    const editor = new LineEditor();
    const key = (ch: string) => ({ full: ch, name: ch, ch });
    for (let i = 0; i < LINE_LIMIT + 10; i++) editor.key(key('a'));
    expect(editor.text.length).toBe(LINE_LIMIT);
    expect(editor.key(key('b'))).toBe('full');
    const emoji = new LineEditor();
    // blessed hands over 🐟 as its two UTF-16 halves, one key each.
    for (const half of '🐟'.split('')) emoji.key(key(half));
    emoji.key({ full: 'left', name: 'left', ch: undefined });
    emoji.key(key('x'));
    expect(emoji.text).toBe('x🐟');
  });
});

describe('bidi controls and emoji sequences', () => {
  it('are sanitised into text every terminal draws at the width measured', () => {
    expect(sanitize('a\u202eb\u202cc\u2066d\u2069\u200fe')).toBe('abcde');
    expect(sanitize('\u{1F469}\u200d\u{1F4BB}')).toBe('\u{1F469}\u{1F4BB}');
    expect(sanitize('\u{1F44D}\u{1F3FD} \u2764\ufe0f 1\ufe0f\u20e3 \u{1F1EC}\u{1F1E7}')).toBe('\u{1F44D} \u2764 1 GB');
    expect(cells(sanitize('\u{1F468}\u200d\u{1F469}\u200d\u{1F467}'))).toBe(6);
    expect(sanitize('plain, \u9c7c and \u{1F41F}')).toBe('plain, \u9c7c and \u{1F41F}');
  });

  it('never move a border, in the story, a choice, the title, the sidebar or the border label', async () => {
    for (const cols of [100, 60]) {
      const b = await boot({ story: 'glyphs.ink', cols, rows: 24 });
      const storyWidth = cols >= 80 ? cols - 24 : cols;
      for (let y = 1; y < 23; y++) {
        const row = cellsOf(b, y);
        if (!b.rows()[y]!.startsWith('│')) continue;
        expect(row[storyWidth - 1], `${cols} cols, row ${y}: ${b.rows()[y]}`).toBe('│');
        if (cols >= 80) expect(row[cols - 1], `${cols} cols, row ${y}`).toBe('│');
      }
      expect(shows(b, 'An override reversed text sits')).toBe(true);
      expect(shows(b, '\u{1F469}\u{1F4BB}')).toBe(true);
      // eslint-disable-next-line no-misleading-character-class -- single code points, on purpose
      expect(b.text()).not.toMatch(/[\u200d\u202a-\u202e\u2066-\u2069\ufe0f]/);
      expect(rowOf(b, 'Type back at')).toBeGreaterThan(0);
      await b.close();
    }
  });
});
