// The door students come in by: an SSH server (ssh2) whose only shell is caviar. A student runs
// `ssh -p PORT NAME@HOST` and types the class code as the password; their SSH user name is their
// seat's name. Only a pty and a shell are granted: exec, subsystems (sftp), port and agent
// forwarding and X11 are refused. Repeated failed logins from one address are slowed down and
// logged (never the code), connections per address are limited, and an idle seat is saved and
// closed.

import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import ssh2 from 'ssh2';
import { messageOf, UsageError } from '../errors.ts';
import { readTextFile } from '../json-file.ts';
import { LoginGuard, sameCode } from './login-guard.ts';
import type { Room } from './room.ts';
import { openSeatTerminal, type SeatTerminal } from './seat-terminal.ts';

const { Server, utils } = ssh2;

export const HOST_KEY_FILE = 'ssh_host_ed25519_key';

export interface SshOptions {
  room: Room;
  dataDir: string;
  host: string;
  port: number;
  /** The class code: the one password. */
  code: () => string;
  log: (line: string) => void;
  /** Connections from one address at once. */
  perAddress?: number;
  /** A seat with no key for this long is saved and closed. */
  idleMs?: number;
}

export interface SshDoor {
  port: number;
  close(): Promise<void>;
}

/** The server's Ed25519 host key: made once, kept in the data folder, readable only by its owner. */
export function hostKey(dataDir: string): string {
  const file = path.join(dataDir, HOST_KEY_FILE);
  if (!fs.existsSync(file)) {
    const { private: key } = utils.generateKeyPairSync('ed25519');
    fs.writeFileSync(file, key, { mode: 0o600, flag: 'wx' });
  }
  fs.chmodSync(file, 0o600);
  try {
    return readTextFile(file, 64 * 1024);
  } catch (error) {
    throw new UsageError(`${file}: cannot read the class's host key: ${(error as Error).message}`);
  }
}

export function openSshDoor(options: SshOptions): Promise<SshDoor> {
  const { room, log } = options;
  const guard = new LoginGuard(options.perAddress ?? 8);
  const idleMs = options.idleMs ?? 30 * 60_000;
  const terminals = new Set<SeatTerminal>();

  const server = new Server({ hostKeys: [hostKey(options.dataDir)], ident: 'caviar' }, (client, info) => {
    const ip = info.ip;
    if (!guard.enter(ip)) {
      log(`refused a connection from ${ip}: ${guard.perAddress} already open from there`);
      client.end();
      return;
    }
    let name = '';
    client.on('close', () => guard.leave(ip));
    client.on('error', () => client.end());

    client.on('authentication', (ctx) => {
      if (ctx.method !== 'password') return ctx.reject(['password']);
      if (sameCode(ctx.password, options.code())) {
        try {
          name = ctx.username;
          guard.succeeded(ip);
          return ctx.accept();
        } catch {
          return ctx.reject(['password']);
        }
      }
      const { count, delayMs } = guard.failed(ip);
      log(`login refused for "${ctx.username.slice(0, 40)}" from ${ip}: wrong class code (${count} in a row)`);
      setTimeout(() => ctx.reject(['password']), delayMs).unref();
    });

    client.on('ready', () => {
      // Global requests (port forwarding) and channels other than a session are refused.
      client.on('request', (_accept, reject) => reject?.());
      client.on('tcpip', (_accept, reject) => reject());
      client.on('openssh.streamlocal', (_accept, reject) => reject());
      client.on('session', (acceptSession) => {
        const session = acceptSession();
        let pty: { cols: number; rows: number; term: string } | null = null;
        let terminal: SeatTerminal | null = null;
        session.on('pty', (accept, _reject, info) => {
          pty = { cols: info.cols || 80, rows: info.rows || 24, term: info.term || 'xterm-256color' };
          accept?.();
        });
        session.on('window-change', (accept, _reject, info) => {
          if (pty) pty = { ...pty, cols: info.cols, rows: info.rows };
          terminal?.resize(info.cols, info.rows);
          accept?.();
        });
        session.on('env', (accept) => accept?.());
        for (const refused of ['exec', 'subsystem', 'sftp', 'auth-agent', 'x11', 'signal'] as const) {
          session.on(refused as 'exec', (_accept: unknown, reject?: () => void) => reject?.());
        }
        session.on('shell', (accept) => {
          const stream = accept();
          if (!pty) {
            stream.stderr.write('caviar needs a terminal: connect with ssh -t\r\n');
            stream.exit(1);
            stream.end();
            return;
          }
          let seat;
          const connection = {
            push: (o: Parameters<SeatTerminal['push']>[0]) => terminal?.push(o),
            close: (why: string) => terminal?.close(why),
          };
          try {
            seat = room.join(name, connection);
          } catch (error) {
            stream.stderr.write(`caviar: ${messageOf(error)}\r\n`);
            stream.exit(1);
            stream.end();
            return;
          }
          let idle: NodeJS.Timeout | null = null;
          const touch = () => {
            if (idle) clearTimeout(idle);
            idle = setTimeout(() => terminal?.close('You were away for a while, so your seat was saved and closed: connect again to go on.'), idleMs);
            idle.unref();
          };
          stream.on('data', touch);
          touch();
          terminal = openSeatTerminal(seat, { input: stream, output: stream, term: pty.term, cols: pty.cols, rows: pty.rows }, (why) => {
            if (idle) clearTimeout(idle);
            terminals.delete(terminal!);
            room.leave(seat, connection);
            if (why) stream.write(`\r\n${why}\r\n`);
            stream.exit(0);
            stream.end();
          });
          terminals.add(terminal);
          stream.on('close', () => terminal?.close(''));
        });
      });
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
            // The lesson may go on: a server stopped (or restarted) keeps every seat where it was.
            for (const t of terminals) t.close('The class server has stopped. Your place is saved: join again the same way when your teacher says.');
            server.close(() => done());
          }),
      });
    });
  });
}
