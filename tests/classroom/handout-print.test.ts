// The handouts a class is given, printed as a teacher prints them (Debian's chromium through
// playwright-core, pages counted with pdfinfo): a role's handout holds only the statements that
// role can meet, numbered as the transcripts are, in two pages with the glossary after them; a
// generated class of 24 with hostile and non-Latin names gets one page each, names whole and
// escaped; the answer key gives each statement's certainty and its sources by their numbers.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factNumbers, loadFacts, sourceNumbers } from '../../src/classroom/facts.ts';
import { loadSourcePacket } from '../../src/classroom/cards.ts';
import { loadGlossary } from '../../src/classroom/glossary.ts';
import { factsByRole } from '../../src/classroom/role-facts.ts';
import { roleBriefings } from '../../src/classroom/worksheet.ts';
import { loadStory } from '../../src/story/load.ts';
import { launchChromium } from '../class/browser.ts';
import { fixture, loadFixture, ROOT, runCli, tempDir } from '../helpers.ts';
import { CLASS_NAMES, hasRawHostileMarkup, makeConferenceClass, writeSave } from './class.ts';

const CAVIAR = path.join(ROOT, 'story', 'caviar.ink');
const CONFERENCE = fixture('classroom', 'conference.ink');
const env = { CAVIAR_CACHE: tempDir(), CAVIAR_CONFIG: tempDir(), TZ: 'Europe/London' };

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Prints an HTML file to A4 and returns the text of each page. */
async function printed(html: string): Promise<string[]> {
  const page = await browser.newPage();
  await page.goto(`file://${html}`);
  const pdf = html.replace(/\.html$/, '.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  await page.close();
  const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1]);
  const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.split('\f').slice(0, pages);
  expect(text).toHaveLength(pages);
  return text;
}

describe('caviar handout --role', () => {
  const caviar = loadStory(CAVIAR, { cacheDir: env.CAVIAR_CACHE });
  const facts = loadFacts(caviar.file);
  const numbers = factNumbers(facts);

  it.each(['british', 'american', 'reporter'])('the %s handout: only what the role can meet, numbered as everywhere, two pages and the glossary', async (role) => {
    const out = path.join(tempDir(), `${role}.html`);
    const run = await runCli(['handout', '--role', role, '--out', out], '', env);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const html = fs.readFileSync(out, 'utf8');
    const listed = [...html.matchAll(/<li><span class="fno">F(\d+)<\/span>/g)].map((m) => Number(m[1]));
    const meetable = [...factsByRole(caviar).get(role)!].map((k) => numbers.get(k)!).sort((a, b) => a - b);
    expect(listed).toEqual([...new Set(meetable)]);
    expect(listed.length).toBeLessThan(facts.byKey.size);
    expect(html).toContain('Name: <span class="blank"></span>');
    expect(html).toContain('Narkomindel');
    expect(html).toContain('Arthur Nye');
    expect(html).not.toMatch(/seed article|\(S\d+\)|Why disputed/i);
    const pages = await printed(out);
    // The statements and the answer space in two pages; the glossary on a page of its own after them.
    expect(pages.length).toBeLessThanOrEqual(3);
    expect(pages.findIndex((p) => p.includes('Your answers'))).toBeLessThanOrEqual(1);
    expect(pages.findIndex((p) => /^\s*Glossary/m.test(p))).toBe(pages.length - 1);
  });

  it('--key gives each statement its certainty, what is known and its sources, numbered as in the transcripts', async () => {
    const run = await runCli(['handout', '--role', 'reporter', '--key'], '', env);
    expect(run.code).toBe(0);
    const purchase = facts.byKey.get('caviar_purchase')!;
    const s = sourceNumbers(facts);
    expect(run.stdout).toMatch(new RegExp(`F${numbers.get('caviar_purchase')}\\. [^\\n]*\\*\\*Unconfirmed\\.\\*\\*[^\\n]*\\(${purchase.sources.map((x) => `S${s.get(x.id)}`).join(', ')}\\)`));
    expect(run.stdout).toMatch(new RegExp(`F${numbers.get('caviar_codename')}\\. [^\\n]*\\*\\*Disputed\\.\\*\\*`));
    expect(run.stdout).toContain('## Sources');
    expect(run.stdout).not.toContain('Your answers');
  });

  it('refuses a role the story does not have, and --key without a role or a class (exit 2)', async () => {
    const bad = await runCli(['handout', '--role', 'spy'], '', env);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringMatching(/has no role "spy"; its roles: british, american, reporter/)]);
    const key = await runCli(['handout', '--key'], '', env);
    expect([key.code, key.stderr]).toEqual([2, expect.stringMatching(/--key goes with --role ID/)]);
    expect(bad.stderr + key.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('caviar handout --class: a class of 24 with hostile and non-Latin names', () => {
  const story = loadFixture('classroom/conference.ink');
  const students = makeConferenceClass(story);
  const dir = tempDir('caviar-handout24-');
  students.forEach((s, i) => writeSave(dir, `student-${String(i + 1).padStart(2, '0')}/autosave-the-conference-table.json`, s.save));

  it('one page per student, the name filled in, only the statements that student met', async () => {
    const out = path.join(tempDir(), 'class.html');
    const run = await runCli(['handout', CONFERENCE, '--class', dir, '--out', out], '', env);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain('(24 students, a page each)');
    const html = fs.readFileSync(out, 'utf8');
    expect(hasRawHostileMarkup(html)).toBe(false);
    expect(html).toContain('Name: <b>&lt;b&gt;Bob&lt;/b&gt;</b>');
    for (const name of ["D'Arcy O'Neil", 'Анна Каренина', CLASS_NAMES[3]!]) expect(html).toContain(`Name: <b>${name.replace(/'/g, '&#39;')}</b>`);
    const sheets = html.split('<section class="sheet">').slice(1);
    expect(sheets).toHaveLength(24);
    const numbers = factNumbers(loadFacts(story.file));
    for (const s of students) {
      const sheet = sheets.find((x) => x.includes(`Name: <b>${s.name.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)}</b>`))!;
      const listed = [...sheet.matchAll(/<span class="fno">F(\d+)<\/span>/g)].map((m) => Number(m[1]));
      expect(listed, s.name).toEqual([...new Set(s.session.state.facts.map((k) => numbers.get(k)).filter((n): n is number => n !== undefined))].sort((a, b) => a - b));
    }
    const pages = await printed(out);
    expect(pages).toHaveLength(24);
    // The 90-character name is printed whole.
    expect(pages.some((p) => p.replace(/\s+/g, ' ').includes(CLASS_NAMES[3]!))).toBe(true);
  });

  it('--student picks one, and says so when there is no such student', async () => {
    const one = await runCli(['handout', CONFERENCE, '--class', dir, '--student', 'Анна Каренина', '--key'], '', env);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('Name: Анна Каренина');
    expect(one.stdout.match(/^# /gm)).toHaveLength(1);
    const none = await runCli(['handout', CONFERENCE, '--class', dir, '--student', 'Nobody'], '', env);
    expect([none.code, none.stderr]).toEqual([2, expect.stringMatching(/no hand-in of a student named "Nobody"/)]);
  });
});

describe('caviar handout --roles and --sources', () => {
  const caviar = loadStory(CAVIAR, { cacheDir: env.CAVIAR_CACHE });

  it('prints a card per role, a page each: who you are and the objective as the story gives them, the real people and words of that role', async () => {
    const out = path.join(tempDir(), 'cards.html');
    const run = await runCli(['handout', '--roles', '--out', out], '', env);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const html = fs.readFileSync(out, 'utf8');
    const briefings = roleBriefings(caviar);
    const cards = html.split('<section class="card">').slice(1);
    expect(cards).toHaveLength(3);
    const glossary = loadGlossary(caviar.file);
    ['british', 'american', 'reporter'].forEach((role, i) => {
      const b = briefings.get(role)!;
      expect(cards[i]).toContain(`<h1>Caviar: ${b.roleName}</h1>`);
      expect(cards[i]).toContain(`<p>${b.briefing!.replace(/'/g, '&#39;')}</p>`);
      expect(cards[i]).toContain(`<b>${b.objective!.replace(/'/g, '&#39;')}</b>`);
      for (const p of glossary.people) expect(cards[i]!.includes(`<b>${p.name}</b>`), `${role}: ${p.name}`).toBe(p.roles.includes(role));
    });
    expect(cards[1]).toContain('<dt>Lend-Lease</dt>');
    expect(cards[2]).toContain('<dt>Censor</dt>');
    const pages = await printed(out);
    expect(pages).toHaveLength(3);
    expect(pages.map((p) => /Caviar: (British aide|American aide|Reporter)/.exec(p)?.[1])).toEqual(['British aide', 'American aide', 'Reporter']);
  });

  it('prints the source packet: each excerpt quoted with its full citation and where its text was read, a summary marked as one', async () => {
    const out = path.join(tempDir(), 'sources.html');
    const run = await runCli(['handout', '--sources', '--out', out], '', env);
    expect(run.code).toBe(0);
    const html = fs.readFileSync(out, 'utf8');
    const { packet } = loadSourcePacket(caviar.file);
    expect(packet!.items.length).toBeGreaterThanOrEqual(4);
    expect(packet!.items.length).toBeLessThanOrEqual(6);
    for (const it of packet!.items) {
      const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
      expect(html).toContain(it.kind === 'excerpt' ? `<blockquote class="excerpt">${esc(it.text)}</blockquote>` : `<p>${esc(it.text)}</p>`);
      expect(html).toContain(esc(it.citation));
      expect(html).toContain(esc(it.from));
      if (it.url) expect(['history.state.gov', 'api.parliament.uk', 'paperspast.natlib.govt.nz']).toContain(new URL(it.url).hostname);
      if (it.kind === 'summary') expect(it.from).toMatch(/not a quotation/);
    }
    expect(html.match(/summary, not a quotation/g)).toHaveLength(packet!.items.filter((i) => i.kind === 'summary').length);
    expect((await printed(out)).length).toBeLessThanOrEqual(2);
  });

  it('refuses --key with them, and a story without a source packet (exit 2)', async () => {
    const key = await runCli(['handout', '--roles', '--key'], '', env);
    expect([key.code, key.stderr]).toEqual([2, expect.stringMatching(/role cards and the source packet have no answers/)]);
    const none = await runCli(['handout', CONFERENCE, '--sources'], '', env);
    expect([none.code, none.stderr]).toEqual([2, expect.stringMatching(/source-packet\.json: the story has no source packet/)]);
  });
});
