// A live class's seats as hand-ins, for the documents a teacher makes at the end of a lesson
// (`caviar class-report --data DIR`, `caviar transcript --data DIR`): each seat's autosave in
// the database is read like a save file a student handed in, so the report and the transcripts
// are the same as from exported files.

import type { ClassInput } from '../classroom/class-data.ts';
import { type HandIn, HandInError, handInOf } from '../classroom/handin.ts';
import { parseSave, SaveFormatError } from '../saves/format.ts';
import type { ClassDb, SeatRow } from './db.ts';

export function seatHandIn(seat: SeatRow): HandIn {
  if (!seat.save) throw new HandInError('this seat has not made a move yet');
  try {
    return handInOf(parseSave(seat.save));
  } catch (error) {
    if (error instanceof SaveFormatError) throw new HandInError(error.message);
    throw error;
  }
}

/** Every seat that has played, as an input of the class report. */
export function seatInputs(db: ClassDb): ClassInput[] {
  return db
    .seats()
    .filter((s) => s.save)
    .map((s) => ({ label: `seat ${s.name}`, read: () => ({ kind: 'seat' as const, handIn: seatHandIn(s) }) }));
}
