// The one key map: every action declared once, help made from it, and the focused part of the UI
// hearing a key before the app does.

import { afterEach, describe, expect, it } from 'vitest';
import { ACTION_LIST, actionOf, DASHBOARD_SECTIONS, helpSections, labelOf } from '../../src/ui/tui/keymap.ts';
import { help } from '../../src/ui/tui/overlays/help.ts';
import { rowText } from '../../src/ui/tui/styled.ts';
import { boot, closeAll } from './boot.ts';
import { KEY } from './harness.ts';
import { shows } from './screen.ts';

afterEach(closeAll);

const press = (full: string) => ({ full, name: full, ch: full.length === 1 ? full : undefined });

describe('the key map', () => {
  it('reads a key as one action per scope, with its direction', () => {
    expect(actionOf('main', press('3'))).toEqual({ id: 'choose', arg: 3 });
    expect(actionOf('main', press('pageup'))).toEqual({ id: 'page', arg: -1 });
    expect(actionOf('menu', press('k'))).toEqual({ id: 'menuMove', arg: -1 });
    expect(actionOf('editor', press('escape'))?.id).toBe('cancel');
    expect(actionOf('window', press('escape'))?.id).toBe('close');
    expect(actionOf('terminal', press('C-c'))?.id).toBe('interrupt');
    expect(actionOf('main', press('x'))).toBeNull();
  });

  it("help is made from it: every action, with its keys and its words, in its own screen's help", () => {
    const player = help()
      .rows(200, 10_000)
      .map(rowText)
      .join('\n')
      .replace(/\s+/g, ' ');
    const dashboard = helpSections(DASHBOARD_SECTIONS)
      .flatMap((s) => [s.title, ...s.rows.flat()])
      .join(' ');
    for (const a of ACTION_LIST) {
      const text = a.scope === 'dashboard' ? dashboard : player;
      expect(text, a.id).toContain(labelOf(a));
      if (a.help) expect(text, a.id).toContain(a.help);
      else expect(ACTION_LIST.some((o) => o.row === a.row && o.help), `${a.id} is told by its row`).toBe(true);
    }
    for (const section of helpSections()) expect(player).toContain(section.title);
    expect(player).not.toContain('select a seat');
  });
});

describe('the focused part hears a key first', () => {
  it('regression: Esc while typing a save name goes back to the Save list, as its footer says, not out of the window', async () => {
    const b = await boot();
    await b.press('s', KEY.enter);
    await b.type('half');
    expect(shows(b, 'Name: half')).toBe(true);
    expect(shows(b, 'Esc back')).toBe(true);
    await b.press(KEY.esc);
    expect(shows(b, '┌─ Save')).toBe(true);
    expect(shows(b, 'New save…')).toBe(true);
    expect(shows(b, 'Name:')).toBe(false);
    await b.press(KEY.esc);
    expect(shows(b, '┌─ Save')).toBe(false);
  });

  it('a typed name takes the keys that are shortcuts elsewhere; Ctrl-C still quits', async () => {
    const b = await boot();
    await b.press('s', KEY.enter);
    await b.type('hqsl?');
    expect(shows(b, 'Name: hqsl?')).toBe(true);
    expect(shows(b, '┌─ Save')).toBe(true);
    await b.press(KEY.ctrlC);
    expect(await b.tui.done).toBe(130);
  });

  it("a window's own keys come before the screen's: c on the branch map is \"where you are\", not a window", async () => {
    const b = await boot();
    await b.press('1', 'm', KEY.home, 'c');
    expect(shows(b, '┌─ Branch map')).toBe(true);
    expect(b.rows().some((r) => /›.*you are here/.test(r))).toBe(true);
  });
});
