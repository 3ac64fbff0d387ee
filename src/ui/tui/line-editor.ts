// A one-line text editor for the `:` command line and the save-name prompt. blessed's textbox
// grabs the keyboard and fights the screen's own key handling; this one just takes keys (the
// key map's "editor" actions). A paste arrives as one key per character, so each key costs what
// is on screen, never the length of the line, and the line holds at most LINE_LIMIT characters.

import type { KeyPress } from './blessed.ts';
import { actionOf } from './keymap.ts';
import type { Row } from './styled.ts';
import { blessedUnits, units } from './text-width.ts';

/** 'full': a character was refused, the line is at its limit. */
export type EditResult = 'submit' | 'cancel' | 'edit' | 'ignored' | 'full';

/** Characters a line holds at most: far past any command or path, short enough to stay quick. */
export const LINE_LIMIT = 1000;

const isHigh = (ch: string) => ch.length === 1 && ch >= '\ud800' && ch <= '\udbff';
const isLow = (ch: string) => ch.length === 1 && ch >= '\udc00' && ch <= '\udfff';

export class LineEditor {
  /** The line, one entry per character (code point). */
  private chars: string[] = [];
  private cursor = 0;
  private recallAt: number;
  private full = false;

  constructor(
    private readonly recall: readonly string[] = [],
    private readonly limit = LINE_LIMIT,
  ) {
    this.recallAt = recall.length;
  }

  get text(): string {
    return this.chars.join('');
  }

  key(key: KeyPress): EditResult {
    const action = actionOf('editor', key);
    const wasFull = this.full;
    this.full = false;
    switch (action?.id) {
      case 'submit':
        return 'submit';
      case 'cancel':
        return 'cancel';
      case 'erase':
        if (action.arg < 0) {
          if (this.cursor === 0) return this.chars.length ? 'edit' : 'cancel';
          this.chars.splice(--this.cursor, 1);
        } else this.chars.splice(this.cursor, 1);
        return 'edit';
      case 'cursor':
        this.cursor = Math.max(0, Math.min(this.chars.length, this.cursor + action.arg));
        return 'edit';
      case 'lineEnds':
        this.cursor = action.arg < 0 ? 0 : this.chars.length;
        return 'edit';
      case 'clearStart':
        this.chars.splice(0, this.cursor);
        this.cursor = 0;
        return 'edit';
      case 'recall':
        if (!this.recall.length) return 'edit';
        this.recallAt = Math.max(0, Math.min(this.recall.length, this.recallAt + action.arg));
        this.chars = Array.from(this.recall[this.recallAt] ?? '');
        this.cursor = this.chars.length;
        return 'edit';
    }
    if (!key.ch || key.full.startsWith('C-') || key.full.startsWith('M-')) {
      this.full = wasFull;
      return 'ignored';
    }
    return this.insert(key.ch);
  }

  private insert(ch: string): EditResult {
    // blessed hands over a character outside the BMP as its two halves, one key each.
    if (isLow(ch) && this.cursor > 0 && isHigh(this.chars[this.cursor - 1]!)) {
      this.chars[this.cursor - 1] += ch;
      return 'edit';
    }
    if (this.chars.length >= this.limit) {
      this.full = true;
      return 'full';
    }
    this.chars.splice(this.cursor++, 0, ch);
    return 'edit';
  }

  /**
   * The prompt and text, scrolled so the cursor (drawn as an inverse cell) stays in view; when
   * the last key found the line full, the row says so.
   */
  row(prompt: string, width: number): Row {
    const note = this.full ? ` (${this.limit} characters at most)` : '';
    const room = Math.max(1, width - units(prompt) - 1 - units(note));
    // From the cursor back, as far as fits: the cursor stays at the right edge when it has
    // gone past it, as a scrolled input field does.
    let from = this.cursor;
    let used = 0;
    while (from > 0 && used + blessedUnits(this.chars[from - 1]!) < room) used += blessedUnits(this.chars[--from]!);
    let shown = 0;
    used = 0;
    while (from + shown < this.chars.length && used + blessedUnits(this.chars[from + shown]!) <= room) used += blessedUnits(this.chars[from + shown++]!);
    const visible = this.chars.slice(from, from + shown);
    const at = this.cursor - from;
    const row: Row = [
      { text: prompt, style: 'key' },
      { text: visible.slice(0, at).join(''), style: 'text' },
      { text: visible[at] ?? ' ', style: 'selected' },
      { text: visible.slice(at + 1).join(''), style: 'text' },
    ];
    if (note) row.push({ text: note, style: 'error' });
    return row;
  }
}
