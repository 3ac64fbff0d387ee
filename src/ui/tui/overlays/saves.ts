// The save (`s`) and load (`l`) menus: each slot with its time, turn, location and last choice.
// Both act through the plain-mode commands (:save NAME, :load NAME), so the checks and messages
// are the ones plain mode gives.

import { UsageError } from '../../../errors.ts';
import { localTime } from '../../../local-time.ts';
import { quicksaveOf } from '../../../commands/save-commands.ts';
import { AUTOSAVE, type SlotInfo } from '../../../saves/store.ts';
import type { KeyPress } from '../blessed.ts';
import type { Hint } from '../hint.ts';
import { hint } from '../keymap.ts';
import { LineEditor } from '../line-editor.ts';
import type { Row } from '../styled.ts';
import { sanitize } from '../text-width.ts';
import { fit } from '../wrap.ts';
import { MenuOverlay, type KeyResult, type MenuItem, type Overlay, type OverlayContext, textRows } from './overlay.ts';

function slotRows(info: SlotInfo, currentHash: string, width: number): Row[] {
  if (!info.save) {
    return [
      [{ text: fit(info.slot, width), style: 'value' }],
      [{ text: fit(`  unreadable: ${info.problem ?? ''}`, width), style: 'error' }],
    ];
  }
  const { save } = info;
  const when = localTime(save.updatedAt);
  const where = (save.engine.status as { location?: unknown }).location;
  const head = `${info.slot}  ${when}  turn ${save.engine.turn}${typeof where === 'string' ? `  ${sanitize(where)}` : ''}`;
  const last = save.choices.at(-1)?.text;
  const other = save.story.hash === currentHash ? '' : ' (another version of the story)';
  return [
    [{ text: fit(head, width), style: 'value' }],
    [{ text: fit(`  ${last ? `› ${sanitize(last)}` : '(the start)'}${other}`, width), style: 'dim' }],
  ];
}

const isAutosave = (slot: string) => slot === AUTOSAVE || slot.startsWith(`${AUTOSAVE}-`);

export function loadMenu(ctx: OverlayContext): Overlay {
  const hash = ctx.controller.session.story.hash;
  const slots = ctx.controller.store?.list() ?? [];
  // The autosave first: after a crash or a quit it is the one a player wants.
  slots.sort((a, b) => Number(isAutosave(b.slot)) - Number(isAutosave(a.slot)));
  const items: MenuItem[] = slots.map((info) => ({
    rows: (width) => slotRows(info, hash, width),
    choose: info.save
      ? () => {
          ctx.close();
          ctx.run(`:load ${info.slot}`);
          return 'done';
        }
      : undefined,
  }));
  return new MenuOverlay('Load', () => items, 'load', { empty: 'No saves yet: s saves the story where it is.' });
}

class SaveMenu extends MenuOverlay {
  private naming: LineEditor | null = null;
  private problem = '';

  constructor(private readonly ctx: OverlayContext) {
    const hash = ctx.controller.session.story.hash;
    const slots = (ctx.controller.store?.list() ?? []).filter((s) => !isAutosave(s.slot));
    const quicksave = quicksaveOf(ctx.controller);
    if (!slots.some((s) => s.slot === quicksave)) slots.unshift({ slot: quicksave, file: '', save: null, problem: null });
    const items: MenuItem[] = [
      {
        rows: (width) => [[{ text: fit('New save…', width), style: 'value' }], [{ text: '  choose a name', style: 'dim' }]],
        choose: () => {
          this.naming = new LineEditor();
          this.problem = '';
          return 'done';
        },
      },
      ...slots.map((info) => ({
        rows: (width: number) =>
          info.save || info.problem ? slotRows(info, hash, width) : [[{ text: info.slot, style: 'value' as const }], [{ text: '  (empty)', style: 'dim' as const }]],
        choose: () => this.saveAs(info.slot),
      })),
    ];
    super('Save', () => items, 'save here', { selected: 0 });
  }

  private saveAs(slot: string): KeyResult {
    // Straight to Controller.save: a typed name with a space in it must be refused whole, not
    // cut at the space as a command line would.
    let message: string;
    try {
      message = this.ctx.controller.save(slot).messages.join(' ');
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      message = error.message;
    }
    if (message.startsWith('Saved')) {
      this.ctx.close();
      this.ctx.tell([message]);
      return 'done';
    }
    this.problem = message;
    return 'done';
  }

  override rows(width: number, height: number): Row[] {
    if (this.naming) {
      const rows = [this.naming.row('Name: ', width)];
      rows.push([], ...textRows(['Letters, digits, - and _ (up to 64).'], width, 'dim'));
      if (this.problem) rows.push([], ...textRows([this.problem], width, 'error'));
      return rows.slice(0, height);
    }
    const list = super.rows(width, Math.max(1, height - (this.problem ? 2 : 0)));
    return this.problem ? [...list, [], ...textRows([this.problem], width, 'error')].slice(0, height) : list;
  }

  override footer(): Hint[] {
    return this.naming ? [hint('submit'), hint('cancel')] : super.footer();
  }

  /** While a name is typed, every key is the name's: Esc goes back to the list, not out. */
  override key(key: KeyPress): KeyResult {
    if (!this.naming) return super.key(key);
    const result = this.naming.key(key);
    if (result === 'cancel') this.naming = null;
    else if (result === 'submit') {
      const name = this.naming.text.trim();
      if (!name) this.naming = null;
      else return this.saveAs(name);
    } else if (result === 'edit') this.problem = '';
    return 'done';
  }

  /** While a name is typed, no key is a shortcut (no quitting on "q"). */
  get typing(): boolean {
    return this.naming !== null;
  }
}

export const saveMenu = (ctx: OverlayContext): Overlay => new SaveMenu(ctx);
