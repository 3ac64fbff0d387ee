// How many terminal cells a character takes, as terminals of the Unicode 9+ era draw it
// (glibc wcwidth, tmux, xterm.js with its unicode11 addon): CJK and emoji take two cells,
// combining marks and joiners none. blessed's own table predates emoji (BLESSED-NOTES #6), so
// the wrapper teaches blessed this one, and the views measure text with it too.

// East Asian Wide and Fullwidth blocks (the ranges of wcwidth, Unicode 11).
const WIDE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x16fe0, 0x16fe4],
  [0x17000, 0x18aff],
  [0x1b000, 0x1b16f],
  [0x20000, 0x2fffd],
  [0x30000, 0x3fffd],
];

const EMOJI = /\p{Emoji_Presentation}/u;
const ZERO = /[\p{Mn}\p{Me}\p{Cf}]/u;

/** Cells taken by one code point: 0, 1 or 2. */
export function cellWidth(cp: number): 0 | 1 | 2 {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (cp < 0x300) return 1;
  const ch = String.fromCodePoint(cp);
  if (ZERO.test(ch) || (cp >= 0x1160 && cp <= 0x11ff)) return 0;
  if (EMOJI.test(ch)) return 2;
  for (const [lo, hi] of WIDE_RANGES) {
    if (cp < lo) break;
    if (cp <= hi) return 2;
  }
  return 1;
}

/** Cells taken by a string (no escape sequences in it). */
export function cells(text: string): number {
  let n = 0;
  for (const ch of text) n += cellWidth(ch.codePointAt(0)!);
  return n;
}

/**
 * What blessed counts when it decides to wrap a line: UTF-16 code units, plus the filler cell
 * it inserts after each wide character. Rows kept within this never get re-wrapped by blessed,
 * and since it is never less than the cells drawn, they never overflow a border either.
 */
export function blessedUnits(ch: string): number {
  return ch.length + (cellWidth(ch.codePointAt(0)!) === 2 ? 1 : 0);
}

export function units(text: string): number {
  let n = 0;
  for (const ch of text) n += blessedUnits(ch);
  return n;
}

/** A pattern for the wide characters, for blessed's filler-cell insertion. */
export const WIDE_CHAR = new RegExp(
  `(\\p{Emoji_Presentation}|[${WIDE_RANGES.map(([lo, hi]) => `\\u{${lo.toString(16)}}-\\u{${hi.toString(16)}}`).join('')}])`,
  'gu',
);

/**
 * Story text made safe for the screen: control characters (a story could otherwise move the
 * cursor or change the terminal's modes) dropped, tabs as spaces.
 */
export function sanitize(text: string): string {
  return text.replace(/\t/g, '    ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}
