// The classroom in the UI: the briefing at the start of a classroom session (--role, --student)
// when the story's text does not show it, `b` to read it again, and the debrief at every ending
// (and `d` at any time), styled by the theme, as plain mode prints them.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { boot, type Booted, closeAll } from './boot.ts';
import { headless, KEY } from './harness.ts';
import { rowOf, shows } from './screen.ts';

const classroomFixture = (name: string) => fileURLToPath(new URL(`../fixtures/classroom/${name}`, import.meta.url));
const HARBOUR = classroomFixture('harbour.ink');
const QUIET = classroomFixture('quiet.ink');

const dirs: string[] = [];
afterEach(async () => {
  await closeAll();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** The envoy's honest path through the harbour talks, in a classroom session. */
async function honestEnvoy(env: NodeJS.ProcessEnv = {}): Promise<Booted> {
  const b = await boot({ story: HARBOUR, startPath: 'envoy_start', classroom: true, cols: 100, rows: 30, env });
  await b.press('1', '2', '1');
  return b;
}

describe('the classroom in the UI', () => {
  it('g opens the glossary, each term over its definition; Esc closes it; help lists the key', async () => {
    const b = await boot({ story: classroomFixture('certainty/witness.ink'), cols: 100, rows: 30 });
    await b.press('g');
    expect(shows(b, '┌─ Glossary')).toBe(true);
    const term = rowOf(b, 'Bollard');
    expect(rowOf(b, 'A short post on a quay that ships tie up to: <b>not</b> a seat.')).toBe(term + 1);
    expect(rowOf(b, 'Tally')).toBeGreaterThan(term + 1);
    await b.press(KEY.esc);
    expect(shows(b, '┌─ Glossary')).toBe(false);
    await b.press('?');
    expect(shows(b, "glossary: the story's words of the time explained")).toBe(true);
  });

  it('caviar play --role: the briefing first, b again, the debrief at the ending, d again', async () => {
    const h = headless(100, 30);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caviar-class-'));
    dirs.push(dir);
    const env = { ...process.env, CAVIAR_SAVES: path.join(dir, 'saves'), CAVIAR_CONFIG: path.join(dir, 'config') };
    const run = main([QUIET, '--role', 'keeper', '--student', 'Ann', '--no-anim'], { stdin: h.input, stdout: h.output, stderr: new PassThrough(), env });
    const deadline = Date.now() + 10_000;
    while (!h.text().includes('┌─ Briefing') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await h.settle();
    expect(h.text()).toContain('┌─ Briefing: Lighthouse keeper');
    expect(h.text()).toContain('You keep the light on the point.');
    expect(h.text()).toContain('Your private objective');
    expect(h.text()).toContain('Keep the lamp lit until dawn.');
    await h.press(KEY.esc);
    expect(h.text()).not.toContain('┌─ Briefing');
    expect(h.text()).toContain('The night is long.');
    await h.press('b');
    expect(h.text()).toContain('┌─ Briefing: Lighthouse keeper');
    await h.press(KEY.esc, '1');
    expect(h.text()).toContain('┌─ Debrief');
    expect(h.text()).toContain('Ending: The Lit Lamp.');
    expect(h.text()).toContain('Role: Lighthouse keeper.');
    await h.press(KEY.esc);
    expect(h.text()).toContain('The lamp burns till morning.');
    expect(h.text()).toContain('d the debrief');
    await h.press('d');
    expect(h.text()).toContain('┌─ Debrief');
    await h.press('q');
    expect(await run).toBe(0);
    h.dispose();
  });

  it('does not repeat a briefing the story shows itself; b still shows it', async () => {
    const b = await boot({ story: HARBOUR, startPath: 'envoy_start', classroom: true, cols: 100, rows: 30 });
    expect(shows(b, '┌─ Briefing')).toBe(false);
    expect(shows(b, 'You speak for your country at the harbour talks.')).toBe(true);
    await b.press('b');
    expect(shows(b, '┌─ Briefing: Envoy')).toBe(true);
    expect(shows(b, 'Promise only what the ships can carry.')).toBe(true);
    // Prose wraps flush left, not hung like a list.
    await b.resize(48, 20);
    expect(shows(b, '│You speak for your country at the harbour')).toBe(true);
    expect(shows(b, '│talks.')).toBe(true);
  });

  it('the debrief: outcome, objective, the history met with sources, disputed points, scrolled', async () => {
    const b = await honestEnvoy();
    expect(shows(b, '┌─ Debrief')).toBe(true);
    expect(shows(b, 'Ending: The Honest Envoy.')).toBe(true);
    expect(shows(b, 'Objective met: yes.')).toBe(true);
    const heading = rowOf(b, 'History this playthrough rested on');
    expect(heading).toBeGreaterThan(0);
    expect(rowOf(b, '1. The talks opened in the customs house on 29 September 1941.')).toBeGreaterThan(heading);
    expect(shows(b, 'Source')).toBe(true);
    expect(shows(b, 'End of the debrief.')).toBe(false);
    await b.press(KEY.end);
    expect(shows(b, 'Disputed points you met')).toBe(true);
    expect(shows(b, '1 point where the sources disagree:')).toBe(true);
    expect(shows(b, 'End of the debrief.')).toBe(true);
    // The heading in the theme's title colour; the story's own text is still there beneath.
    const y = rowOf(b, 'Disputed points you met');
    expect(b.term.buffer.active.getLine(y)!.getCell(b.rows()[y]!.indexOf('Disputed'))!.getFgColor()).toBe(223);
    await b.press(KEY.esc);
    expect(shows(b, 'The ships arrive as promised.')).toBe(true);
  });

  it('the debrief fits a narrow terminal: numbered items hang under their text', async () => {
    const b = await boot({ story: HARBOUR, startPath: 'envoy_start', classroom: true, cols: 44, rows: 40 });
    await b.press('1', '2', '1');
    const rows = b.rows();
    // The overlay's left border is the second cell (the story pane's is the first).
    const first = rowOf(b, '││1. The talks opened in the customs');
    expect(first).toBeGreaterThan(0);
    expect(rows[first + 1]).toMatch(/^││ {3}\S/);
    const second = rows.findIndex((r) => r.startsWith('││2. '));
    expect(second).toBeGreaterThan(first + 1);
    expect(rows.slice(first + 1, second).every((r) => r.startsWith('││   '))).toBe(true);
  });

  it('the debrief with NO_COLOR: not one coloured cell, headings still bold', async () => {
    const b = await honestEnvoy({ NO_COLOR: '1' });
    expect(shows(b, '┌─ Debrief')).toBe(true);
    for (let y = 0; y < b.term.rows; y++) {
      const line = b.term.buffer.active.getLine(y)!;
      for (let x = 0; x < b.term.cols; x++) expect(line.getCell(x)!.isFgDefault() && line.getCell(x)!.isBgDefault()).toBe(true);
    }
    const y = rowOf(b, 'History this playthrough rested on');
    expect(b.term.buffer.active.getLine(y)!.getCell(b.rows()[y]!.indexOf('History'))!.isBold()).toBeTruthy();
  });

  it('with the typewriter on, the debrief waits until the ending\'s text is shown', async () => {
    const b = await boot({
      story: HARBOUR,
      startPath: 'envoy_start',
      classroom: true,
      cols: 100,
      rows: 30,
      settings: { typewriter: true },
      typewriter: { step: 1, frameMs: 40 },
    });
    // Each key first completes the reveal in progress; the next one chooses.
    for (const key of ['x', '1', 'x', '2', 'x']) await b.press(key);
    await b.press('1');
    expect(b.controller.session.state.ended).toBe(true);
    expect(shows(b, '┌─ Debrief')).toBe(false);
    expect(shows(b, '(any key shows the rest)')).toBe(true);
    await b.press('x');
    expect(shows(b, '┌─ Debrief')).toBe(true);
    await b.press(KEY.esc);
    expect(shows(b, 'The ships arrive as promised.')).toBe(true);
  });

  it('outside the classroom the ending opens nothing by itself; d shows the debrief on request', async () => {
    const b = await boot({ story: HARBOUR, startPath: 'envoy_start', cols: 100, rows: 30 });
    await b.press('1', '2', '1');
    expect(shows(b, 'THE END: The Honest Envoy')).toBe(true);
    expect(shows(b, '┌─ Debrief')).toBe(false);
    expect(shows(b, 'd the debrief')).toBe(false);
    await b.press('d');
    expect(shows(b, '┌─ Debrief')).toBe(true);
  });
});
