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

// Characters that reorder a row in terminals that apply the bidi algorithm (LRM, RLM, ALM, the
// embeddings, overrides and isolates): a story's U+202E would carry the border along with it.
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Emoji sequences are drawn at different widths by different terminals: tmux draws a ZWJ
// sequence or a flag as one two-cell emoji, xterm.js one per code point, some terminals add a
// cell for VS16 or draw a skin tone as its own swatch. Taken apart into their emoji (variation
// selectors, skin tones, keycaps and tags dropped), every terminal draws them the same.
// eslint-disable-next-line no-misleading-character-class -- each code point is matched on its own, on purpose
const EMOJI_PARTS = /(?<=\p{Extended_Pictographic})[\u{fe0e}\u{fe0f}\u{1f3fb}-\u{1f3ff}]+|\ufe0f?\u20e3|[\u{e0020}-\u{e007f}]/gu;
// The joiner itself goes everywhere: tmux joins what follows it into the cell before, even in
// Indic text (where it only asks for a half form, which a terminal does not draw anyway).
const JOINER = /\u200d/g;
// A regional-indicator pair is a flag in some terminals (two cells) and two letters' worth of
// emoji in others (four): written as its two capital letters, it is two cells everywhere.
const REGIONAL = /[\u{1f1e6}-\u{1f1ff}]/gu;

/**
 * Text made safe and measurable for the screen: control characters (a story could otherwise
 * move the cursor or change the terminal's modes) and bidi controls dropped, tabs as spaces,
 * emoji sequences taken apart into emoji that every terminal draws two cells wide.
 */
export function sanitize(text: string): string {
  // Most text has none of these: the plain test is cheap, the replacements are not.
  // eslint-disable-next-line no-misleading-character-class -- single code points, on purpose
  if (!/[\u0000-\u001f\u007f-\u009f\u061c\u200d-\u200f\u202a-\u202e\u2066-\u2069\ufe0e\ufe0f\u20e3\ud83c\udb40]/.test(text)) return text;
  return (
    text
      .replace(/\t/g, '    ')
          .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
      .replace(BIDI, '')
      .replace(EMOJI_PARTS, '')
      .replace(JOINER, '')
      .replace(REGIONAL, (ri) => String.fromCharCode(0x41 + ri.codePointAt(0)! - 0x1f1e6))
  );
}
