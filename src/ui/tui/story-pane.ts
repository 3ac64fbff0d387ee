// The story pane's model: the passages of this path (transcript.ts) and their wrapped rows with
// the reader's scroll position (story-view.ts), rewrapped only when the text or the pane's size
// changed.

import type { ReplayedPassage } from '../../engine/reload.ts';
import type { ChoiceRecord, SessionState } from '../../engine/state.ts';
import { StoryView } from './story-view.ts';
import { type Change, Transcript } from './transcript.ts';

/** The text area of the story pane: a width, a height, and whether paragraphs get a blank between. */
export interface StoryGeometry {
  width: number;
  height: number;
  spaced: boolean;
}

export class StoryPane {
  readonly view = new StoryView();
  private readonly transcript = new Transcript();
  private version = 0;
  private built = { version: -1, width: -1, height: -1, spaced: false };

  /** Brings the passages in line with the session; says how the story moved. */
  follow(state: SessionState, path: readonly ChoiceRecord[]): Change {
    const change = this.transcript.update(state, path);
    if (change !== 'none') this.version++;
    return change;
  }

  /** A new version of the story: the whole path again, what changed marked (Transcript.replace). */
  replace(passages: readonly ReplayedPassage[], state: SessionState): void {
    this.transcript.replace(passages, state);
    this.version++;
  }

  /** Forgets every passage: the pane starts afresh at the next move. */
  reset(): void {
    this.transcript.reset();
  }

  /** Wraps the paragraphs for the pane, unless they already are for this text and size. */
  fit(g: StoryGeometry): void {
    const b = this.built;
    if (b.version === this.version && b.width === g.width && b.height === g.height && b.spaced === g.spaced) return;
    this.view.build(this.transcript.paragraphs(g.spaced), g.width, g.height);
    this.built = { version: this.version, ...g };
  }
}
