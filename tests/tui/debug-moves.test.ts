// Debug moves in the terminal UI (issue 17 item 2): typed on the : line like every command,
// marked in the story pane's transcript, and the text that came before them kept above.
import { afterEach, describe, expect, it } from 'vitest';
import { fixture } from '../helpers.ts';
import { boot, closeAll } from './boot.ts';
import { KEY } from './harness.ts';
import { shows } from './screen.ts';

afterEach(closeAll);

describe('debug moves in the terminal UI', () => {
  it(':goto, -> and :set are marked in the transcript; :vars opens a window', async () => {
    const b = await boot({ story: fixture('bench', 'debug.ink'), seed: 3 });
    await b.press(':');
    await b.type('set gold 11');
    await b.press(KEY.enter);
    expect(shows(b, '[debug] gold = 11')).toBe(true);
    await b.press(':');
    await b.type('-> hall');
    await b.press(KEY.enter);
    // The first passage stays above, then the mark, then the text the goto led to.
    const rows = b.rows().join('\n');
    expect(rows).toMatch(/Anna has 0 gold\.[\s\S]*\[debug\] -> hall[\s\S]*Anna has 11 gold\./);
    expect(shows(b, 'Buy the sword')).toBe(true);
    await b.press('3');
    expect(b.controller.session.path()[0]!.debug).toEqual([{ set: 'gold', value: 11 }, { goto: 'hall' }]);
    // The choice's echo carries the variables set before it.
    expect(b.rows().join('\n')).toMatch(/\[debug\] gold = 11[\s\S]*› Buy the sword[\s\S]*sword for 11 gold/);
    await b.press(':');
    await b.type('vars');
    await b.press(KEY.enter);
    expect(shows(b, 'gold  = 11')).toBe(true);
    expect(shows(b, 'name  = Anna')).toBe(true);
  });
});
