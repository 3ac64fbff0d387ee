// Where a playthrough stands on the branch map, followed from the session's own path (its
// history is the only record of the path): one step forward adds one node, a rewind drops the
// nodes after it, and anything else (a new session, a load, a jump of several turns) is caught
// up from the whole path. Nobody resets it by hand.

import type { Session } from '../engine/session.ts';
import { type BranchMap, nodeId, rootId } from './map.ts';

export class BranchTracker {
  /** The map node of each turn of the current path (index = turn). */
  private nodePath: string[] = [];
  private session: Session | null = null;
  private serial = -1;

  constructor(readonly map: BranchMap) {}

  /** The node where the player stands (after `follow`). */
  get currentNode(): string {
    return this.nodePath[this.nodePath.length - 1]!;
  }

  /** Brings the node path in line with the session after any move, recording new nodes. */
  follow(session: Session): void {
    const move = session.lastMove;
    if (session === this.session && move.serial === this.serial) return;
    const path = session.path();
    const oneMove = session === this.session && move.serial === this.serial + 1;
    this.session = session;
    this.serial = move.serial;
    if (oneMove && move.kind === 'forward' && this.nodePath.length === path.length) {
      const { state, seed, options } = session;
      this.nodePath.push(this.map.step(this.nodePath.at(-1)!, path.at(-1)!, state, seed, options.startPath));
    } else if (oneMove && move.kind === 'rewind' && this.nodePath.length > path.length) {
      this.nodePath.length = path.length + 1;
    } else if (oneMove && move.kind === 'set') {
      // Variables set from outside: the path is the same.
    } else {
      this.map.visit(path, session.state, session.seed, session.options.startPath);
      this.nodePath = [rootId(session.options.startPath)];
      for (const choice of path) this.nodePath.push(nodeId(this.nodePath.at(-1)!, choice.text));
    }
  }

  /** Indices (0-based, as in state.choices) of the current choices taken here in any playthrough. */
  seenChoices(session: Session): Set<number> {
    const taken = this.map.taken(this.currentNode);
    return new Set(session.state.choices.flatMap((c, i) => (taken.has(c.text) ? [i] : [])));
  }
}
