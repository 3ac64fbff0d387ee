import { metadataOf } from '../../src/story/metadata.ts';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarizeEndings } from '../../src/branches/endings.ts';
import { BranchMap } from '../../src/branches/map.ts';
import { Controller } from '../../src/commands/controller.ts';
import { Session } from '../../src/engine/session.ts';
import { SaveStore } from '../../src/saves/store.ts';
import { loadFixture, tempDir } from '../helpers.ts';

const story = loadFixture('choices.ink');
const play = (dir: string, seed: number, ...picks: number[]) => {
  const c = new Controller(Session.start(story, { seed }), new SaveStore(dir));
  for (const p of picks) c.pick(p);
  return c;
};
const mapFile = (dir: string) => path.join(dir, 'choices.branches.jsonl');

describe('the branch map', () => {
  it('grows a branch beside the old one after a rewind, and keeps both', () => {
    const dir = tempDir();
    const c = play(dir, 1, 1, 1, 1);
    c.input(':back 2');
    c.pick(2);
    const map = c.input(':map').messages.join('\n');
    expect(map).toContain('Branch map of choices: 1 playthrough, 5 choice points seen, 1 of 1 endings reached.');
    expect(map).toMatch(/1\. Second A \.\.\. then 1 more choice, 1 other never taken\n\s+\* turn 3: Took third A\. The end of the path\.\s+ENDING The Finale/);
    expect(map).toMatch(/2\. Second B\n\s+\* turn 2: Took second B\. Turn two\.\s+<- you are here/);
    expect(map).toMatch(/-\s+never taken: First B/);
  });

  it('is kept across runs in the saves folder, and marks the choices taken before', () => {
    const dir = tempDir();
    play(dir, 1, 2, 1);
    const again = play(dir, 9);
    expect(again.map.playthroughs).toBe(2);
    expect(again.seenChoices()).toEqual(new Set([1]));
    again.pick(2);
    expect(again.seenChoices()).toEqual(new Set([0]));
    again.pick(2);
    expect(again.seenChoices()).toEqual(new Set());
    expect(fs.readFileSync(mapFile(dir), 'utf8').trim().split('\n').length).toBeGreaterThan(4);
  });

  it('survives a line cut short by a crash', () => {
    const dir = tempDir();
    play(dir, 1, 1, 1, 1);
    fs.appendFileSync(mapFile(dir), '{"k":"n","id":"abc","p":');
    const c = play(dir, 2, 2);
    expect(c.map.damagedLines).toBe(1);
    const reread = BranchMap.open(mapFile(dir));
    expect(reread.damagedLines).toBe(1);
    expect(reread.nodes.size).toBe(c.map.nodes.size);
  });

  it('jumps to any node, restoring that moment exactly, even from another playthrough', () => {
    const dir = tempDir();
    const first = play(dir, 5, 1, 2);
    const target = first.currentNode;
    const targetState = first.session.snapshot();
    const other = play(dir, 6, 2, 1, 1);
    other.jumpTo(target);
    expect(other.session.seed).toBe(5);
    expect(other.session.snapshot().inkState).toBe(targetState.inkState);
    expect(other.session.path().map((c) => c.text)).toEqual(['First A', 'Second B']);
    expect(other.currentNode).toBe(target);
  });

  it('lists the endings reached out of all the story has', () => {
    const dir = tempDir();
    play(dir, 1, 1, 1, 1);
    const c = play(dir, 2, 2, 2, 2);
    const summary = summarizeEndings(metadataOf(story), c.map);
    expect(summary).toMatchObject({ total: 1, reached: 1, groups: [{ role: null, endings: [{ id: 'finale', title: 'The Finale', count: 2 }] }] });
    expect(c.input(':endings').messages).toEqual([
      'Endings reached: 1 of 1.',
      expect.stringMatching(/^ {2}\[x\] The Finale \(finale\): 2 times, first \d{4}-\d\d-\d\d \d\d:\d\d$/),
    ]);
  });
});
