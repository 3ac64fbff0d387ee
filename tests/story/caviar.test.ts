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
    // The uncertain points the story must present as uncertain, each as what it is.
    const expected = { kremlin_meetings_count: 'disputed', caviar_codename: 'disputed', bleak_vs_triumph: 'disputed', trucks_figure: 'unconfirmed', harrier_transfer: 'unconfirmed' };
    for (const [key, certainty] of Object.entries(expected)) {
      expect(facts.facts[key].certainty, key).toBe(certainty);
      expect(facts.facts[key].status, key).toBe('disputed');
      expect(used.has(key), `${key} is used in the story`).toBe(true);
    }
    // What students cannot meet, they are not asked about: every fact is tagged somewhere in play.
    expect(Object.keys(facts.facts).filter((k) => !used.has(k))).toEqual([]);
  });

  it('says how certain each fact is, in plain words, and never passes off one source as the record', () => {
    const facts = JSON.parse(fs.readFileSync(path.join(ROOT, 'story', 'facts.json'), 'utf8'));
    const words: Record<string, string> = { disputed: 'Disputed:', unconfirmed: 'Unconfirmed:', unknown: 'Unknown:' };
    for (const [key, fact] of Object.entries<{ statement: string; sources: string[]; status: string; certainty: string; note?: string }>(facts.facts)) {
      expect(['documented', 'disputed', 'unconfirmed', 'unknown'], key).toContain(fact.certainty);
      // `status` stays documented or disputed for older readers; documents show `certainty`.
      expect(fact.status, key).toBe(fact.certainty === 'documented' ? 'documented' : 'disputed');
      if (fact.certainty !== 'documented') expect(fact.note?.startsWith(words[fact.certainty]!), `${key}: its note says it is ${fact.certainty}`).toBe(true);
      // A fact resting on the seed article alone is never documented.
      if (fact.sources.length === 1 && fact.sources[0] === 'SEED') expect(fact.certainty, key).not.toBe('documented');
      // Students read statements and notes: no internal source keys.
      expect(`${fact.statement} ${fact.note ?? ''}`, key).not.toMatch(/\bS\d+\b|\bseed\b/i);
    }
    // The whole caviar affair rests on one secondary source.
    for (const key of ['caviar_purchase', 'jordan_reported', 'churchill_telegram', 'jordan_refused_source', 'beaverbrook_blamed_juniors', 'amount_exaggerated']) {
      expect(facts.facts[key].certainty, key).toBe('unconfirmed');
    }
  });

  it('cites sources a school can cite: stable archives and publishers, no mirrors, reading sites, forums, blogs or bare addresses', () => {
    const facts = JSON.parse(fs.readFileSync(path.join(ROOT, 'story', 'facts.json'), 'utf8'));
    const stable = new Set(['history.state.gov', 'api.parliament.uk', 'history.army.mil', 'archive.org', 'doi.org', 'paperspast.natlib.govt.nz', 'alliance.rusarchives.ru', 'docsteach.org', 'en.wikipedia.org', 'archives.history.ac.uk', 'www.canadianletters.ca', 'archive.spectator.co.uk', 'www.national.ru', 'news.samaratoday.ru']);
    for (const [id, source] of Object.entries<{ title: string; url?: string }>(facts.sources)) {
      if (source.url) expect(stable.has(new URL(source.url).hostname), `${id}: ${source.url}`).toBe(true);
      // A book with no link is cited by author, title, publisher and year.
      else expect(source.title, id).toMatch(/\(([^()]*: )?[^()]*, (19|20)\d\d\)|\d{4}/);
    }
  });

  it('never shows a student a source key or the word "seed"', () => {
    const shown = [...compiled.json!.matchAll(/"\^((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!).filter((t) => !/^\s*\w+:/.test(t));
    expect(shown.filter((t) => /\(S\d+\)|\bseed\b/i.test(t))).toEqual([]);
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
      // A sensible player who pursues the objective can meet it: these recorded paths do.
      if (['uk_trusted_hand', 'us_realist', 'pr_protected_source'].includes(ending)) expect(result.session.variable('objective_met')).toBe(true);
    });
  });
});
