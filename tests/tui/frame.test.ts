// The frame function without a terminal: a session state and the UI state in, the panes'
// places, labels, borders and rows out.

import { describe, expect, it } from 'vitest';
import { Controller } from '../../src/commands/controller.ts';
import { Session } from '../../src/engine/session.ts';
import { DEFAULT_SETTINGS } from '../../src/settings.ts';
import { loadStory } from '../../src/story/load.ts';
import { frame, type Frame, type SessionView, sessionViewOf } from '../../src/ui/tui/frame.ts';
import { LineEditor } from '../../src/ui/tui/line-editor.ts';
import { help } from '../../src/ui/tui/overlays/help.ts';
import { type Row, rowText } from '../../src/ui/tui/styled.ts';
import { Typewriter } from '../../src/ui/tui/typewriter.ts';
import { initialUi, type UiState } from '../../src/ui/tui/ui-state.ts';
import { fixture } from './boot.ts';

function setup(): { view: () => SessionView; ui: UiState; controller: Controller } {
  const session = Session.start(loadStory(fixture('conference.ink')), { seed: 7 });
  const controller = new Controller(session, null, { autosaveSlot: null });
  const ui = initialUi({ ...DEFAULT_SETTINGS, typewriter: false }, {}, new Typewriter(() => {}));
  const view = () => sessionViewOf(controller, false);
  ui.story.follow(controller.session.state, controller.session.path());
  return { view, ui, controller };
}

const panes = (f: Frame) => {
  if (f.kind !== 'panes') throw new Error('expected the panes, got the too-small notice');
  return f;
};
const text = (rows: Row[]) => rows.map(rowText).join('\n');

describe('the frame', () => {
  it('at 100x30: story, choices and sidebar side by side, the hint line at the bottom', () => {
    const { view, ui } = setup();
    const f = panes(frame(view(), ui, 100, 30));
    expect(f.story.rect).toEqual({ left: 0, top: 0, width: 76, height: f.choices.rect.top });
    expect(f.sidebar?.rect).toEqual({ left: 76, top: 0, width: 24, height: 29 });
    expect(f.hint.rect).toEqual({ left: 0, top: 29, width: 100, height: 1 });
    expect(f.story.label).toBe(' 28 September 1941 · Moscow ');
    expect(text(f.story.rows)).toContain('The plane lands at the Central Aerodrome.');
    expect(text(f.choices.rows)).toMatch(/›1\. Shake his hand\n 2\. Look for the car/);
    expect(f.choices.border).toEqual({ color: 'focus', bold: true });
    expect(text(f.sidebar!.rows)).toContain('The Small Conference');
    expect(rowText(f.hint.row)).toMatch(/^ 1-9 choose {2}↑↓⏎ select/);
    expect(f.overlay).toBeNull();
    expect(f.clicks.choiceAtRow).toEqual([0, 1]);
  });

  it('below 80 columns folds the sidebar and puts the title in the story border; below 40x12 the notice only', () => {
    const { view, ui } = setup();
    const f = panes(frame(view(), ui, 79, 24));
    expect(f.sidebar).toBeNull();
    expect(f.story.label).toBe(' The Small Conference · 28 September 1941 · Moscow ');
    const small = frame(view(), ui, 39, 12);
    expect(small.kind).toBe('too-small');
    if (small.kind === 'too-small') expect(text(small.rows)).toContain('Make me bigger!');
  });

  it('follows the UI state: the selection, the focus, the : line, an open window, a flash', () => {
    const { view, ui } = setup();
    ui.selected = 1;
    ui.focus = 'story';
    let f = panes(frame(view(), ui, 100, 30));
    expect(text(f.choices.rows)).toMatch(/ 1\. Shake his hand\n›2\. Look for the car/);
    expect(f.story.border).toEqual({ color: 'focus', bold: true });
    expect(f.choices.border).toEqual({ color: 'normal', bold: false });
    ui.command = new LineEditor();
    expect(rowText(panes(frame(view(), ui, 100, 30)).hint.row)).toMatch(/^: $/);
    ui.command = null;
    ui.flash = { text: 'Story warning: '.padEnd(200, 'x'), style: 'error', more: 'w' };
    const hint = rowText(panes(frame(view(), ui, 100, 30)).hint.row);
    expect(hint).toMatch(/^ Story warning: x+… {2}w shows it all$/);
    expect(hint.length).toBeLessThanOrEqual(99);
    ui.overlay = help();
    f = panes(frame(view(), ui, 100, 30));
    expect(f.overlay?.label).toBe(' Help ');
    expect(f.overlay?.border).toEqual({ color: 'overlay', bold: true });
    expect(text(f.overlay!.rows)).toContain('take that choice');
  });

  it('is the same frame for the same states', () => {
    const { view, ui, controller } = setup();
    expect(frame(view(), ui, 100, 30)).toEqual(frame(view(), ui, 100, 30));
    controller.input('1');
    ui.story.follow(controller.session.state, controller.session.path());
    const after = panes(frame(view(), ui, 100, 30));
    expect(text(after.story.rows)).toContain('› Shake his hand');
    expect(after).toEqual(frame(view(), ui, 100, 30));
  });
});
