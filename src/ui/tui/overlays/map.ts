// The branch map (`m`): every path taken from the story's start(s), in every playthrough, as a
// tree folded to the points where something happens (buildTree). Its keys are the key map's
// "map" actions: move, fold and unfold, go to the chosen point (controller.jumpTo restores that
// moment exactly), come back to where the player is. Drawn a window at a time, so a map of
// thousands of points stays quick.

import { summarizeEndings } from '../../../branches/endings.ts';
import type { Controller } from '../../../commands/controller.ts';
import { metadataOf } from '../../../story/metadata.ts';
import type { KeyPress } from '../blessed.ts';
import type { Hint } from '../hint.ts';
import { actionOf, hint } from '../keymap.ts';
import type { Row } from '../styled.ts';
import { fit } from '../wrap.ts';
import { MapOutline } from './map-outline.ts';
import { detailRows, entryRow } from './map-rows.ts';
import type { KeyResult, Overlay, OverlayContext } from './overlay.ts';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

class MapOverlay implements Overlay {
  readonly title: string;
  readonly width = 200; // as wide as the terminal allows: the tree needs room to indent
  private readonly outline: MapOutline;
  private readonly titles: Map<string, string>;
  /** The selected entry (an index into outline.entries). */
  private selected: number;
  /** The first entry on screen, as a position among those on show. */
  private top = 0;
  private listHeight = 1;

  constructor(private readonly ctx: OverlayContext) {
    const { map, currentNode, session } = ctx.controller;
    this.outline = new MapOutline(map, currentNode);
    const meta = metadataOf(session.story);
    this.titles = new Map(meta.endings.map((e) => [e.id, e.title]));
    const endings = summarizeEndings(meta, map);
    this.title =
      `Branch map: ${plural(map.playthroughs, 'playthrough')}, ${plural(map.nodes.size, 'choice point')}` +
      (endings.total ? `, ${endings.reached} of ${endings.total} endings` : '') +
      (map.damagedLines ? ` (${plural(map.damagedLines, 'damaged line')} of its file skipped)` : '');
    this.selected = Math.max(0, this.outline.current());
  }

  rows(width: number, height: number): Row[] {
    const { outline } = this;
    // Under the list, the selected point's details, when there is room for both.
    const detailHeight = height >= 16 ? 5 : height >= 10 ? 3 : 0;
    this.listHeight = Math.max(1, height - (detailHeight ? detailHeight + 1 : 0));
    const at = outline.position(this.selected);
    if (at < this.top) this.top = at;
    if (at >= this.top + this.listHeight) this.top = at - this.listHeight + 1;
    this.top = Math.max(0, Math.min(this.top, outline.shown.length - this.listHeight));
    const rows: Row[] = [];
    for (const index of outline.shown.slice(this.top, this.top + this.listHeight)) {
      const row = entryRow(outline, index, width - 2, this.titles);
      if (index !== this.selected) rows.push([{ text: '  ', style: 'key' }, ...row]);
      else rows.push([{ text: '› ', style: 'key' }, { text: row.map((s) => s.text).join(''), style: 'selected' }]);
    }
    while (rows.length < this.listHeight) rows.push([]);
    if (detailHeight) {
      rows.push([{ text: '─'.repeat(width), style: 'rule' }]);
      rows.push(...detailRows(outline.entries[this.selected]!, width, detailHeight, this.titles));
    }
    return rows.slice(0, height);
  }

  footer(): Hint[] {
    return [hint('mapMove'), hint('mapFold'), hint('mapGo'), hint('mapHere'), hint('close')];
  }

  key(key: KeyPress): KeyResult {
    const { outline } = this;
    const shown = outline.shown;
    const at = outline.position(this.selected);
    const moveTo = (position: number) => {
      this.selected = shown[Math.max(0, Math.min(shown.length - 1, position))]!;
      return 'done' as const;
    };
    const action = actionOf('map', key);
    switch (action?.id) {
      case 'mapMove':
        return moveTo(at + action.arg);
      case 'mapPage':
        return moveTo(at + action.arg * Math.max(1, this.listHeight - 1));
      case 'mapEnds':
        return moveTo(action.arg < 0 ? 0 : shown.length - 1);
      case 'mapFold': {
        // Fold this point's branches; on a folded point or a leaf, go up to its parent.
        if (outline.hasBranches(this.selected) && !outline.isFolded(this.selected)) outline.fold(this.selected, true);
        else if (outline.entries[this.selected]!.parent >= 0) this.selected = outline.entries[this.selected]!.parent;
        return 'done';
      }
      case 'mapUnfold':
        if (outline.isFolded(this.selected)) outline.fold(this.selected, false);
        else if (outline.hasBranches(this.selected)) this.selected++;
        return 'done';
      case 'mapHere': {
        const current = outline.current();
        if (current >= 0) {
          outline.reveal(current);
          this.selected = current;
        }
        return 'done';
      }
      case 'mapGo':
        return this.go();
      default:
        return 'pass';
    }
  }

  private go(): KeyResult {
    const entry = this.outline.entries[this.selected]!;
    const id = entry.tree.node.id;
    this.ctx.close();
    this.ctx.perform((controller: Controller) => {
      const outcome = controller.jumpTo(id);
      if (outcome.messages.length) return outcome;
      const turn = controller.session.state.turn;
      const what = entry.kind === 'untaken' ? `, where "${fit(entry.text ?? '', 40)}" is offered` : '';
      return { ...outcome, messages: [`Went to turn ${turn} on the branch map${what}.`] };
    });
    return 'done';
  }
}

export const branchMap = (ctx: OverlayContext): Overlay => new MapOverlay(ctx);
