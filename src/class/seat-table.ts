// What a teacher sees of each seat, as text: `caviar class status` prints it, the live dashboard
// draws it. One table, so the two never disagree about what a column means.

import type { ClassRow, SeatRow } from './db.ts';

export const SEAT_COLUMNS = ['name', 'role', 'table', 'phase', 'date', 'turn', 'idle', 'ending', 'objective'] as const;

export function minutesSince(iso: string | null, now: Date): number | null {
  return iso === null ? null : Math.max(0, Math.floor((now.getTime() - new Date(iso).getTime()) / 60_000));
}

/** Minutes since the seat's last move (or since it joined, before its first). */
export const idleMinutes = (s: SeatRow, now: Date) => minutesSince(s.lastMoveAt ?? s.joinedAt, now);

/** One row of cells per seat, in SEAT_COLUMNS' order. */
export function seatCells(s: SeatRow, now: Date): string[] {
  const idle = idleMinutes(s, now);
  return [
    s.name,
    s.role ?? '-',
    s.table === null ? '-' : String(s.table),
    s.phase ?? '-',
    s.date ?? '-',
    String(s.turn),
    idle === null ? '-' : `${idle} min`,
    s.finished ? (s.ending ?? 'finished') : '-',
    s.objectiveMet ? 'met' : '-',
  ];
}

/** The class as a whole, in a word or three: running, paused, held at a phase, ended. */
export function classState(klass: ClassRow): string {
  return klass.endedAt ? 'ended' : klass.paused ? 'paused' : klass.holdAt ? `held at ${klass.holdAt}` : 'running';
}
