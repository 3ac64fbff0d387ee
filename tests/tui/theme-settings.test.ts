// Colours: the default theme, the high-contrast theme, NO_COLOR; settings remembered in the
// user's config folder and nowhere else.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSettings, saveSettings } from '../../src/settings.ts';
import { boot, closeAll } from './boot.ts';
import type { Headless } from './harness.ts';
import { rowOf } from './screen.ts';

afterEach(closeAll);

function everyCell(h: Headless, test: (cell: NonNullable<ReturnType<NonNullable<ReturnType<Headless['term']['buffer']['active']['getLine']>>['getCell']>>) => boolean): boolean {
  for (let y = 0; y < h.term.rows; y++) {
    const line = h.term.buffer.active.getLine(y)!;
    for (let x = 0; x < h.term.cols; x++) if (!test(line.getCell(x)!)) return false;
  }
  return true;
}

const cellAt = (h: Headless, text: string, dx = 0) => {
  const y = rowOf(h, text);
  const x = h.rows()[y]!.indexOf(text) + dx;
  return h.term.buffer.active.getLine(y)!.getCell(x)!;
};

describe('colours', () => {
  it('default theme: speaker names coloured and bold, the selected choice highlighted', async () => {
    const b = await boot();
    const speaker = cellAt(b, 'Molotov:');
    expect(speaker.isBold()).toBeTruthy();
    expect(speaker.getFgColor()).toBe(179);
    const selected = cellAt(b, '1. Shake his hand');
    expect(selected.getBgColor()).toBe(179);
  });

  for (const term of ['tmux-256color', 'screen-256color']) {
    it(`keeps 256 colours under TERM=${term} (which blessed cannot read and would take for 8-colour xterm)`, async () => {
      const b = await boot({ env: { TERM: term } });
      expect(cellAt(b, 'Molotov:').getFgColor()).toBe(179);
    });
  }

  it('NO_COLOR: not one coloured cell, but bold and inverse still mark speakers and the selection', async () => {
    const b = await boot({ env: { NO_COLOR: '1' } });
    await b.press('1');
    expect(everyCell(b, (c) => c.isFgDefault() && c.isBgDefault())).toBe(true);
    expect(cellAt(b, 'Molotov:').isBold()).toBeTruthy();
    expect(cellAt(b, '1. Open the tin').isInverse()).toBeTruthy();
    expect(b.written()).not.toMatch(/\x1b\[[\d;]*(3[0-7]|38;5;\d+|9[0-7])m/);
  });

  it('contrast theme: bright white text, yellow accents, nothing dim', async () => {
    const b = await boot({ settings: { theme: 'contrast' } });
    await b.press('1');
    expect(cellAt(b, 'You shake the hand').getFgColor()).toBe(15);
    expect(cellAt(b, 'The plane lands').getFgColor()).toBe(7);
    expect(cellAt(b, '1. Open the tin').getBgColor()).toBe(11);
    expect(cellAt(b, 'Molotov:').getFgColor()).toBe(3);
  });
});

describe('settings', () => {
  const made: string[] = [];
  const tmp = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caviar-settings-'));
    made.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('are remembered between runs, one change at a time', () => {
    const env = { CAVIAR_CONFIG: tmp() };
    expect(loadSettings(env)).toEqual({ theme: 'default', typewriter: true });
    expect(saveSettings(env, { theme: 'contrast' })).toBeNull();
    expect(saveSettings(env, { typewriter: false })).toBeNull();
    expect(loadSettings(env)).toEqual({ theme: 'contrast', typewriter: false });
  });

  it('a damaged or foreign settings file means the defaults, never a crash', () => {
    const env = { CAVIAR_CONFIG: tmp() };
    fs.writeFileSync(path.join(env.CAVIAR_CONFIG, 'settings.json'), '{"theme": "neon"');
    expect(loadSettings(env)).toEqual({ theme: 'default', typewriter: true });
    fs.writeFileSync(path.join(env.CAVIAR_CONFIG, 'settings.json'), '{"theme": "neon"}');
    expect(loadSettings(env)).toEqual({ theme: 'default', typewriter: true });
  });

  it('a config folder that cannot be written is told, not fatal', () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'file'), '');
    expect(saveSettings({ CAVIAR_CONFIG: path.join(dir, 'file', 'sub') }, { theme: 'contrast' })).toMatch(/Could not remember/);
  });
});
