// The story pane: paragraphs wrapped to the pane's width, a scroll position that survives
// reflows (kept as the paragraph and character at the top, not as a row number), and the
// typewriter's partial reveal of the newest passage.

import type { Paragraph } from './transcript.ts';
import type { Row } from './styled.ts';
import { wrapSpans } from './wrap.ts';

interface StoryRow {
  row: Row;
  key: string;
  /** Offset of the row's first character in its paragraph. */
  offset: number;
  /** For fresh text: characters of the newest passage before this row. */
  revealAt: number | null;
  start: boolean;
  changed: boolean;
}

export class StoryView {
  private rows: StoryRow[] = [];
  private top = 0;
  private height = 1;
  /** Stay at the bottom as text arrives (until the player scrolls up). */
  private follow = true;
  private anchor: { key: string; offset: number } | null = null;
  /** Characters of the newest passage on show; null: all of it. */
  reveal: number | null = null;
  /** Total characters of the newest passage. */
  freshLength = 0;

  /** Rebuilds the rows for a width and height, keeping the reader's place. */
  build(paragraphs: Paragraph[], width: number, height: number): void {
    this.height = Math.max(1, height);
    const rows: StoryRow[] = [];
    let fresh = 0;
    for (const p of paragraphs) {
      if (p.blank || p.rule) {
        const row: Row = p.rule ? [{ text: '─'.repeat(Math.max(1, width)), style: 'rule' }] : [];
        rows.push({ row, key: p.key, offset: 0, revealAt: p.fresh ? fresh : null, start: !!p.start, changed: false });
        continue;
      }
      const hang = p.spans[0]?.style === 'echo' ? 2 : 0;
      const length = p.spans.reduce((n, s) => n + s.text.length, 0);
      wrapSpans(p.spans, Math.max(1, width), hang).forEach(({ row, offset }, i) => {
        rows.push({ row, key: p.key, offset, revealAt: p.fresh ? fresh + offset : null, start: !!p.start && i === 0, changed: !!p.changed && i === 0 });
      });
      if (p.fresh) fresh += length;
    }
    this.freshLength = fresh;
    this.rows = rows;
    if (this.follow || !this.anchor) {
      this.top = this.maxTop();
      this.remember();
      return;
    }
    // The anchor itself is kept, so that resizing back and forth returns to the same row.
    const { key, offset } = this.anchor;
    let at = -1;
    rows.forEach((r, i) => {
      if (r.key === key && r.offset <= offset) at = i;
    });
    this.top = at < 0 ? this.maxTop() : Math.min(at, this.maxTop());
  }

  /** After a step forward: the new passage from its start, or all of it when it fits. */
  showNewest(): void {
    const start = this.rows.findIndex((r) => r.start);
    const bottom = this.maxTop();
    this.top = start < 0 ? bottom : Math.min(bottom, Math.max(0, start - 1));
    this.follow = this.top === bottom;
    this.remember();
  }

  /** After a live reload: the first text the edit changed, near the top; the bottom when none did. */
  showFirstChanged(): void {
    const first = this.rows.findIndex((r) => r.changed);
    if (first < 0) return this.toBottom();
    this.top = Math.min(this.maxTop(), Math.max(0, first - 1));
    this.follow = this.top === this.maxTop();
    this.remember();
  }

  toBottom(): void {
    this.follow = true;
    this.top = this.maxTop();
    this.remember();
  }

  scroll(delta: number): void {
    this.top = Math.max(0, Math.min(this.maxTop(), this.top + delta));
    this.follow = this.top === this.maxTop();
    this.remember();
  }

  page(direction: 1 | -1): void {
    this.scroll(direction * Math.max(1, this.height - 2));
  }

  home(): void {
    this.scroll(-this.rows.length);
  }

  get moreAbove(): boolean {
    return this.top > 0;
  }

  get moreBelow(): boolean {
    return this.top < this.maxTop();
  }

  /** Characters of the newest passage that fit on screen from the current position. */
  visibleFreshEnd(): number {
    const next = this.rows[this.top + this.height];
    if (!next || next.revealAt === null) return this.freshLength;
    return next.revealAt;
  }

  /** The rows on show, cut where the typewriter has got to. */
  visible(): Row[] {
    const out: Row[] = [];
    for (const r of this.rows.slice(this.top, this.top + this.height)) {
      if (this.reveal === null || r.revealAt === null) {
        out.push(r.row);
        continue;
      }
      let left = this.reveal - r.revealAt;
      const row: Row = [];
      for (const s of r.row) {
        if (left <= 0) break;
        let text = s.text.slice(0, left);
        // Never show half of a surrogate pair.
        if (/[\ud800-\udbff]$/.test(text)) text = text.slice(0, -1);
        row.push({ ...s, text });
        left -= s.text.length;
      }
      out.push(row);
    }
    return out;
  }

  private maxTop(): number {
    return Math.max(0, this.rows.length - this.height);
  }

  private remember(): void {
    const r = this.rows[this.top];
    this.anchor = r ? { key: r.key, offset: r.offset } : null;
  }
}
