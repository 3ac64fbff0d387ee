// caviar class-report: a class of real playthroughs over every role (saves and transcripts, in
// sub-folders too), with broken, foreign, duplicate and hostile files among them. The tallies
// must match what the students did; nothing a student wrote gets through unescaped; bad files
// are listed, never fatal.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gatherClass } from '../../src/classroom/class-data.ts';
import { loadFacts } from '../../src/classroom/facts.ts';
import { handInOf } from '../../src/classroom/handin.ts';
import { rebuildPlaythrough } from '../../src/classroom/playthrough.ts';
import { renderTranscript } from '../../src/classroom/transcript.ts';
import type { Session } from '../../src/engine/session.ts';
import type { SaveFile } from '../../src/saves/format.ts';
import { fixture, loadFixture, runCli, tempDir } from '../helpers.ts';
import { HOSTILE_NAMES, hasRawHostileMarkup, playRandomly, writeSave } from './class.ts';

const HARBOUR = fixture('classroom', 'harbour.ink');
const story = loadFixture('classroom/harbour.ink');
const facts = loadFacts(story.file);

interface Student {
  name: string;
  session: Session;
  save: SaveFile;
}

let dir: string;
const students: Student[] = [];
const BAD = new Map<string, RegExp>();

beforeAll(() => {
  dir = tempDir('caviar-class-');
  const roles = [
    ['envoy', 'envoy_start'],
    ['scribe', 'scribe_start'],
  ] as const;
  // 14 students over both roles; some start at the title page instead of with --role.
  for (let i = 0; i < 14; i++) {
    const [, knot] = roles[i % 2]!;
    const name = i === 3 ? HOSTILE_NAMES[0]! : i === 4 ? HOSTILE_NAMES[1]! : `Student ${String(i + 1).padStart(2, '0')}`;
    const fromTop = i === 6 || i === 9;
    const { session, save } = playRandomly(story, { seed: 100 + i, picks: 7 * i + 1, student: name, ...(fromTop ? {} : { startPath: knot }), ...(i === 12 ? { maxTurns: 1 } : {}) });
    students.push({ name, session, save });
    const stem = `hand-ins/${i % 3 === 0 ? 'group-a/' : ''}s${i + 1}`;
    // Hand-ins as saves, Markdown and HTML transcripts.
    if (i % 3 === 1) {
      const p = rebuildPlaythrough(story, handInOf(save), facts);
      fs.mkdirSync(path.dirname(path.join(dir, stem)), { recursive: true });
      fs.writeFileSync(path.join(dir, `${stem}.md`), renderTranscript(p, facts, 'md', { theme: 'default', noColor: false }));
    } else if (i % 3 === 2) {
      const p = rebuildPlaythrough(story, handInOf(save), facts);
      fs.writeFileSync(path.join(dir, `${stem}.html`), renderTranscript(p, facts, 'html', { theme: 'default', noColor: false }));
    } else writeSave(dir, `${stem}.json`, save);
  }
  // The same playthrough handed in twice.
  writeSave(dir, 'hand-ins/s1-again.json', students[0]!.save);
  BAD.set('hand-ins/s1-again.json', /the same playthrough as hand-ins\/group-a\/s1\.json \(counted once\)/);
  // Files that are not valid hand-ins.
  const put = (name: string, text: string, why: RegExp) => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
    BAD.set(name, why);
  };
  put('hand-ins/broken.json', '{"format": "caviar-save", "version": 1, "sto', /not valid JSON/);
  put('hand-ins/empty.json', '', /the file is empty/);
  put('hand-ins/essay.docx', 'PK\u0003\u0004', /not a save \(\.json\) or a transcript/);
  put('hand-ins/notes.md', '# My notes\n<script>alert(1)</script>\n', /not a caviar transcript/);
  put('hand-ins/future.json', JSON.stringify({ ...students[1]!.save, version: 9 }), /newer caviar/);
  put('hand-ins/damaged.md', 'text <!-- caviar-handin:1:bm90IGpzb24= -->', /playthrough record is damaged/);
  const other = playRandomly(loadFixture('choices.ink'), { seed: 5, student: 'Other Story' }).save;
  put('hand-ins/other-story.json', JSON.stringify(other), /another story/);
  const forged = { ...students[0]!.save, story: { ...students[0]!.save.story, hash: 'a'.repeat(64) }, choices: [{ turn: 1, index: 0, text: 'No such option' }], engine: { ...students[0]!.save.engine, turn: 1 } };
  put('hand-ins/<b>forged</b>.json', JSON.stringify(forged), /another version of the story, which no longer follows it/);
  fs.writeFileSync(path.join(dir, 'hand-ins', '.DS_Store'), 'x'); // hidden: not even listed
});

const finished = (role: string) => students.filter((s) => s.session.state.status.role === role);

describe('the class data', () => {
  it('counts every valid hand-in once, per role, with endings and objectives as played', () => {
    const data = gatherClass(dir, story, facts);
    expect(data.entries).toHaveLength(14);
    expect(data.roles.map((r) => [r.id, r.name, r.entries.length])).toEqual([
      ['envoy', 'Envoy', finished('envoy').length],
      ['scribe', 'Scribe', finished('scribe').length],
      ...(students.some((s) => !s.session.state.status.role) ? [['', 'No role chosen', students.filter((s) => !s.session.state.status.role).length]] : []),
    ]);
    for (const role of data.roles.filter((r) => r.id)) {
      const played = finished(role.id);
      const endings = new Map<string, number>();
      for (const s of played) if (s.session.state.ending) endings.set(s.session.state.ending.title, (endings.get(s.session.state.ending.title) ?? 0) + 1);
      expect(Object.fromEntries(role.endings.map((e) => [e.title, e.count]))).toEqual(Object.fromEntries(endings));
      expect(role.unfinished).toBe(played.filter((s) => !s.session.state.ended).length);
      const met = played.filter((s) => s.session.state.ended && s.session.variable('objective_met') === true).length;
      expect(role.objective.met).toBe(met);
      expect(role.objective.met + role.objective.notMet).toBe(played.filter((s) => s.session.state.ended).length);
    }
    expect(data.roles[0]!.unfinished + data.roles[1]!.unfinished).toBe(1);
  });

  it('tallies each decision point by option, in story order, with who chose what', () => {
    const data = gatherClass(dir, story, facts);
    const envoy = data.roles.find((r) => r.id === 'envoy')!;
    const promise = envoy.points.find((p) => p.prompt === 'How much do you promise?')!;
    expect(promise.options.map((o) => o.text)).toEqual(['Everything he asks', 'What can sail', 'Half of it']);
    for (const o of promise.options) {
      const who = finished('envoy').filter((s) => s.session.path().some((c) => c.text === o.text));
      expect(o.count).toBe(who.length);
      expect(o.students.sort()).toEqual(who.map((s) => s.name).sort());
    }
    expect(promise.reached).toBe(promise.options.reduce((a, o) => a + o.count, 0));
    expect(promise.status).toEqual({ role: 'envoy', date: '29 September 1941', location: 'Customs house' });
    // A conditional option counts as the same decision whether or not it was on offer.
    const home = envoy.points.find((p) => p.prompt === 'Some say there were two meetings, some say three.')!;
    expect(home.options.map((o) => o.text)).toEqual(['Go home quietly', 'Boast at dinner']);
    expect(home.reached).toBe(promise.options[0]!.count);
    // One-option links ("Begin") are not decisions.
    expect(envoy.points.some((p) => p.options.length < 2)).toBe(false);
    expect(envoy.points.map((p) => p.order)).toEqual([...envoy.points.map((p) => p.order)].sort((a, b) => a - b));
  });

  it('counts the facts met by the class and lists those nobody met', () => {
    const data = gatherClass(dir, story, facts);
    const talks = data.facts.find((f) => f.key === 'talks_opened')!;
    expect(talks.count).toBe(students.filter((s) => s.session.state.facts.includes('talks_opened')).length);
    expect(data.factsNeverMet.map((f) => f.key)).toEqual(['never_met']);
    expect(data.facts.find((f) => f.key === 'clerks_note')?.fact).toBeNull();
  });

  it('lists every file it could not use, with the reason, and reads the rest', () => {
    const data = gatherClass(dir, story, facts);
    const skipped = new Map(data.skipped.map((s) => [s.file, s.reason]));
    expect([...skipped.keys()].sort()).toEqual([...BAD.keys()].sort());
    for (const [file, why] of BAD) expect(skipped.get(file)).toMatch(why);
  });
});

describe('caviar class-report', () => {
  it('writes the HTML report and prints a summary; hostile names and file names are escaped', async () => {
    const out = path.join(tempDir(), 'report.html');
    const run = await runCli(['class-report', dir, '--out', out, '--story', HARBOUR, '--all'], '', { CAVIAR_CACHE: tempDir(), CAVIAR_CONFIG: tempDir() });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`The Harbour Talks: class report of ${dir}\n14 students counted; ${BAD.size} files not included.\n`);
    expect(run.stdout).toMatch(new RegExp(`\\nEnvoy: ${finished('envoy').length} students, \\d+ finished, objective met by \\d+ of \\d+\\.\\n {2}Endings: `));
    expect(run.stdout).toContain('Facts: 5 of the 6 in the facts file met by at least one student, among them 1 disputed.');
    expect(run.stdout).toContain('Not included:\n  hand-ins/<b>forged</b>.json: it was made with another version');
    expect(run.stdout.endsWith(`Report written to ${out}\n`)).toBe(true);

    const html = fs.readFileSync(out, 'utf8');
    expect(hasRawHostileMarkup(html)).toBe(false);
    expect(html).not.toContain('<b>forged');
    expect(html).toContain('&lt;b&gt;forged&lt;/b&gt;.json');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<[^>]*\ssrc=/i);
    // A bar per option, drawn as inline SVG, with its figures as text beside it.
    const promise = html.slice(html.indexOf('<p>How much do you promise?</p>'));
    const rows = promise.slice(0, promise.indexOf('</table>'));
    expect(rows.match(/<svg /g)).toHaveLength(3);
    const everything = finished('envoy').filter((s) => s.session.path().some((c) => c.text === 'Everything he asks')).length;
    expect(rows).toMatch(new RegExp(`Everything he asks(<div class="who">[^<]*</div>)?</td><td class="bar"><svg [^]*?</svg></td><td class="num">${everything} \\(`));
    expect(html).toContain('<h3 id="skipped">Files not included</h3>');
  });

  it('is never stopped by an empty folder or bad files, and refuses a missing folder', async () => {
    const empty = tempDir();
    const out = path.join(tempDir(), 'r.html');
    const run = await runCli(['class-report', empty, '--out', out, '--story', HARBOUR], '', { CAVIAR_CACHE: tempDir() });
    expect(run.code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toContain('No playthrough could be read from this folder.');
    expect((await runCli(['class-report', path.join(empty, 'nope'), '--story', HARBOUR])).code).toBe(2);
  });

  it('can write the report inside the hand-in folder: the next run passes over it, and names an old one for what it is', async () => {
    const folder = tempDir();
    fs.cpSync(dir, folder, { recursive: true });
    const e = { CAVIAR_CACHE: tempDir(), CAVIAR_CONFIG: tempDir() };
    const first = await runCli(['class-report', folder, '--out', path.join(folder, 'report.html'), '--story', HARBOUR], '', e);
    const again = await runCli(['class-report', folder, '--out', path.join(folder, 'report.html'), '--story', HARBOUR], '', e);
    expect(first.code).toBe(0);
    expect(again.stdout).toContain(`${BAD.size} files not included`);
    expect(again.stdout).not.toContain('report.html:');
    const third = await runCli(['class-report', folder, '--out', path.join(folder, 'report-2.html'), '--story', HARBOUR], '', e);
    expect(third.stdout).toContain('  report.html: a page caviar made (a report or a handout), not a hand-in');
  });

  it('follows the high-contrast theme and NO_COLOR', async () => {
    const base = path.join(tempDir(), 'r');
    const env = { CAVIAR_CACHE: tempDir(), CAVIAR_CONFIG: tempDir() };
    await runCli(['class-report', dir, '--out', `${base}-c.html`, '--story', HARBOUR, '--theme', 'contrast'], '', env);
    await runCli(['class-report', dir, '--out', `${base}-n.html`, '--story', HARBOUR], '', { ...env, NO_COLOR: '1' });
    await runCli(['class-report', dir, '--out', `${base}-d.html`, '--story', HARBOUR], '', env);
    const colours = (file: string) => new Set(fs.readFileSync(file, 'utf8').match(/:root\{[^}]*\}/)![0].match(/#[0-9a-f]{3,6}/gi));
    expect(fs.readFileSync(`${base}-c.html`, 'utf8')).toContain('<body class="contrast wide">');
    expect([...colours(`${base}-c.html`)].every((c) => /^#(000|fff)$/i.test(c))).toBe(true);
    // No colour with NO_COLOR: greys only (equal red, green and blue).
    expect([...colours(`${base}-n.html`)].every((c) => /^#(.)\1\1$|^#(..)\2\2$/i.test(c))).toBe(true);
    expect([...colours(`${base}-d.html`)].some((c) => !/^#(.)\1\1$|^#(..)\2\2$/i.test(c))).toBe(true);
  });
});
