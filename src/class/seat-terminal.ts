// A seat's terminal: caviar's own full-screen UI drawn into a byte stream (an SSH channel, a
// browser's WebSocket), sized to the student's window and following its resizes. One blessed
// screen per connection, all in the server's process: no pty and no child process per student.

import { PassThrough, type Readable, type Writable } from 'node:stream';
import type { Outcome } from '../commands/controller.ts';
import { DEFAULT_SETTINGS, type ThemeName } from '../settings.ts';
import { startTui, type TuiHandle } from '../ui/tui/app.ts';
import type { Seat, SeatConnection } from './room.ts';

export interface TerminalLink {
  /** Keys from the student. */
  input: Readable;
  /** Bytes to the student's terminal. */
  output: Writable;
  term: string;
  cols: number;
  rows: number;
  /** The student's choice of colours (the page's high-contrast switch); the default theme otherwise. */
  theme?: ThemeName;
}

export interface SeatTerminal extends SeatConnection {
  resize(cols: number, rows: number): void;
  /** Resolves when the UI has ended (the student quit, or close() was called). */
  done: Promise<void>;
}

/** A writable that blessed takes for a terminal: it has a size and says when it changes. */
type ScreenOutput = PassThrough & { columns: number; rows: number; isTTY: boolean };

export function openSeatTerminal(seat: Seat, link: TerminalLink, onEnd: (reason: string | null) => void): SeatTerminal {
  const output = new PassThrough() as ScreenOutput;
  output.columns = link.cols;
  output.rows = link.rows;
  output.isTTY = true;
  output.pipe(link.output, { end: false });
  let push: ((outcome: Outcome) => void) | null = null;
  const queued: Outcome[] = [];
  let reason: string | null = null;
  const tui: TuiHandle = startTui(seat.controller, {
    input: link.input,
    output,
    errors: new PassThrough().resume(),
    env: { TERM: link.term || 'xterm-256color', LANG: 'C.UTF-8' },
    settings: { ...DEFAULT_SETTINGS, ...(link.theme ? { theme: link.theme } : {}) },
    mouse: false,
    guardProcess: false,
    classroom: true,
    onReady: (p) => {
      push = p;
      for (const o of queued.splice(0)) p(o);
    },
  });
  const done = tui.done.then(() => {
    output.unpipe(link.output);
    onEnd(reason);
  });
  return {
    push: (outcome) => (push ? push(outcome) : queued.push(outcome)),
    close: (why) => {
      reason = why;
      tui.quit(0);
    },
    resize: (cols, rows) => {
      output.columns = cols;
      output.rows = rows;
      output.emit('resize');
    },
    done,
  };
}
