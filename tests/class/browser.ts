// Helpers for the live class's browser tests: Debian's chromium driven by playwright-core (no
// browser download: `npx playwright install` cannot reach its servers here), and a student's
// page read the way the student sees it, the rows of xterm.js's screen.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';

/** The chromium to drive: CAVIAR_CHROMIUM, else the system's; a clear error when there is none. */
function chromiumPath(): string {
  const given = process.env.CAVIAR_CHROMIUM;
  if (given) return given;
  for (const name of ['chromium', 'chromium-browser']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
    if (found && fs.existsSync(found)) return found;
  }
  throw new Error('the browser tests need chromium: install it (apt-get install -y chromium, as .ci/run does) or set CAVIAR_CHROMIUM to its path');
}

export function launchChromium(): Promise<Browser> {
  // As root (CI) chromium's sandbox cannot start; these pages are our own, on loopback.
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox'] });
}

/** The terminal's rows as text (xterm.js's DOM renderer: one element per row). */
export function screen(page: Page): Promise<string> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.xterm-rows > div')).map((row) => (row.textContent ?? '').replace(/\u00a0/g, ' ')).join('\n'),
  );
}

/** Waits until the page's terminal shows `text`. */
export async function sees(page: Page, text: string | RegExp, timeout = 15_000): Promise<void> {
  await expect
    .poll(() => screen(page), { timeout, message: `the page to show ${String(text)}` })
    .toMatch(typeof text === 'string' ? new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : text);
}

/** A student joins from the page with the keyboard alone: Tab to the fields, type, Enter. */
export async function joinByKeyboard(page: Page, url: string, name: string, code: string): Promise<void> {
  await page.goto(url);
  await expect.poll(() => page.evaluate(() => document.activeElement?.id), { message: 'the name field to have the focus' }).toBe('name');
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
}
