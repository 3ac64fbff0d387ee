// A one-line text editor for the `:` command line and the save-name prompt. blessed's textbox
// grabs the keyboard and fights the screen's own key handling; this one just takes keys.

import type { KeyPress } from './blessed.ts';
import type { Row } from './styled.ts';
import { units } from './text-width.ts';

export type EditResult = 'submit' | 'cancel' | 'edit' | 'ignored';

export class LineEditor {
  text = '';
  private cursor = 0;
  private recall: string[];
  private recallAt: number;

  constructor(history: string[] = []) {
    this.recall = history;
    this.recallAt = history.length;
  }

  key(key: KeyPress): EditResult {
    const chars = Array.from(this.text);
    switch (key.full) {
      case 'enter':
        return 'submit';
      case 'escape':
        return 'cancel';
      case 'backspace':
        if (this.cursor > 0) {
          chars.splice(this.cursor - 1, 1);
          this.cursor--;
        } else if (!chars.length) return 'cancel';
        break;
      case 'delete':
        chars.splice(this.cursor, 1);
        break;
      case 'left':
        this.cursor = Math.max(0, this.cursor - 1);
        return 'edit';
      case 'right':
        this.cursor = Math.min(chars.length, this.cursor + 1);
        return 'edit';
      case 'home':
      case 'C-a':
        this.cursor = 0;
        return 'edit';
      case 'end':
      case 'C-e':
        this.cursor = chars.length;
        return 'edit';
      case 'C-u':
        chars.splice(0, this.cursor);
        this.cursor = 0;
        break;
      case 'up':
      case 'down': {
        if (!this.recall.length) return 'edit';
        this.recallAt = Math.max(0, Math.min(this.recall.length, this.recallAt + (key.full === 'up' ? -1 : 1)));
        this.text = this.recall[this.recallAt] ?? '';
        this.cursor = Array.from(this.text).length;
        return 'edit';
      }
      default:
        if (!key.ch || key.full.startsWith('C-') || key.full.startsWith('M-')) return 'ignored';
        chars.splice(this.cursor, 0, key.ch);
        this.cursor++;
    }
    this.text = chars.join('');
    return 'edit';
  }

  /** The prompt and text, scrolled so the cursor (drawn as an inverse cell) stays in view. */
  row(prompt: string, width: number): Row {
    const chars = Array.from(this.text);
    let from = 0;
    const room = Math.max(1, width - units(prompt) - 1);
    while (units(chars.slice(from, this.cursor).join('')) >= room) from++;
    let shown = '';
    for (const ch of chars.slice(from)) {
      if (units(shown + ch) > room) break;
      shown += ch;
    }
    const at = this.cursor - from;
    const visible = Array.from(shown);
    return [
      { text: prompt, style: 'key' },
      { text: visible.slice(0, at).join(''), style: 'text' },
      { text: visible[at] ?? ' ', style: 'selected' },
      { text: visible.slice(at + 1).join(''), style: 'text' },
    ];
  }
}
