// The live class in a real browser: `caviar class start --web-port`, Debian's chromium driven by
// playwright-core, students on pages and over SSH at one table, the teacher's page on the
// "projector". Fixture: tests/fixtures/class/table.ink (three roles, shared variables, a phase).
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import WebSocket from 'ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from '../helpers.ts';
import { joinByKeyboard, launchChromium, screen, sees } from './browser.ts';
import { ClassServer, CODE, SshSeat } from './live.ts';

const STORY = fixture('class', 'table.ink');
let browser: Browser;
const servers: ClassServer[] = [];
const seats: SshSeat[] = [];
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  for (const c of contexts.splice(0)) await c.close();
  for (const st of seats.splice(0)) st.end();
  for (const s of servers.splice(0)) await s.stop('SIGKILL');
});

async function server(args: string[] = [], dir?: string): Promise<ClassServer> {
  const s = await ClassServer.start([STORY, '--code', CODE, ...(args.includes('--web-port') ? [] : ['--web-port', '0']), ...args], dir);
  servers.push(s);
  expect(s.webPort).toBeGreaterThan(0);
  return s;
}

async function page(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  contexts.push(context);
  return context.newPage();
}

/** A port nothing listens on now, for a server that must come back on the same one. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const home = (s: ClassServer) => `http://127.0.0.1:${s.webPort}/`;

/** Where screenshots go: a temp folder, or docs/ with CAVIAR_SCREENSHOTS=docs (to refresh them). */
const shots = process.env.CAVIAR_SCREENSHOTS ? path.resolve(process.env.CAVIAR_SCREENSHOTS) : tempDir('caviar-shots-');

describe('a live class in the browser', () => {
  it('seats two pages and one SSH terminal at one table: keyboard choices, a shared value, a reload, the teacher page following', async () => {
    const s = await server();
    const ada = await page();
    const bob = await page();
    await joinByKeyboard(ada, home(s), 'Ada', CODE);
    await joinByKeyboard(bob, home(s), 'Bob', CODE);
    const cleo = await SshSeat.connect(s.port, 'Cleo');
    seats.push(cleo);
    await sees(ada, 'Who are you?');
    await sees(bob, 'Who are you?');
    await cleo.see('Who are you?');
    // The class code is never in the address, and the server does not log it.
    expect(ada.url()).not.toContain(CODE);
    expect(s.out.split(CODE).length - 1).toBe(1);

    await ada.keyboard.press('1'); // the host
    await bob.keyboard.press('2'); // the guest
    cleo.press('3'); // the waiter
    await sees(bob, 'No signal yet.');
    await cleo.see('The signal stands at 0.');

    const teacher = await page();
    await teacher.goto(s.teacherUrl);
    // The token leaves the address bar (the projector shows it) and stays in the tab.
    await expect.poll(() => teacher.url()).toBe(`${home(s)}teacher`);
    await expect.poll(() => teacher.locator('#seats tbody tr').allInnerTexts()).toEqual([
      expect.stringMatching(/^Ada\thost\t1\t/),
      expect.stringMatching(/^Bob\tguest\t1\t/),
      expect.stringMatching(/^Cleo\twaiter\t1\t/),
    ]);

    await ada.keyboard.press('1'); // raise the signal: a shared value
    await s.line(/shared Ada \[table 1\]: signal = 1/);
    await sees(bob, 'Ada (host): signal is now 1.');
    await cleo.see('Ada (host): signal is now 1.');
    // The teacher's page follows without a reload: Ada reached the phase.
    await expect.poll(() => teacher.locator('#seats tbody tr').first().innerText()).toMatch(/^Ada\thost\t1\tround_one\t/);
    await expect.poll(() => teacher.locator('#events').innerText()).toContain('shared Ada: signal = 1');
    // ... and so does the class report's projector view: the host's key decision, counted.
    const decision = teacher.locator('#report .report-card', { hasText: 'Does the host raise the signal?' });
    await expect.poll(() => decision.locator('meter[aria-label="Raise the signal: 1 of 1"]').count(), { timeout: 15_000 }).toBe(1);
    expect(await teacher.locator('#report').innerText()).not.toContain('Ada');

    await bob.keyboard.press('1'); // look again: the story reads the shared value
    await sees(bob, "The host's signal is up.");
    fs.mkdirSync(shots, { recursive: true });
    await bob.screenshot({ path: path.join(shots, 'web-student.png') });
    cleo.press('1');
    await cleo.see('The signal stands at 1.');

    // A reload comes back to the same seat at the same point, with no form to fill again.
    await bob.reload();
    await sees(bob, "The host's signal is up.");
    expect(await bob.locator('#join').isHidden()).toBe(true);
    await bob.keyboard.press('2'); // sip: the guest goes on from there
    await sees(bob, 'You sip none tea.');

    // The teacher holds the class at a phase from the page, then releases it.
    await teacher.locator('#phase').selectOption('round_one');
    await teacher.getByRole('button', { name: 'Hold', exact: true }).click();
    await expect.poll(() => teacher.locator('#result').innerText()).toBe('Holding every seat at round_one.');
    await s.line(/ hold: round_one/);
    await expect.poll(() => teacher.locator('#state').innerText()).toContain('Held at round_one.');
    await ada.keyboard.press('1'); // green tea: Ada is at round_one, so she is held
    await sees(ada, 'Waiting for your teacher');
    await teacher.screenshot({ path: path.join(shots, 'web-teacher.png'), fullPage: true });
    await teacher.getByRole('button', { name: 'Release' }).click();
    await sees(ada, 'Your teacher has released the class: go on.');

    // Anonymous, for the projector: names become numbers.
    await teacher.getByLabel('Anonymous').check();
    await expect.poll(() => teacher.locator('#seats tbody').innerText()).not.toContain('Ada');
    expect(await teacher.locator('#seats tbody tr').first().innerText()).toMatch(/^Student 1\thost/);
    for (const file of ['web-student.png', 'web-teacher.png']) expect(fs.statSync(path.join(shots, file)).size).toBeGreaterThan(10_000);
  });

  it('comes back by itself after the server was killed: the page reconnects to the same point, and the teacher page with it', async () => {
    const port = await freePort();
    const s = await server(['--web-port', String(port)]);
    const p = await page();
    await joinByKeyboard(p, `http://127.0.0.1:${port}/`, 'Gus', CODE);
    await sees(p, 'Who are you?');
    await p.keyboard.press('3'); // the waiter
    await sees(p, 'The signal stands at 0.');
    const teacher = await page();
    await teacher.goto(s.teacherUrl);
    await expect.poll(() => teacher.locator('#seats tbody').innerText()).toMatch(/^Gus\twaiter\t1\t-\t-\t1\t/);
    await s.stop('SIGKILL');
    await expect.poll(() => p.locator('#status').innerText()).toMatch(/The connection was lost: trying again/);

    const again = await server(['--web-port', String(port)], s.dir);
    expect(again.teacherUrl).toBe(s.teacherUrl); // the same link: kept in the data folder
    expect(fs.statSync(path.join(s.dir, 'teacher_token')).mode & 0o777).toBe(0o600);
    await expect.poll(() => p.locator('#status').innerText(), { timeout: 20_000 }).toBe('You are in the class as Gus.');
    await sees(p, 'The signal stands at 0.');
    await expect.poll(() => teacher.locator('#state').innerText(), { timeout: 20_000 }).toMatch(/^1 seats, 1 online\. The class is running\./);
    // The teacher pauses the class from the page: the student is told and cannot choose.
    await teacher.getByRole('button', { name: 'Pause the class' }).click();
    await expect.poll(() => teacher.locator('#result').innerText()).toBe('Paused the class.');
    await p.keyboard.press('1');
    await sees(p, 'Your teacher has paused the class.');
    await teacher.getByRole('button', { name: 'Resume' }).click();
    await sees(p, 'Your teacher has resumed the class.');
    await p.keyboard.press('1');
    await expect.poll(() => teacher.locator('#seats tbody').innerText(), { timeout: 10_000 }).toMatch(/^Gus\twaiter\t1\t-\t-\t2\t/);
    await sees(p, 'The signal stands at 0.');
  });

  it('works with the keyboard alone, and a screen reader gets plain lines, one at a time, in xterm.js screen reader mode', async () => {
    const s = await server();
    const p = await page();
    await p.goto(home(s));
    // Switches first, then the form: everything reachable with Tab.
    await expect.poll(() => p.evaluate(() => document.activeElement?.id)).toBe('name');
    await p.keyboard.press('Shift+Tab');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('contrast');
    await p.keyboard.press('Shift+Tab');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('screen-reader');
    await p.keyboard.press('Space');
    await p.keyboard.press('Tab');
    await p.keyboard.press('Space');
    await p.keyboard.press('Tab');
    await p.keyboard.type('Dora');
    await p.keyboard.press('Tab');
    await p.keyboard.type(CODE);
    await p.keyboard.press('Enter');
    await sees(p, '3 choices:');
    await sees(p, '1) The host');
    expect(await p.locator('.xterm-accessibility').count()).toBe(1); // xterm.js's screen reader tree
    expect(await p.evaluate(() => document.body.classList.contains('contrast'))).toBe(true);
    // The seat echoes what is typed and takes Backspace, as a terminal's line editing would.
    await p.keyboard.type('9');
    await p.keyboard.press('Backspace');
    await p.keyboard.type('1');
    await p.keyboard.press('Enter');
    await sees(p, 'You are the host.');
    await sees(p, '1) Raise the signal');
    // F6 leaves the terminal for the page's switches.
    await p.keyboard.press('F6');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('screen-reader');
    // Switching the screen reader off joins the seat again in the full-screen UI, where it was.
    await p.keyboard.press('Space');
    await sees(p, /Raise the signal/);
    await sees(p, /Choices/);
    expect(await p.locator('.xterm-accessibility').count()).toBe(0);
  });

  it('follows the text size: a bigger font gives fewer columns, and the seat is redrawn to fit', async () => {
    const s = await server();
    const p = await page();
    await joinByKeyboard(p, home(s), 'Eli', CODE);
    await sees(p, 'Who are you?');
    const cols = () => p.evaluate(() => document.querySelector('.xterm-rows > div')?.textContent?.length ?? 0);
    const before = await cols();
    await p.evaluate(() => {
      document.documentElement.style.fontSize = '24px';
      window.dispatchEvent(new Event('resize'));
    });
    await expect.poll(cols).toBeLessThan(before * 0.8);
    // The seat's UI was told the new size: its frame spans the narrower terminal exactly.
    const after = await cols();
    await expect.poll(async () => (await screen(p)).split('\n')[0]).toMatch(/^┌─ The Tea Table ─+┐$/);
    expect((await screen(p)).split('\n')[0]).toHaveLength(after);
  });

  it('sends a long paste in pieces the server takes, so the seat stays connected', async () => {
    const s = await server();
    const p = await page();
    await joinByKeyboard(p, home(s), 'Pia', CODE);
    await sees(p, 'Who are you?');
    await p.keyboard.insertText(`${'x'.repeat(40_000)}`);
    await p.keyboard.press('2');
    await sees(p, 'No signal yet.');
    expect(await p.locator('#status').innerText()).toBe('You are in the class as Pia.');
    expect(s.out).not.toMatch(/leave Pia/);
  });

  it('refuses a wrong code on the page, and the teacher page with the class code instead of its token', async () => {
    const s = await server();
    const p = await page();
    await joinByKeyboard(p, home(s), 'Eve', 'wrong-code');
    await expect.poll(() => p.locator('#status').innerText()).toBe('That is not the class code: ask your teacher for it.');
    expect(await p.locator('#join').isVisible()).toBe(true);
    await s.line(/browser login refused for "Eve" from 127\.0\.0\.1: wrong class code/);

    const t = await page();
    await t.goto(`${home(s)}teacher#${CODE}`);
    await expect.poll(() => t.locator('#state').innerText()).toBe('This is not the teacher link printed when the class started.');
    expect(await t.locator('#controls').isHidden()).toBe(true);
  });

  it('shows what students type as text on the teacher page, never as markup', async () => {
    const s = await server();
    const p = await page();
    const name = '<img src=x id=pwned>Mal';
    await joinByKeyboard(p, home(s), name, CODE);
    await sees(p, 'Who are you?');
    const t = await page();
    await t.goto(s.teacherUrl);
    await expect.poll(() => t.locator('#seats tbody').innerText()).toContain(name);
    expect(await t.locator('#pwned').count()).toBe(0);
  });
});

describe('the web door, safe by default', () => {
  it('refuses a bad --web-port in one line, exit 2', async () => {
    const run = await runCli(['class', 'start', STORY, '--data', tempDir(), '--web-port', 'eighty']);
    expect(run).toMatchObject({ code: 2, stderr: 'caviar: --web-port takes a port number from 0 to 65535 (0: any free port), not "eighty"\n' });
  });

  it('sets a strict Content-Security-Policy and serves xterm.js itself', async () => {
    const s = await server();
    const res = await fetch(home(s));
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await res.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/); // no inline script
    expect(html).not.toMatch(/(src|href)="https?:/); // nothing from outside
    const xterm = await fetch(`${home(s)}xterm/xterm.js`);
    expect(xterm.status).toBe(200);
    expect(xterm.headers.get('content-type')).toContain('javascript');
    expect((await fetch(`${home(s)}../package.json`)).status).toBe(404);
    expect((await fetch(home(s), { method: 'POST' })).status).toBe(405);
  });

  const open = (s: ClassServer, headers: Record<string, string>, where = '/seat') =>
    new Promise<{ ws: WebSocket | null; status: number | null }>((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${s.webPort}${where}`, { headers });
      ws.on('open', () => resolve({ ws, status: null }));
      ws.on('unexpected-response', (_req, res) => resolve({ ws: null, status: res.statusCode ?? null }));
      ws.on('error', () => {});
    });

  const closed = (ws: WebSocket) => new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));

  it('refuses WebSockets from another origin, too-large messages and floods', async () => {
    const s = await server();
    const origin = `http://127.0.0.1:${s.webPort}`;
    expect(await open(s, { Origin: 'http://evil.example' })).toEqual({ ws: null, status: 403 });
    expect(await open(s, {})).toEqual({ ws: null, status: 403 });
    await s.line(/refused a WebSocket from 127\.0\.0\.1: it came from another site \(http:\/\/evil\.example\)/);

    const big = (await open(s, { Origin: origin })).ws!;
    const bigClosed = closed(big);
    big.send(JSON.stringify({ type: 'join', name: 'x'.repeat(20_000), code: CODE }));
    expect(await bigClosed).toBe(1009); // message too big

    const flood = (await open(s, { Origin: origin })).ws!;
    const ready = new Promise<void>((resolve) => flood.on('message', (d, binary) => !binary && (JSON.parse((d as Buffer).toString('utf8')) as { type: string }).type === 'joined' && resolve()));
    flood.send(JSON.stringify({ type: 'join', name: 'Flo', code: CODE, cols: 80, rows: 24 }));
    await ready;
    const floodClosed = closed(flood);
    for (let i = 0; i < 2000; i++) flood.send(JSON.stringify({ type: 'keys', data: 'x' }));
    expect(await floodClosed).toBe(1008);
    await s.line(/closed a browser connection from 127\.0\.0\.1: too many messages/);
  });
});
