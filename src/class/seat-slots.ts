// A seat's save slots, kept in the class database instead of a folder: `:save NAME` and
// `:load NAME` work in a live class as in solo play, and the autosave is the seat's own row.

import { UsageError } from '../errors.ts';
import { parseSave, type SaveFile, SaveFormatError } from '../saves/format.ts';
import { AUTOSAVE, checkSlotName, type QUICKSAVE, type SlotInfo, type SlotStore } from '../saves/store.ts';
import type { ClassDb } from './db.ts';

export class SeatSlots implements SlotStore {
  readonly dir = null;

  constructor(
    private readonly db: ClassDb,
    private readonly seatId: number,
  ) {}

  private text(slot: string): string | null {
    checkSlotName(slot);
    // The autosave is the seat's own row, written with the dashboard's figures (room.ts).
    if (slot === AUTOSAVE) return this.db.seats().find((s) => s.id === this.seatId)?.save ?? null;
    return this.db.slot(this.seatId, slot);
  }

  exists(slot: string): boolean {
    return this.text(slot) !== null;
  }

  read(slot: string): SaveFile {
    const text = this.text(slot);
    if (text === null) throw new UsageError(`no save called "${slot}"`);
    try {
      return parseSave(text);
    } catch (error) {
      if (error instanceof SaveFormatError) throw new UsageError(`the save "${slot}" cannot be loaded: ${error.message}`);
      throw error;
    }
  }

  write(slot: string, save: SaveFile): void {
    checkSlotName(slot);
    // The room writes the autosave itself after every move, together with the seat's progress.
    if (slot !== AUTOSAVE) this.db.writeSlot(this.seatId, slot, JSON.stringify(save));
  }

  /** A seat plays one story: its slots need no story in their names. */
  slotOf(kind: typeof AUTOSAVE | typeof QUICKSAVE): string {
    return kind;
  }

  list(): SlotInfo[] {
    return this.db.slots(this.seatId).map(({ slot, save }) => {
      try {
        return { slot, file: slot, save: parseSave(save), problem: null };
      } catch (error) {
        return { slot, file: slot, save: null, problem: (error as Error).message };
      }
    });
  }
}
