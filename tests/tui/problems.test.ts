// The story's runtime warnings and errors in the UI: a short line on the hint row, and their whole
// text, never cut, in the `w` window.

import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';
import { boot, closeAll } from './boot.ts';
import { KEY } from './harness.ts';
import { shows } from './screen.ts';

afterEach(closeAll);

/** The window's text as one line, the frame's borders and the wrapping taken out. */
const windowText = (rows: string[]) =>
  rows
    .map((r) => r.replace(/^[│┌└─\s]*│/, '').replace(/│[│┐┘─\s]*$/, ''))
    .join(' ')
    .replace(/\s+/g, ' ');

describe('runtime warnings and errors', () => {
  it('regression: a warning too long for the hint line is cut there, and w shows the whole of it', async () => {
    const b = await boot({ story: 'warning.ink', cols: 60, rows: 20 });
    await b.press('2');
    const warning = b.controller.session.state.warnings[0]!;
    expect(warning.length).toBeGreaterThan(60);
    const hint = b.rows().at(-1)!;
    expect(hint).toMatch(/^ Ink runtime warning at .*… {2}w shows it all/);
    await b.press('w');
    expect(shows(b, '┌─ Warnings and errors: 1')).toBe(true);
    expect(shows(b, 'Turn 1: warning')).toBe(true);
    const shown = windowText(b.rows());
    for (const word of warning.split(/\s+/)) expect(shown, word).toContain(word);
    // Regression: the warning reached the UI as ink's raw text, without file:line.
    expect(shown).toContain("Ink runtime warning at 0.g-0 (tests/tui/fixtures/warning.ink:9): Variable not found: 't'.");
    expect(shown).not.toMatch(/RUNTIME WARNING|Ink Pointer/);
    await b.press(KEY.esc);
    expect(shows(b, '┌─ Warnings')).toBe(false);
    // Between warnings the hint line offers the window.
    expect(b.rows().at(-1)).toContain('w warnings');
    // A command that does not move the story records nothing again.
    await b.press(':');
    await b.type('saves');
    await b.press(KEY.enter, KEY.esc, 'w');
    expect(shows(b, '┌─ Warnings and errors: 1')).toBe(true);
  });

  it('keeps the whole message of a runtime error, with where it happened', async () => {
    const b = await boot({ story: 'broken.ink', cols: 80, rows: 24 });
    await b.press('1');
    const issue = b.controller.session.state.issue!;
    await b.press('w');
    expect(shows(b, 'Turn 0: error')).toBe(true);
    const shown = windowText(b.rows());
    for (const word of issue.message.split(/\s+/)) expect(shown, word).toContain(word);
    expect(shown).toContain('tests/tui/fixtures/broken.ink:5');
  });

  // Regression: play reported "ran out of content" with no place (the explorer located it).
  it('locates "ran out of content" in the error panel and the window', async () => {
    const b = await boot({ story: path.join(ROOT, 'tests', 'fixtures', 'runtime', 'ran-out.ink'), cols: 80, rows: 24 });
    await b.press('1');
    expect(shows(b, 'Where: hall (tests/fixtures/runtime/ran-out.ink:5)')).toBe(true);
    await b.press('w');
    expect(windowText(b.rows())).toContain('Where: hall (tests/fixtures/runtime/ran-out.ink:5)');
  });

  it('says so when there is nothing to show', async () => {
    const b = await boot();
    await b.press('w');
    expect(shows(b, 'no runtime warning or error in this run')).toBe(true);
  });
});
