// A terminal writes its replies (to a colour query, a device-attributes or cursor-position
// request, whoever asked) into the same input as the keyboard. blessed reads such bytes as keys,
// so the digits in "\e]11;rgb:0000/0000/0000\a" took two choices. This filter sits in front of
// blessed and drops every reply, keeping every key, mouse report and paste.
//
// It works on bytes (a latin1 string: one character per byte), so UTF-8 text passes untouched.
// What is a reply (ECMA-48 and xterm's control sequences):
//   ESC ] ... BEL|ST    OSC (colours, clipboard, title)        ESC P ... ST   DCS (XTVERSION, DECRQSS, ...)
//   ESC _ / ESC ^ / ESC X ... ST   APC, PM, SOS
//   ESC [ ? > = ... final          private CSI replies: DA1 "\e[?1;2c", DA2, DECRPM "\e[?2004;1$y", kitty "\e[?1u"
//   ESC [ ... R / c / n / t / x / y / u ...   cursor position, status and window reports
// What stays: cursor and function keys (finals A-H P Q S Z ~ ^, rxvt's a-d and "$"), SS3 keys,
// Alt+key, focus reports, mouse reports (X10 and SGR "\e[<...M"), bracketed paste markers.

/** The longest control string held back while waiting for its end: longer ones are dropped. */
const MAX_HELD = 4096;

const STRING_INTRODUCERS = new Set([']', 'P', '_', '^', 'X']);
const KEY_FINALS = new Set([...'ABCDEFGHPQSZ~^IO']);
const isParam = (c: string) => c >= '0' && c <= '?';
const isIntermediate = (c: string) => c >= ' ' && c <= '/';
const isFinal = (c: string) => c >= '@' && c <= '~';

type Scan = { end: number; keep: boolean } | 'incomplete';

export class ReplyFilter {
  private held = '';

  /** Takes a chunk of input bytes; returns the bytes that are keys. */
  push(chunk: string): string {
    const s = this.held + chunk;
    this.held = '';
    let out = '';
    let i = 0;
    while (i < s.length) {
      const esc = s.indexOf('\x1b', i);
      if (esc < 0) {
        out += s.slice(i);
        break;
      }
      out += s.slice(i, esc);
      const scan = scanEscape(s, esc);
      if (scan === 'incomplete') {
        const rest = s.slice(esc);
        if (rest.length <= MAX_HELD) this.held = rest;
        break;
      }
      if (scan.keep) out += s.slice(esc, scan.end);
      i = scan.end;
    }
    return out;
  }
}

/** What the escape sequence at `at` is, and where it ends. */
function scanEscape(s: string, at: number): Scan {
  const next = s[at + 1];
  // A lone ESC at the end of a read is the Esc key.
  if (next === undefined) return { end: at + 1, keep: true };
  if (STRING_INTRODUCERS.has(next)) return scanString(s, at);
  if (next === '[') return scanCsi(s, at);
  if (next === 'O') {
    // SS3 keys: "\eOA", and "\eO1;5P" from some terminals.
    let j = at + 2;
    while (j < s.length && (s[j]! >= '0' && s[j]! <= ';')) j++;
    return { end: Math.min(s.length, j + 1), keep: true };
  }
  // Alt+key (ESC then the key), or ESC ESC where a terminal sends Alt with a cursor key.
  return { end: next === '\x1b' ? at + 1 : at + 2, keep: true };
}

/**
 * OSC, DCS, APC, PM, SOS: a string ended by BEL or ST. An introducer with nothing after it is
 * the key it also is (Alt-], Alt-Shift-P); a string broken by another control character was not
 * a reply either, and goes through as keys.
 */
function scanString(s: string, at: number): Scan {
  if (at + 2 >= s.length) return { end: s.length, keep: true };
  for (let j = at + 2; j < s.length; j++) {
    const c = s[j]!;
    if (c === '\x07') return { end: j + 1, keep: false };
    if (c === '\x1b') {
      if (j + 1 >= s.length) return 'incomplete';
      return s[j + 1] === '\\' ? { end: j + 2, keep: false } : { end: j, keep: true };
    }
    if (c < ' ' || c === '\x7f') return { end: j, keep: true };
  }
  return 'incomplete';
}

function scanCsi(s: string, at: number): Scan {
  let j = at + 2;
  const paramsFrom = j;
  while (j < s.length && isParam(s[j]!)) j++;
  const params = s.slice(paramsFrom, j);
  // rxvt's modified keys end in "$" ("\e[2$" is Shift-Insert), which is an intermediate byte.
  if (s[j] === '$' && !(j + 1 < s.length && isFinal(s[j + 1]!))) return { end: j + 1, keep: true };
  while (j < s.length && isIntermediate(s[j]!)) j++;
  if (j >= s.length) {
    // Cut off by the end of the read: hold it when it has begun to look like a reply or a key
    // with parameters; "\e[" alone is Alt-[.
    return j > paramsFrom ? 'incomplete' : { end: j, keep: true };
  }
  const final = s[j]!;
  if (!isFinal(final)) return { end: j, keep: true };
  const end = j + 1;
  const marker = params[0];
  const intermediates = j > paramsFrom + params.length;
  if (marker === '<') return { end, keep: final === 'M' || final === 'm' }; // SGR mouse
  if (marker === '?' || marker === '>' || marker === '=' || intermediates) return { end, keep: false };
  // X10 mouse: "\e[M" and three bytes of button and position.
  if (final === 'M' && !params) return { end: Math.min(s.length, end + 3), keep: true };
  // The Linux console's F1-F5: "\e[[A".
  if (final === '[') return { end: Math.min(s.length, end + 1), keep: true };
  if (final >= 'a' && final <= 'd') return { end, keep: !params }; // rxvt's Shift-arrows
  return { end, keep: KEY_FINALS.has(final) };
}
