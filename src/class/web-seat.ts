// A student's seat over a WebSocket: the browser page's terminal (xterm.js) is one end, a seat
// terminal (seat-terminal.ts, the same full-screen UI as over SSH) or a plain seat for a screen
// reader (plain-seat.ts) the other. The class code comes in the first message, never in the URL.
//
// Messages from the page are JSON text: first {type: "join", name, code, cols, rows,
// screenReader, contrast}, then {type: "keys", data} and {type: "resize", cols, rows}. To the
// page: the terminal's bytes as binary frames, and JSON text for {type: "joined"}, {type:
// "refused", reason} and {type: "closed", reason}.

import { PassThrough, Writable } from 'node:stream';
import type { RawData, WebSocket } from 'ws';
import { messageOf } from '../errors.ts';
import type { LoginGuard } from './login-guard.ts';
import { sameCode } from './login-guard.ts';
import { openPlainSeat } from './plain-seat.ts';
import { TokenBucket } from './rate-limit.ts';
import type { Room, Seat, SeatConnection } from './room.ts';
import { openSeatTerminal, type SeatTerminal } from './seat-terminal.ts';

export interface WebSeatOptions {
  room: Room;
  code: () => string;
  guard: LoginGuard;
  log: (line: string) => void;
  idleMs: number;
}

/** Past this much unsent output the page is not keeping up (a stalled tab): it is closed. */
const MAX_BUFFERED = 4 * 1024 * 1024;

const clamp = (n: unknown, lo: number, hi: number, fallback: number) =>
  typeof n === 'number' && Number.isFinite(n) ? Math.max(lo, Math.min(hi, Math.floor(n))) : fallback;

interface Join {
  name: string;
  code: string;
  cols: number;
  rows: number;
  screenReader: boolean;
  contrast: boolean;
}

function readJoin(m: Record<string, unknown> | null): Join | null {
  if (!m || m.type !== 'join' || typeof m.name !== 'string' || typeof m.code !== 'string') return null;
  return {
    name: m.name,
    code: m.code,
    cols: clamp(m.cols, 20, 400, 80),
    rows: clamp(m.rows, 8, 200, 24),
    screenReader: m.screenReader === true,
    contrast: m.contrast === true,
  };
}

/** A page's message: a JSON object in a text frame, or null for anything else. */
export function readMessage(data: RawData, isBinary: boolean): Record<string, unknown> | null {
  if (isBinary) return null;
  const text = Buffer.isBuffer(data) ? data.toString('utf8') : Array.isArray(data) ? Buffer.concat(data).toString('utf8') : Buffer.from(data).toString('utf8');
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Serves one page's socket: the join, then keys and resizes until either end closes. */
export function serveWebSeat(ws: WebSocket, ip: string, options: WebSeatOptions): void {
  const { room, guard, log } = options;
  const send = (message: object) => ws.readyState === ws.OPEN && ws.send(JSON.stringify(message));
  const bucket = new TokenBucket(200, 100);
  let terminal: SeatTerminal | null = null;
  let joining = false;
  const input = new PassThrough();
  let idle: NodeJS.Timeout | null = null;
  const touch = () => {
    if (idle) clearTimeout(idle);
    idle = setTimeout(() => terminal?.close('You were away for a while, so your seat was saved and closed: connect again to go on.'), options.idleMs);
    idle.unref();
  };

  // blessed already gathers a frame's output into one write (its program buffers until the next
  // tick): each write goes out as one binary frame at once.
  const output = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      if (ws.readyState === ws.OPEN) {
        if (ws.bufferedAmount > MAX_BUFFERED) ws.close(1008, 'not keeping up');
        else ws.send(typeof chunk === 'string' ? Buffer.from(chunk) : chunk, { binary: true });
      }
      done();
    },
  });

  const start = (join: Join) => {
    let seat: Seat;
    const connection: SeatConnection = {
      push: (o) => terminal?.push(o),
      close: (why) => terminal?.close(why),
    };
    try {
      seat = room.join(join.name, connection);
    } catch (error) {
      send({ type: 'refused', reason: messageOf(error) });
      ws.close(1000);
      return;
    }
    send({ type: 'joined', name: seat.name, screenReader: join.screenReader });
    const link = { input, output, term: 'xterm-256color', cols: join.cols, rows: join.rows, theme: join.contrast ? 'contrast' : 'default' } as const;
    const onEnd = (why: string | null) => {
      if (idle) clearTimeout(idle);
      room.leave(seat, connection);
      // The goodbye follows the last of the screen's bytes.
      setImmediate(() => {
        if (why) send({ type: 'closed', reason: why });
        ws.close(1000);
      });
    };
    terminal = join.screenReader ? openPlainSeat(seat, link, onEnd) : openSeatTerminal(seat, link, onEnd);
    touch();
  };

  ws.on('message', (data, isBinary) => {
    if (!bucket.take()) {
      log(`closed a browser connection from ${ip}: too many messages`);
      ws.close(1008, 'too many messages');
      return;
    }
    const message = readMessage(data, isBinary);
    if (terminal) {
      const m = message;
      if (m?.type === 'keys' && typeof m.data === 'string') {
        touch();
        input.write(m.data);
      } else if (m?.type === 'resize') {
        terminal.resize(clamp(m.cols, 20, 400, 80), clamp(m.rows, 8, 200, 24));
      }
      return;
    }
    if (joining) return;
    const join = readJoin(message);
    if (!join) {
      ws.close(1008, 'the first message joins a seat');
      return;
    }
    joining = true;
    if (sameCode(join.code, options.code())) {
      guard.succeeded(ip);
      start(join);
      return;
    }
    const { count, delayMs } = guard.failed(ip);
    log(`browser login refused for "${join.name.slice(0, 40)}" from ${ip}: wrong class code (${count} in a row)`);
    setTimeout(() => {
      send({ type: 'refused', reason: 'That is not the class code: ask your teacher for it.' });
      ws.close(1000);
    }, delayMs).unref();
  });

  ws.on('close', () => {
    if (idle) clearTimeout(idle);
    input.end();
    terminal?.close('');
  });
  ws.on('error', () => ws.terminate());
}
