// Quality gates of the bundled story, Caviar (issue: "The Caviar story").
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { replay } from '../../src/engine/replay.ts';
import { compileInk } from '../../src/story/compile.ts';
import { formatDiagnostic } from '../../src/story/diagnostics.ts';
import { readMetadata } from '../../src/story/metadata.ts';
import { lintStory } from '../../src/story/lint.ts';
import { loadStory } from '../../src/story/load.ts';
import { ROOT } from '../helpers.ts';

const MAIN = path.join(ROOT, 'story', 'caviar.ink');
const compiled = compileInk(MAIN);
const ROLES = ['british', 'american', 'reporter'] as const;
const PREFIX = { british: 'uk_', american: 'us_', reporter: 'pr_' };

describe('the Caviar story', () => {
  it('compiles with no errors, no warnings and a clean lint', () => {
    const problems = [...compiled.diagnostics, ...(compiled.json ? lintStory(MAIN, compiled.sources, compiled.json) : [])];
    expect(problems.map(formatDiagnostic)).toEqual([]);
    expect(compiled.json).not.toBeNull();
  });

  it('is the size of a real game', () => {
    expect(compiled.stats!.words).toBeGreaterThanOrEqual(30_000);
    expect(compiled.stats!.choices).toBeGreaterThanOrEqual(350);
  });

  it('has at least 4 endings per role, 12 in all, each with a title', () => {
    const endings = readMetadata(compiled.json!, '').endings;
    expect(endings.length).toBeGreaterThanOrEqual(12);
    for (const role of ROLES) expect(endings.filter((e) => e.id.startsWith(PREFIX[role])).length).toBeGreaterThanOrEqual(4);
    for (const e of endings) expect(e.title).not.toBe(e.id);
  });

  it('tags only facts that the facts file holds, and the facts file is sound', () => {
    const facts = JSON.parse(fs.readFileSync(path.join(ROOT, 'story', 'facts.json'), 'utf8'));
    expect(facts).toMatchObject({ format: 'caviar-facts', version: 1 });
    const used = new Set([...compiled.json!.matchAll(/"\^\s*fact:\s*((?:[^"\\]|\\.)*)"/g)].flatMap((m) => m[1]!.split(/[\s,]+/).filter(Boolean)));
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((k) => !(k in facts.facts))).toEqual([]);
    for (const [key, fact] of Object.entries<{ statement: string; sources: string[]; status: string; note?: string }>(facts.facts)) {
      expect(fact.statement.length, key).toBeGreaterThan(20);
      expect(['documented', 'disputed'], key).toContain(fact.status);
      if (fact.status === 'disputed') expect(fact.note, `${key} needs a note saying what is disputed`).toBeTruthy();
      for (const source of fact.sources) expect(facts.sources, `${key} cites ${source}`).toHaveProperty(source);
    }
    // The disputed points the story must present as disputed.
    for (const key of ['trucks_figure', 'kremlin_meetings_count', 'caviar_codename', 'harrier_transfer', 'bleak_vs_triumph']) {
      expect(facts.facts[key].status, key).toBe('disputed');
      expect(used.has(key), `${key} is used in the story`).toBe(true);
    }
  });

  describe.each(ROLES)('the %s role', (role) => {
    const paths: Record<string, string[]> = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests', 'story-paths', `${role}.json`), 'utf8'));
    const story = loadStory(MAIN, { cacheDir: null });

    it.each(Object.entries(paths))('reaches %s along its recorded path', (ending, texts) => {
      const result = replay(story, 1, texts.map((text, i) => ({ turn: i + 1, index: -1, text })));
      expect(result.divergence).toBeNull();
      expect(result.session.state.ending?.id).toBe(ending);
      expect(result.session.state.ended).toBe(true);
      expect(result.session.state.status.role).toBe(role);
    });
  });
});
