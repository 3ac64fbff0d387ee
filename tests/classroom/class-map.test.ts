// caviar map --class: every student's path merged into one map of story positions. Proved on a
// generated class of 24 (three roles, two unfinished, hostile and non-Latin names) against their
// saves, and on a story whose ending is followed by choices and whose paths rejoin.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gatherClass } from '../../src/classroom/class-data.ts';
import { buildClassMap } from '../../src/classroom/class-map.ts';
import { loadFacts } from '../../src/classroom/facts.ts';
import { fixture, loadFixture, runCli, tempDir } from '../helpers.ts';
import { CLASS_NAMES, hasRawHostileMarkup, makeConferenceClass, playScripted, writeSave } from './class.ts';

const env = { CAVIAR_CACHE: tempDir(), CAVIAR_CONFIG: tempDir() };

describe('caviar map --class', () => {
  const story = loadFixture('classroom/conference.ink');
  const students = makeConferenceClass(story);
  const dir = tempDir('caviar-map24-');
  students.forEach((s, i) => {
    const folder = `student-${String(i + 1).padStart(2, '0')}`;
    writeSave(dir, `${folder}/autosave-the-conference-table.json`, s.save);
    fs.writeFileSync(path.join(dir, folder, 'The Conference Table.branches.jsonl'), '{"v":1}\n');
  });

  it("counts every ending as the saves reached it, merges each story position once, and never shows a name", async () => {
    const map = buildClassMap(gatherClass(dir, story, loadFacts(story.file)));
    expect(map.students).toBe(24);
    expect(map.unfinished).toBe(2);
    const byEnding = new Map<string, number>();
    for (const s of students) if (s.session.state.ending) byEnding.set(s.session.state.ending.title, (byEnding.get(s.session.state.ending.title) ?? 0) + 1);
    expect(new Map(map.endings.map((e) => [e.title, e.students]))).toEqual(byEnding);
    // One position per point of the story, whoever reached it and however often.
    const points = new Set(students.flatMap((s) => s.session.path().map((c) => (c.sourcePath ?? '').replace(/\.c-\d+$/, ''))));
    expect(map.positions.length).toBeLessThanOrEqual(points.size);
    // Each way's count is the students who took it; at a position, they add up to those who reached it (each counted once).
    for (const p of map.positions) expect(p.ways.reduce((s, w) => s + w.students, 0)).toBeGreaterThanOrEqual(p.students);
    const stopped = map.positions.flatMap((p) => p.ways.flatMap((w) => [...w.to].filter(([t]) => t === 'stopped').map(([, n]) => n)));
    expect(stopped.reduce((a, b) => a + b, 0)).toBe(2);

    const out = path.join(tempDir(), 'map.html');
    const run = await runCli(['map', fixture('classroom', 'conference.ink'), '--class', dir, '--out', out], '', env);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/\(24 students, \d+ story positions\)/);
    const html = fs.readFileSync(out, 'utf8');
    expect(hasRawHostileMarkup(html)).toBe(false);
    for (const name of CLASS_NAMES) expect(html).not.toContain(name.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
    // Labels whole: every prompt of the map is in the page as it is in the story.
    for (const p of map.positions) expect(html).toContain(p.prompt.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
    expect(html).not.toContain('…');
  });

  it('prints text without --out and writes DOT; refuses --saves with it and a bad extension (exit 2)', async () => {
    const text = await runCli(['map', fixture('classroom', 'conference.ink'), '--class', dir], '', env);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Class branch map: The Conference Table\n24 students, \d+ story positions, 2 not finished\.\n/);
    const dot = path.join(tempDir(), 'map.dot');
    expect((await runCli(['map', fixture('classroom', 'conference.ink'), '--class', dir, '--out', dot], '', env)).code).toBe(0);
    expect(fs.readFileSync(dot, 'utf8')).toMatch(/^digraph class_map \{/);
    const both = await runCli(['map', '--class', dir, '--saves', dir], '', env);
    expect([both.code, both.stderr]).toEqual([2, expect.stringMatching(/--saves reads your own branch map/)]);
    const ext = await runCli(['map', '--class', dir, '--out', 'map.pdf'], '', env);
    expect([ext.code, ext.stderr]).toEqual([2, expect.stringMatching(/--out must end in \.html, \.dot or \.txt/)]);
  });

  it('records an ending where it was reached when choices follow it, and merges paths that rejoin', () => {
    const epilogue = loadFixture('classroom/epilogue/epilogue.ink');
    const folder = tempDir();
    const plans = [
      ['Take the long way', 'Go through', 'Read the epilogue'],
      ['Take the short way', 'Go through', 'Stop here'],
      ['Take the short way', 'Turn back'],
    ];
    plans.forEach((plan, i) => {
      const { save } = playScripted(epilogue, { seed: i + 1, student: `Student ${i + 1}`, pick: (offered, turn) => offered.find((o) => o === plan[turn - 1]) ?? offered[0]! });
      writeSave(folder, `s${i}.json`, save);
    });
    const map = buildClassMap(gatherClass(folder, epilogue, loadFacts(epilogue.file)));
    // The gate is one position for all three, though they came two ways.
    const gate = map.positions.find((p) => p.prompt === 'The two ways meet at the gate.')!;
    expect(gate.students).toBe(3);
    expect(map.positions[0]!.ways.map((w) => [w.text, w.students, [...w.to.keys()]])).toEqual([
      ['Take the short way', 2, [`P${gate.n}`]],
      ['Take the long way', 1, [`P${gate.n}`]],
    ]);
    const done = map.endings.find((e) => e.title === 'The Work Done')!;
    expect(done.students).toBe(2);
    const epiloguePoint = map.positions.find((p) => p.endings.has('The Work Done'))!;
    expect(done.at).toEqual([epiloguePoint.n]);
    expect(map.endings.find((e) => e.title === 'The Way Back')).toMatchObject({ students: 1, at: [] });
  });
});
