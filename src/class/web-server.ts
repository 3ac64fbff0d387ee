// The web door: Node's own http server and the `ws` package, nothing else. Two static pages
// (the student's seat, the teacher's live view), their own script and style files, and xterm.js
// served from its installed package, so the pages load nothing from outside and work on a LAN
// with no internet. A framework would add routing we do not need for six fixed files and two
// sockets; what matters here (CSP, the Origin check, size and rate limits) is a few lines each.

import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebSocketServer, type WebSocket } from 'ws';
import { escapeHtml } from '../escape.ts';
import { LoginGuard } from './login-guard.ts';
import type { Room } from './room.ts';
import { teacherDesk } from './web-teacher.ts';
import { serveWebSeat } from './web-seat.ts';

export interface WebOptions {
  room: Room;
  host: string;
  port: number;
  /** The class code: what a student types on the page. */
  code: () => string;
  /** What opens the teacher's page (printed at start, never the class code). */
  teacherToken: string;
  log: (line: string) => void;
  /** Connections from one address at once (a computer room behind one NAT address needs many). */
  perAddress?: number;
  idleMs?: number;
}

export const TEACHER_TOKEN_FILE = 'teacher_token';

/**
 * What opens the teacher's page: made once and kept in the data folder, readable only by its
 * owner, so the projector's page reconnects by itself after the server is restarted.
 */
export function teacherToken(dataDir: string): string {
  const file = path.join(dataDir, TEACHER_TOKEN_FILE);
  if (!fs.existsSync(file)) fs.writeFileSync(file, `${crypto.randomBytes(18).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  fs.chmodSync(file, 0o600);
  const token = fs.readFileSync(file, 'utf8').trim();
  if (!/^[\w-]{16,}$/.test(token)) throw new Error(`${file} does not hold a teacher token: delete it and start again`);
  return token;
}

export interface WebDoor {
  port: number;
  close(): Promise<void>;
}

/**
 * No inline script and no outside origin for anything. Styles allow 'unsafe-inline' because
 * xterm.js sizes and colours its rows through <style> elements it makes at run time; a style
 * cannot run code, and every script still comes from this server.
 */
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** The largest message a page may send: a paste of a few thousand characters. */
const MAX_MESSAGE = 16 * 1024;

// The pages' files sit beside this file in the sources (src/class/web/) and beside the bundle
// in dist/ (dist/web/, copied by scripts/build.mjs).
const WEB_DIR = fileURLToPath(new URL('./web/', import.meta.url));
const require = createRequire(import.meta.url);
const xtermFile = (pkg: string, file: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.html': 'text/html; charset=utf-8' };

/** Path on the server → the file it serves. */
function files(): Map<string, string> {
  return new Map([
    ['/', path.join(WEB_DIR, 'student.html')],
    ['/teacher', path.join(WEB_DIR, 'teacher.html')],
    ['/student.js', path.join(WEB_DIR, 'student.js')],
    ['/teacher.js', path.join(WEB_DIR, 'teacher.js')],
    ['/page.css', path.join(WEB_DIR, 'page.css')],
    ['/xterm/xterm.js', xtermFile('@xterm/xterm', 'lib/xterm.js')],
    ['/xterm/xterm.css', xtermFile('@xterm/xterm', 'css/xterm.css')],
    ['/xterm/addon-fit.js', xtermFile('@xterm/addon-fit', 'lib/addon-fit.js')],
  ]);
}

/** A page from the browser at this server's own address: a WebSocket from any other origin is refused. */
function sameOrigin(req: http.IncomingMessage): boolean {
  const origin = req.headers.origin;
  const host = req.headers.host;
  if (!origin || !host) return false;
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === host;
  } catch {
    return false;
  }
}

export function openWebDoor(options: WebOptions): Promise<WebDoor> {
  const { room, log } = options;
  const guard = new LoginGuard(options.perAddress ?? 8);
  const desk = teacherDesk(room, options.teacherToken, guard, log);
  const served = files();
  const cache = new Map<string, Buffer>();
  const title = escapeHtml(room.info.title);
  const body = (file: string): Buffer => {
    let b = cache.get(file);
    if (!b) {
      const text = fs.readFileSync(file);
      b = file.endsWith('.html') ? Buffer.from(text.toString('utf8').replaceAll('{{title}}', title)) : text;
      cache.set(file, b);
    }
    return b;
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://caviar');
    const file = served.get(url.pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Only GET here.\n');
      return;
    }
    if (!file) {
      res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not here: students open / and the teacher /teacher.\n');
      return;
    }
    const data = body(file);
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Length': data.length,
      'Cache-Control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : data);
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 20_000;

  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE, perMessageDeflate: false });
  const refuse = (socket: NodeJS.WritableStream & { destroy(): void }, status: string) => {
    socket.write(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    socket.destroy();
  };
  server.on('upgrade', (req, socket, head) => {
    const ip = req.socket.remoteAddress ?? '?';
    const where = new URL(req.url ?? '/', 'http://caviar').pathname;
    if (where !== '/seat' && where !== '/teacher/live') return refuse(socket, '404 Not Found');
    if (!sameOrigin(req)) {
      log(`refused a WebSocket from ${ip}: it came from another site (${String(req.headers.origin ?? 'no origin').slice(0, 80)})`);
      return refuse(socket, '403 Forbidden');
    }
    if (!guard.enter(ip)) {
      log(`refused a browser connection from ${ip}: ${guard.perAddress} already open from there`);
      return refuse(socket, '429 Too Many Requests');
    }
    sockets.handleUpgrade(req, socket, head, (ws: WebSocket) => {
      ws.on('close', () => guard.leave(ip));
      if (where === '/seat') serveWebSeat(ws, ip, { room, code: options.code, guard, log, idleMs: options.idleMs ?? 30 * 60_000 });
      else desk.serve(ws, ip);
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () =>
          new Promise<void>((done) => {
            desk.close();
            for (const ws of sockets.clients) ws.close(1001, 'The lesson is over: thank you. Your place is saved.');
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
