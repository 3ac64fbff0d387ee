// What the UI does to the terminal: modes set on start and reset on every way out; mouse only
// when asked for.

import { afterEach, describe, expect, it } from 'vitest';
import { boot, closeAll } from './boot.ts';
import { KEY } from './harness.ts';
import { shows } from './screen.ts';

afterEach(closeAll);

const last = (s: string, seq: string) => s.lastIndexOf(seq);

/** Alternate screen off, cursor shown, mouse reporting off, after the last time each was set. */
function restored(written: string): void {
  expect(last(written, '\x1b[?1049h')).toBeGreaterThanOrEqual(0);
  expect(last(written, '\x1b[?1049l')).toBeGreaterThan(last(written, '\x1b[?1049h'));
  expect(last(written, '\x1b[?25h')).toBeGreaterThan(last(written, '\x1b[?25l'));
  expect(last(written, '\x1b[?1000l')).toBeGreaterThanOrEqual(last(written, '\x1b[?1000h'));
}

describe('terminal modes', () => {
  it('q restores the screen, the cursor and cooked mode', async () => {
    const b = await boot();
    expect(b.input.isRaw).toBe(true);
    await b.press('q');
    expect(await b.tui.done).toBe(0);
    restored(b.written());
    expect(b.input.isRaw).toBe(false);
  });

  it('Ctrl-C restores it too', async () => {
    const b = await boot();
    await b.press(KEY.ctrlC);
    expect(await b.tui.done).toBe(130);
    restored(b.written());
  });

  it('a signal-style quit from outside (as SIGTERM does) restores it', async () => {
    const b = await boot();
    b.tui.quit(143);
    expect(await b.tui.done).toBe(143);
    restored(b.written());
  });

  it('never turns mouse reporting on without --mouse', async () => {
    const b = await boot();
    await b.press('1', '?', KEY.esc);
    expect(b.written()).not.toContain('\x1b[?1000h');
    expect(b.written()).not.toContain('\x1b[?1002h');
  });

  it('with --mouse: the wheel scrolls the story and a click takes a choice; off again at exit', async () => {
    const b = await boot({ story: 'long.ink', cols: 60, rows: 16, mouse: true });
    expect(b.written()).toContain('\x1b[?1000h');
    await b.press('1');
    expect(shows(b, 'Paragraph ten.')).toBe(false);
    for (let i = 0; i < 6; i++) await b.press('\x1b[<65;10;5M'); // wheel down over the story
    expect(shows(b, 'Paragraph ten.')).toBe(true);
    const y = b.rows().findIndex((r) => r.includes('1. Turn back'));
    await b.press(`\x1b[<0;8;${y + 1}M`, `\x1b[<0;8;${y + 1}m`);
    expect(b.controller.session.state.ended).toBe(true);
    await b.press('q');
    await b.tui.done;
    restored(b.written());
  });
});

describe('mouse over an overlay', () => {
  it('the wheel moves through a menu instead of scrolling the story behind it', async () => {
    const b = await boot({ mouse: true });
    await b.press('1', '2', 'h');
    expect(b.rows().some((r) => r.includes('›   2. Leave it'))).toBe(true);
    await b.press('\x1b[<64;40;10M'); // wheel up
    expect(b.rows().some((r) => r.includes('›   1. Shake his hand'))).toBe(true);
  });
});
