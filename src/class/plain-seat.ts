// A seat in plain mode, for a student with a screen reader: caviar's line-by-line presentation
// (ui/plain, with "3 choices:" before each list) instead of the full-screen UI, so a screen
// reader reads the story once, in order, rather than a redrawn screen. The browser's terminal
// sends keys, not lines, so this seat does what a terminal's cooked mode would: it echoes what
// is typed, takes Backspace, and hands plain mode a line at Enter.

import { Transform, type Writable } from 'node:stream';
import type { Outcome } from '../commands/controller.ts';
import { sanitizeText } from '../terminal-text.ts';
import { runPlain } from '../ui/plain/plain.ts';
import type { Seat } from './room.ts';
import type { SeatTerminal, TerminalLink } from './seat-terminal.ts';

/** The longest line a student can type: plain mode's commands and choice numbers are short. */
const MAX_LINE = 500;

/** Keys in, lines out; what is typed is echoed to `echo`. */
function lineDiscipline(echo: Writable): Transform {
  let line = '';
  return new Transform({
    decodeStrings: false,
    transform(chunk: Buffer | string, _encoding, done) {
      // Arrow keys and other escape sequences mean nothing on a line: drop them whole.
      const text = String(chunk).replace(/\x1b\[[0-9;?]*[ -/]*[@-~]|\x1bO.|\x1b./g, '');
      for (const ch of text) {
        if (ch === '\r' || ch === '\n') {
          echo.write('\r\n');
          this.push(`${line}\n`);
          line = '';
        } else if (ch === '\x7f' || ch === '\b') {
          if (line) {
            line = [...line].slice(0, -1).join('');
            echo.write('\b \b');
          }
        } else if (ch === '\x03' || ch === '\x04') {
          // Ctrl-C and Ctrl-D leave, as in solo plain mode.
          echo.write('\r\n');
          this.push(':quit\n');
          line = '';
        } else if (ch >= ' ' && ch !== '\x7f' && line.length < MAX_LINE) {
          line += ch;
          echo.write(ch);
        }
      }
      done();
    },
  });
}

/** Plain mode's newlines as a terminal needs them, and nothing that could steer the terminal. */
function terminalLines(): Transform {
  return new Transform({
    decodeStrings: false,
    transform(chunk: Buffer | string, _encoding, done) {
      done(null, sanitizeText(String(chunk)).replace(/\r?\n/g, '\r\n'));
    },
  });
}

export function openPlainSeat(seat: Seat, link: TerminalLink, onEnd: (reason: string | null) => void): SeatTerminal {
  const output = terminalLines();
  output.pipe(link.output, { end: false });
  const input = lineDiscipline(output);
  link.input.pipe(input);
  let push: ((outcome: Outcome) => void) | null = null;
  const queued: Outcome[] = [];
  let reason: string | null = null;
  const done = runPlain(seat.controller, { input, output, errors: output }, {
    screenReader: true,
    classroom: true,
    onReady: (p) => {
      push = p;
      for (const o of queued.splice(0)) p(o);
    },
  })
    .catch(() => 1)
    .then(() => {
      link.input.unpipe(input);
      output.unpipe(link.output);
      onEnd(reason);
    });
  return {
    push: (outcome) => (push ? push(outcome) : queued.push(outcome)),
    close: (why) => {
      reason = why;
      input.end();
    },
    resize: () => {},
    done,
  };
}
