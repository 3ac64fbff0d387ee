// What the story pane shows: the passages of this path, each with the choice that led to it,
// kept by the UI (not by blessed, whose log widgets grow without bound: BLESSED-NOTES #10).
// The session only holds the text since the last choice; the UI remembers the rest while the
// path it belongs to is still the one being played.

import type { ReplayedPassage } from '../../engine/reload.ts';
import { type ChoiceRecord, describeDebugMove, type Line, type SessionState } from '../../engine/state.ts';
import { GLYPH } from './glyphs.ts';
import { sanitize } from './text-width.ts';
import type { Span } from './styled.ts';

export interface Passage {
  turn: number;
  /** The choice that led here (null at the start, or when a save was loaded here). */
  choice: ChoiceRecord | null;
  lines: Line[];
  /** The debug move that led here ("-> cellar"), marked as one in the pane. */
  debug?: string;
  /** Live reload: the lines (indices into `lines`) the new version changed, and whether the choice was reworded. */
  changed?: ReadonlySet<number>;
  choiceChanged?: boolean;
}

/** One paragraph of the story pane, with a key that survives reflows (for the scroll anchor). */
export interface Paragraph {
  key: string;
  spans: Span[];
  /** Part of the newest passage (shown brighter, revealed by the typewriter). */
  fresh: boolean;
  /** A spacer row: no text. */
  blank?: boolean;
  /** The first paragraph of the newest passage. */
  start?: boolean;
  /** A scene break: a `# CLEAR` that came after text of the same turn (drawn as a rule). */
  rule?: boolean;
  /** Text a reload changed (marked in the pane). */
  changed?: boolean;
}

export type Change = 'forward' | 'back' | 'reset' | 'none';

/** Passages kept at most; older ones scroll out for good (CLEAR usually drops them sooner). */
const KEEP = 300;

export class Transcript {
  private passages: Passage[] = [];
  private seed: number | null = null;
  private last: SessionState | null = null;

  /**
   * Brings the transcript in line with the session state and its path (the choices made, as
   * Session.path() gives them); says how the story moved.
   */
  update(state: SessionState, path: readonly ChoiceRecord[]): Change {
    if (state === this.last || state.issue) return 'none';
    this.last = state;
    const turn = state.turn;
    // A debug goto adds its text after what the player read at this turn, marked as a debug move.
    if (state.debug && this.seed === state.seed && this.passages.at(-1)?.turn === turn) {
      this.passages = [...this.passages, { turn, choice: null, lines: state.lines, debug: state.debug }].slice(-KEEP);
      return 'forward';
    }
    let keep = 0;
    if (this.seed === state.seed) {
      // The passages of the path still being played (all of them after a step forward).
      const onPath = (p: Passage) => p.turn === 0 || p.debug !== undefined || (p.choice !== null && sameChoice(path[p.turn - 1], p.choice));
      while (keep < this.passages.length && this.passages[keep]!.turn < turn && onPath(this.passages[keep]!)) keep++;
    }
    const kept = this.passages.slice(0, keep);
    const follows = kept.length > 0 && kept.at(-1)!.turn === turn - 1;
    const change: Change = !follows ? 'reset' : keep === this.passages.length ? 'forward' : 'back';
    this.seed = state.seed;
    const choice = follows ? (path[turn - 1] ?? null) : null;
    // A move that does not continue the kept passages (a load, a jump across the branch map)
    // starts the pane afresh: older text with a gap after it would read as if it led here.
    this.passages = [...(follows ? kept : []), { turn, choice, lines: state.lines, ...(state.debug ? { debug: state.debug } : {}) }].slice(-KEEP);
    return change;
  }

  /**
   * A new version of the story (live reload): the whole path as it reads now, with what the
   * edit changed marked. `state` is the session's state at its end.
   */
  replace(passages: readonly ReplayedPassage[], state: SessionState): void {
    this.passages = passages
      .map((p): Passage => ({
        turn: p.turn,
        choice: p.choice,
        lines: [...p.lines],
        ...(p.debug !== null ? { debug: p.debug } : {}),
        changed: new Set(p.changed),
        choiceChanged: p.choiceChanged,
      }))
      .slice(-KEEP);
    this.seed = state.seed;
    this.last = state;
  }

  /** Forgets every passage: the next update starts the pane afresh. */
  reset(): void {
    this.passages = [];
    this.seed = null;
    this.last = null;
  }

  /**
   * The paragraphs on show: everything after the last `# CLEAR`, except that a CLEAR coming
   * after text of the newest passage does not wipe that text: the reader has not seen it yet.
   * There it clears only the older passages and becomes a scene break; the next turn clears
   * up to it as usual.
   */
  paragraphs(spaced: boolean): Paragraph[] {
    const newest = this.passages.length - 1;
    let from = { passage: 0, line: 0 };
    const breaks = new Set<number>();
    this.passages.forEach((p, i) => {
      const firstText = p.lines.findIndex((l) => l.text.trim());
      p.lines.forEach((l, j) => {
        if (!l.clear) return;
        if (i === newest && firstText >= 0 && firstText < j) {
          breaks.add(j);
          if (from.passage < i) from = { passage: i, line: 0 };
        } else from = { passage: i, line: j };
      });
    });
    const out: Paragraph[] = [];
    for (let i = from.passage; i < this.passages.length; i++) {
      const p = this.passages[i]!;
      const fresh = i === newest;
      const firstLine = i === from.passage ? from.line : 0;
      let first = true;
      const push = (para: Omit<Paragraph, 'fresh'>) => {
        if (out.length && (spaced || para.spans[0]?.style === 'echo' || para.rule)) {
          out.push({ key: `${para.key}:gap`, spans: [], fresh, blank: true });
        }
        out.push({ ...para, fresh, start: fresh && first });
        first = false;
      };
      if (p.choice && firstLine === 0) {
        // Variables an author set before this choice; gotos have passages of their own.
        const sets = (p.choice.debug ?? []).filter((m) => 'set' in m);
        if (sets.length) push({ key: `${p.turn}:sets`, spans: [{ text: sets.map((m) => `[debug] ${sanitize(describeDebugMove(m))}`).join('  '), style: 'echo' }] });
        const echo: Span[] = [{ text: `› ${sanitize(p.choice.text)}`, style: 'echo' }];
        if (p.choiceChanged) echo.push({ text: ` ${GLYPH.changed}`, style: 'mark' });
        push({ key: `${p.turn}:echo`, spans: echo, ...(p.choiceChanged ? { changed: true } : {}) });
      }
      if (p.debug && firstLine === 0) push({ key: `${p.turn}:${i}:debug`, spans: [{ text: `[debug] ${sanitize(p.debug)}`, style: 'echo' }] });
      p.lines.forEach((line, j) => {
        if (j < firstLine) return;
        if (breaks.has(j)) push({ key: `${p.turn}:${j}:break`, spans: [], rule: true });
        const text = sanitize(line.text).trim();
        if (!text) return;
        const spans: Span[] = [];
        const changed = p.changed?.has(j) ?? false;
        if (changed) spans.push({ text: `${GLYPH.changed} `, style: 'mark' });
        if (line.speaker) spans.push({ text: `${sanitize(line.speaker)}: `, style: fresh ? 'speaker' : 'oldSpeaker' });
        spans.push({ text, style: fresh ? 'text' : 'old' });
        push({ key: `${p.turn}:${j}`, spans, ...(changed ? { changed: true } : {}) });
      });
    }
    return out;
  }
}

function sameChoice(a: ChoiceRecord | undefined, b: ChoiceRecord): boolean {
  return !!a && a.turn === b.turn && a.index === b.index && a.text === b.text;
}
