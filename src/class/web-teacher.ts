// The teacher's page over a WebSocket: the room as it is now, sent again whenever something
// happens in it (no page reloads), and the teacher's controls (hold, release, pause, resume, a
// message) carried out through Room.act like the terminal's. The page proves it is the teacher's
// with the token printed at start (first message), never with the class code.
//
// From the page: {type: "hello", token}, then {type: "act", action, args}. To the page:
// {type: "room", ...RoomView}, {type: "report", roles} (the class report's projector view, at
// most every few seconds while students move) and {type: "result", ok, text}.

import type { WebSocket } from 'ws';
import { gatherInputs, type RebuildCache } from '../classroom/class-data.ts';
import { projectorView } from '../classroom/class-report-html.ts';
import { loadFacts } from '../classroom/facts.ts';
import { messageOf } from '../errors.ts';
import { seatInputs } from './handins.ts';
import { metadataOf } from '../story/metadata.ts';
import type { EventRow } from './db.ts';
import { sameCode, type LoginGuard } from './login-guard.ts';
import { TokenBucket } from './rate-limit.ts';
import { readMessage } from './web-seat.ts';
import type { Room, TeacherAction } from './room.ts';

/** The controls the teacher's page offers; moving seats and ending the lesson stay in the terminal. */
const PAGE_ACTIONS: readonly TeacherAction[] = ['hold', 'release', 'pause', 'resume', 'message'];

interface RoomView {
  title: string;
  state: 'running' | 'paused' | 'held' | 'ended';
  holdAt: string | null;
  phases: Array<{ id: string; title: string }>;
  seats: Array<{
    name: string;
    role: string | null;
    table: number | null;
    phase: string | null;
    date: string | null;
    turn: number;
    idleMinutes: number | null;
    connected: boolean;
    finished: boolean;
    ending: string | null;
    objectiveMet: boolean;
  }>;
  /** The latest events, newest last. */
  events: Array<{ at: string; kind: string; seat: string | null; table: number | null; detail: string }>;
}

/**
 * How often the projector view is made again while students move. Making it replays every seat
 * that moved since the last time (the others are kept), on the server's one thread: a few
 * seconds' delay on the projector costs nothing, a blocked thread would cost every seat.
 */
const REPORT_EVERY_MS = 4_000;

const minutesSince = (iso: string | null, now: number) => (iso === null ? null : Math.max(0, Math.floor((now - new Date(iso).getTime()) / 60_000)));

function roomView(room: Room, recent: readonly EventRow[], now = Date.now()): RoomView {
  const klass = room.info;
  const connected = room.connected();
  return {
    title: klass.title,
    state: klass.endedAt ? 'ended' : klass.paused ? 'paused' : klass.holdAt ? 'held' : 'running',
    holdAt: klass.holdAt,
    phases: metadataOf(room.story).phases.map((p) => ({ id: p.id, title: p.title })),
    seats: room.seatRows().map((s) => ({
      name: s.name,
      role: s.role,
      table: s.table,
      phase: s.phase,
      date: s.date,
      turn: s.turn,
      idleMinutes: minutesSince(s.lastMoveAt ?? s.joinedAt, now),
      connected: connected.has(s.name.toLowerCase()),
      finished: s.finished,
      ending: s.ending,
      objectiveMet: s.objectiveMet,
    })),
    events: recent.map((e) => ({ at: e.at, kind: e.kind, seat: e.seat, table: e.table, detail: e.detail })),
  };
}

export interface TeacherDesk {
  serve(ws: WebSocket, ip: string): void;
  close(): void;
}

/** Every teacher page open now, kept up to date with the room. */
export function teacherDesk(room: Room, token: string, guard: LoginGuard, log: (line: string) => void): TeacherDesk {
  const pages = new Set<WebSocket>();
  const recent: EventRow[] = [];
  let queued = false;
  const broadcast = () => {
    queued = false;
    const view = JSON.stringify({ type: 'room', ...roomView(room, recent) });
    for (const ws of pages) if (ws.readyState === ws.OPEN) ws.send(view);
  };
  // A burst of events (a whole table choosing) becomes one update.
  const soon = () => {
    if (queued) return;
    queued = true;
    setTimeout(broadcast, 50).unref();
  };
  const facts = loadFacts(room.story.file);
  const rebuilt: RebuildCache = new Map();
  let report: string | null = null;
  let reportStale = true;
  const reportMessage = () => {
    if (reportStale || report === null) {
      const data = gatherInputs(seatInputs(room.db), room.story, facts, [], rebuilt);
      report = JSON.stringify({ type: 'report', roles: projectorView(data) });
      reportStale = false;
    }
    return report;
  };
  const sendReport = () => {
    if (!reportStale || !pages.size) return;
    const message = reportMessage();
    for (const ws of pages) if (ws.readyState === ws.OPEN) ws.send(message);
  };
  const unsubscribe = room.onEvent((event) => {
    recent.push(event);
    if (recent.length > 30) recent.shift();
    if (event.kind === 'choice' || event.kind === 'ending') reportStale = true;
    soon();
  });
  // Minutes since the last move go on counting with nothing happening.
  const ticker = setInterval(() => pages.size && broadcast(), 30_000);
  ticker.unref();
  const reporter = setInterval(sendReport, REPORT_EVERY_MS);
  reporter.unref();

  return {
    serve(ws, ip) {
      const bucket = new TokenBucket(30, 5);
      let trusted = false;
      const send = (message: object) => ws.readyState === ws.OPEN && ws.send(JSON.stringify(message));
      ws.on('message', (data, isBinary) => {
        if (!bucket.take()) return ws.close(1008, 'too many messages');
        const m = readMessage(data, isBinary);
        if (!trusted) {
          if (m?.type !== 'hello' || typeof m.token !== 'string') return ws.close(1008, 'the first message says hello');
          if (!sameCode(m.token, token)) {
            const { count, delayMs } = guard.failed(ip);
            log(`teacher page refused from ${ip}: wrong teacher token (${count} in a row)`);
            setTimeout(() => {
              send({ type: 'refused', reason: 'This is not the teacher link printed when the class started.' });
              ws.close(1000);
            }, delayMs).unref();
            return;
          }
          guard.succeeded(ip);
          trusted = true;
          pages.add(ws);
          send({ type: 'room', ...roomView(room, recent) });
          if (ws.readyState === ws.OPEN) ws.send(reportMessage());
          return;
        }
        if (m?.type !== 'act' || typeof m.action !== 'string' || !Array.isArray(m.args)) return;
        const action = m.action as TeacherAction;
        const args = m.args.filter((a): a is string => typeof a === 'string').map((a) => a.slice(0, 300));
        if (!PAGE_ACTIONS.includes(action)) return send({ type: 'result', ok: false, text: `The page cannot ${action.slice(0, 20)}.` });
        try {
          send({ type: 'result', ok: true, text: room.act(action, args) });
        } catch (error) {
          send({ type: 'result', ok: false, text: messageOf(error) });
        }
        soon();
      });
      ws.on('close', () => pages.delete(ws));
      ws.on('error', () => ws.terminate());
    },
    close() {
      unsubscribe();
      clearInterval(ticker);
      clearInterval(reporter);
      for (const ws of pages) ws.close(1001);
    },
  };
}
