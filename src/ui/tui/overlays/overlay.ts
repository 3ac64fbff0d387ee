// What an overlay is, and the two kinds most overlays are built from: a scrollable text and a
// menu. A new view is one small file that builds one of these (or, like the branch map, its own
// Overlay), an action in keymap.ts and an entry in registry.ts. Each reads its keys from the key
// map ("text", "menu"), and gets them before the app does.

import type { Controller, Outcome } from '../../../commands/controller.ts';
import type { KeyPress } from '../blessed.ts';
import type { Hint } from '../hint.ts';
import { actionOf, hint } from '../keymap.ts';
import type { Settings } from '../../../settings.ts';
import type { Row } from '../styled.ts';
import type { Problem } from '../problem-log.ts';
import { fit, wrapText } from '../wrap.ts';

/** What an overlay may do to the rest of the UI. */
export interface OverlayContext {
  readonly controller: Controller;
  /** Runs a plain-mode command line (":save x", "3") as if typed; the UI shows its outcome. */
  run(line: string): void;
  /** Runs a command of the controller (a jump on the branch map); the UI shows its outcome. */
  perform(action: (controller: Controller) => Outcome): void;
  /** Shows messages about the session (as the command line does). */
  tell(messages: string[]): void;
  close(): void;
  open(overlay: Overlay): void;
  settings(): Settings;
  changeSettings(change: Partial<Settings>): void;
  /** The story's runtime warnings and errors in this run, oldest first. */
  problems(): readonly Problem[];
}

/** 'close': close the overlay; 'done': handled; 'pass': not for this overlay (the app's, then). */
export type KeyResult = 'close' | 'done' | 'pass';

export interface Overlay {
  readonly title: string;
  /** Rows inside the frame, at most `height` of them, fitted to `width`. */
  rows(width: number, height: number): Row[];
  /** Key hints shown in the frame's last row. */
  footer(): Hint[];
  key(key: KeyPress): KeyResult;
  /** How wide the overlay would like to be. */
  readonly width?: number;
  /** True while the overlay takes typed text: then no key is a shortcut. */
  readonly typing?: boolean;
}

/** A read-only page of text: help, notebook, command output. */
export class TextOverlay implements Overlay {
  private top = 0;
  private last = { total: 0, height: 1 };

  constructor(
    readonly title: string,
    private readonly content: (width: number) => Row[],
    readonly width = 72,
  ) {}

  rows(width: number, height: number): Row[] {
    const all = this.content(width);
    this.last = { total: all.length, height };
    this.top = Math.max(0, Math.min(this.top, all.length - height));
    return all.slice(this.top, this.top + height);
  }

  footer(): Hint[] {
    const more = this.last.total > this.last.height;
    return more ? [hint('textLine'), hint('close')] : [hint('close')];
  }

  key(key: KeyPress): KeyResult {
    const action = actionOf('text', key);
    const page = Math.max(1, this.last.height - 1);
    switch (action?.id) {
      case 'textLine':
        this.top += action.arg;
        break;
      case 'textPage':
        this.top += action.arg * page;
        break;
      case 'textEnds':
        this.top = action.arg < 0 ? 0 : this.last.total;
        break;
      case 'textDone':
        return 'close';
      default:
        return 'pass';
    }
    this.top = Math.max(0, Math.min(this.top, this.last.total - this.last.height));
    return 'done';
  }
}

/**
 * Wraps plain lines of text into rows of one style. Continuation rows hang under the text, past
 * any indent and list number ("  12. "), or by `hang` cells when given (0 for prose).
 */
export function textRows(lines: string[], width: number, style: Row[number]['style'] = 'text', hang?: number): Row[] {
  const rows: Row[] = [];
  for (const line of lines) {
    const indent = hang ?? Math.min(Math.floor(width / 2), /^\s*(\d+\.\s+)?/.exec(line)![0].length || 2);
    wrapText(line, width, indent).forEach((piece, i) => rows.push([{ text: (i ? ' '.repeat(indent) : '') + piece.text, style }]));
  }
  return rows;
}

export interface MenuItem {
  /** One or more rows; the first is highlighted when selected. */
  rows: (width: number) => Row[];
  /** What Enter does; absent: the item cannot be chosen. */
  choose?: () => KeyResult;
}

/** A list to move through with the arrows and choose from with Enter. */
export class MenuOverlay implements Overlay {
  selected: number;
  private top = 0;
  private lastHeight = 1;

  constructor(
    readonly title: string,
    private readonly items: () => MenuItem[],
    private readonly enterHint: string,
    options: { selected?: number; empty?: string; width?: number } = {},
  ) {
    this.selected = options.selected ?? 0;
    this.empty = options.empty ?? 'Nothing here yet.';
    this.width = options.width ?? 72;
  }

  readonly width: number;
  private readonly empty: string;

  rows(width: number, height: number): Row[] {
    const items = this.items();
    if (!items.length) return textRows([this.empty], width, 'dim').slice(0, height);
    this.selected = Math.max(0, Math.min(this.selected, items.length - 1));
    const blocks = items.map((item, i) => {
      const rows = item.rows(width - 2).map((row) => row.map((s) => ({ ...s })));
      const on = i === this.selected;
      return rows.map((row, n): Row => {
        const marker = on && n === 0 ? '› ' : '  ';
        if (!on) return [{ text: marker, style: 'key' }, ...row];
        const text = fit(row.map((s) => s.text).join(''), width - 2);
        return [{ text: marker, style: 'key' }, { text, style: n === 0 ? 'selected' : 'value' }];
      });
    });
    // Scroll by whole items so the selected one is in view.
    this.lastHeight = height;
    if (this.selected < this.top) this.top = this.selected;
    const fits = (from: number, to: number) => blocks.slice(from, to + 1).reduce((n, b) => n + b.length, 0) <= height;
    while (this.top < this.selected && !fits(this.top, this.selected)) this.top++;
    const out: Row[] = [];
    for (const block of blocks.slice(this.top)) {
      if (out.length + block.length > height) break;
      out.push(...block);
    }
    return out;
  }

  footer(): Hint[] {
    return [hint('menuMove'), hint('menuChoose', this.enterHint), hint('close')];
  }

  key(key: KeyPress): KeyResult {
    const items = this.items();
    const action = actionOf('menu', key);
    const move = (to: number) => {
      this.selected = Math.max(0, Math.min(items.length - 1, to));
      return 'done' as const;
    };
    switch (action?.id) {
      case 'menuMove':
        return move(this.selected + action.arg);
      case 'menuPage':
        return move(this.selected + action.arg * Math.max(1, Math.floor(this.lastHeight / 2)));
      case 'menuEnds':
        return move(action.arg < 0 ? 0 : items.length - 1);
      case 'menuChoose': {
        const item = items[this.selected];
        return item?.choose ? item.choose() : 'done';
      }
      default:
        return 'pass';
    }
  }
}
