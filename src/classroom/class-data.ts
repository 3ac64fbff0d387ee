// A class's hand-ins, gathered and counted: every save or transcript under a folder, rebuilt on
// the story, then tallied per role and per decision point (how the class chose), with the
// endings reached, the objectives met and the facts met. A file that cannot be used is listed
// with the reason, never fatal.

import fs from 'node:fs';
import path from 'node:path';
import type { Ending, Status } from '../engine/state.ts';
import { messageOf } from '../errors.ts';
import type { LoadedStory } from '../story/load.ts';
import type { Fact, Facts } from './facts.ts';
import { HandInError } from './handin.ts';
import type { Decision } from './playthrough.ts';
import { HANDIN_EXTENSIONS, type HandInKind, readHandInFile } from './read-handin.ts';
import { rebuildChecked } from './rebuild.ts';
import { metadataOf } from '../story/metadata.ts';

export interface ClassEntry {
  /** The file, relative to the folder read. */
  file: string;
  kind: HandInKind;
  student: string | null;
  /** The `# role:` id; '' when the playthrough never reached one. */
  role: string;
  roleName: string;
  ending: Ending | null;
  ended: boolean;
  /** Null when the story states no objective, or does not record whether it was met. */
  objectiveMet: boolean | null;
  turns: number;
  facts: string[];
  documented: number;
  disputed: number;
  fictionLines: number;
  otherVersion: boolean;
  decisions: Decision[];
}

export interface Skipped {
  file: string;
  reason: string;
}

export interface OptionTally {
  key: string;
  text: string;
  count: number;
  students: string[];
}

export interface PointTally {
  key: string;
  knot: string;
  prompt: string | null;
  status: Status;
  /** Playthroughs that reached this decision. */
  reached: number;
  /** Choices made here (more than `reached` where a story comes back to a decision). */
  picks: number;
  options: OptionTally[];
  /** The average turn it was reached at: the order decisions are shown in. */
  order: number;
}

export interface RoleTally {
  id: string;
  name: string;
  entries: ClassEntry[];
  endings: Array<{ id: string; title: string; count: number }>;
  unfinished: number;
  objective: { met: number; notMet: number; unrecorded: number };
  points: PointTally[];
}

export interface FactTally {
  key: string;
  fact: Fact | null;
  /** Playthroughs that met it. */
  count: number;
  /** The same, per role id. */
  byRole: Map<string, number>;
}

export interface ClassData {
  storyTitle: string;
  storyHash: string;
  entries: ClassEntry[];
  skipped: Skipped[];
  roles: RoleTally[];
  facts: FactTally[];
  /** Facts of the facts file that no playthrough met. */
  factsNeverMet: Fact[];
  factsFile: Facts;
}

const MAX_DEPTH = 4;

/** The files under a folder, hidden ones left out, sorted; sub-folders too (some hand-in systems make one per student). */
export function handInCandidates(dir: string): string[] {
  const files: string[] = [];
  const walk = (at: string, depth: number) => {
    let names: fs.Dirent[];
    try {
      names = fs.readdirSync(at, { withFileTypes: true });
    } catch {
      return;
    }
    for (const d of names.sort((a, b) => a.name.localeCompare(b.name))) {
      if (d.name.startsWith('.')) continue;
      const full = path.join(at, d.name);
      if (d.isDirectory()) {
        if (depth < MAX_DEPTH) walk(full, depth + 1);
      } else files.push(full);
    }
  };
  walk(dir, 0);
  return files;
}

export interface GatherOptions {
  /** Files to pass over without a word (the report being written). */
  ignore?: string[];
}

export function gatherClass(dir: string, story: LoadedStory, facts: Facts, options: GatherOptions = {}): ClassData {
  const ignore = new Set((options.ignore ?? []).map((f) => path.resolve(f)));
  const entries: ClassEntry[] = [];
  const skipped: Skipped[] = [];
  const seen = new Map<string, string>();
  let storyTitle: string | null = null;
  for (const full of handInCandidates(dir)) {
    if (ignore.has(path.resolve(full))) continue;
    const file = path.relative(dir, full) || path.basename(full);
    if (!HANDIN_EXTENSIONS.includes(path.extname(full).toLowerCase())) {
      skipped.push({ file, reason: 'not a save (.json) or a transcript (.md, .html)' });
      continue;
    }
    try {
      const { kind, handIn } = readHandInFile(full);
      const same = JSON.stringify([handIn.story.hash, handIn.seed, handIn.start ?? '', handIn.student ?? '', handIn.choices]);
      if (seen.has(same)) {
        skipped.push({ file, reason: `the same playthrough as ${seen.get(same)} (counted once)` });
        continue;
      }
      const rebuilt = rebuildChecked(story, handIn, facts);
      if (!rebuilt.ok) {
        skipped.push({ file, reason: rebuilt.reason });
        continue;
      }
      seen.set(same, file);
      const p = rebuilt.playthrough;
      storyTitle ??= p.final.title;
      entries.push({
        file,
        kind,
        student: p.student,
        role: p.final.status.role ?? '',
        roleName: p.debrief.roleName ?? p.final.status.role ?? 'No role chosen',
        ending: p.final.ending,
        ended: p.final.ended,
        objectiveMet: p.debrief.objective?.met ?? null,
        turns: p.final.turn,
        facts: p.final.facts,
        documented: p.debrief.documented.length,
        disputed: p.debrief.disputed.length,
        fictionLines: p.final.fictionLines,
        otherVersion: p.otherVersion,
        decisions: p.decisions,
      });
    } catch (error) {
      skipped.push({ file, reason: error instanceof HandInError ? error.message : `it could not be read: ${messageOf(error)}` });
    }
  }
  return {
    storyTitle: storyTitle ?? titleFallback(story),
    storyHash: story.hash,
    entries,
    skipped,
    roles: tallyRoles(entries, metadataOf(story).roles.map((r) => r.id)),
    ...tallyFacts(entries, facts),
    factsFile: facts,
  };
}

function titleFallback(story: LoadedStory): string {
  return path.basename(story.file).replace(/\.(ink|json)$/i, '');
}

function tallyRoles(entries: ClassEntry[], storyOrder: string[]): RoleTally[] {
  const byRole = new Map<string, ClassEntry[]>();
  for (const e of entries) {
    const list = byRole.get(e.role);
    if (list) list.push(e);
    else byRole.set(e.role, [e]);
  }
  const rank = (id: string) => (id === '' ? Infinity : storyOrder.indexOf(id) === -1 ? storyOrder.length : storyOrder.indexOf(id));
  return [...byRole.keys()]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((id) => {
      const list = byRole.get(id)!;
      const endings = new Map<string, { id: string; title: string; count: number }>();
      for (const e of list) {
        if (!e.ending) continue;
        const t = endings.get(e.ending.id) ?? { id: e.ending.id, title: e.ending.title, count: 0 };
        t.count++;
        endings.set(e.ending.id, t);
      }
      return {
        id,
        name: mostCommon(list.map((e) => e.roleName)) ?? id,
        entries: list,
        endings: [...endings.values()].sort((a, b) => b.count - a.count || a.title.localeCompare(b.title)),
        unfinished: list.filter((e) => !e.ended).length,
        objective: {
          met: list.filter((e) => e.ended && e.objectiveMet === true).length,
          notMet: list.filter((e) => e.ended && e.objectiveMet === false).length,
          unrecorded: list.filter((e) => e.ended && e.objectiveMet === null).length,
        },
        points: tallyPoints(list),
      };
    });
}

function tallyPoints(entries: ClassEntry[]): PointTally[] {
  interface Acc {
    point: PointTally;
    turns: number[];
    reachedBy: Set<ClassEntry>;
    texts: Map<string, string[]>;
    prompts: string[];
  }
  const points = new Map<string, Acc>();
  const chosenBy = new Map<OptionTally, Set<string>>();
  for (const e of entries) {
    for (const d of e.decisions) {
      // One option is no decision: "Continue" links are left out of the report.
      if (d.offered.length < 2) continue;
      let acc = points.get(d.point);
      if (!acc) {
        acc = {
          point: { key: d.point, knot: d.knot, prompt: null, status: d.status, reached: 0, picks: 0, options: [], order: 0 },
          turns: [],
          reachedBy: new Set(),
          texts: new Map(),
          prompts: [],
        };
        points.set(d.point, acc);
      }
      acc.turns.push(d.turn);
      acc.reachedBy.add(e);
      if (d.prompt) acc.prompts.push(d.prompt);
      acc.point.picks++;
      d.offered.forEach((o, i) => {
        let option = acc.point.options.find((x) => x.key === o.key);
        if (!option) {
          option = { key: o.key, text: o.text, count: 0, students: [] };
          acc.point.options.push(option);
        }
        // Pushed, never copied: a point a playthrough comes back to 100,000 times stays linear.
        const texts = acc.texts.get(o.key);
        if (texts) texts.push(o.text);
        else acc.texts.set(o.key, [o.text]);
        if (i === d.chosen) {
          option.count++;
          // Each student once, however often they came back and chose it.
          const who = chosenBy.get(option) ?? new Set<string>();
          chosenBy.set(option, who.add(e.student ?? e.file));
        }
      });
    }
  }
  return [...points.values()]
    .map(({ point, turns, reachedBy, texts, prompts }) => {
      point.reached = reachedBy.size;
      point.order = turns.reduce((a, b) => a + b, 0) / turns.length;
      point.prompt = mostCommon(prompts);
      for (const o of point.options) {
        o.text = mostCommon(texts.get(o.key) ?? []) ?? o.text;
        o.students = [...(chosenBy.get(o) ?? [])];
      }
      point.options.sort((a, b) => storyOrder(a.key, b.key));
      return point;
    })
    .sort((a, b) => a.order - b.order || a.key.localeCompare(b.key));
}

/** Options of one decision in the order the story writes them: by their place in the container. */
function storyOrder(a: string, b: string): number {
  const tail = (k: string) => Number(/\.(\d+)$/.exec(k)?.[1] ?? NaN);
  const [x, y] = [tail(a), tail(b)];
  return Number.isNaN(x) || Number.isNaN(y) ? 0 : x - y;
}

function tallyFacts(entries: ClassEntry[], facts: Facts): { facts: FactTally[]; factsNeverMet: Fact[] } {
  const counts = new Map<string, number>();
  const byRole = new Map<string, Map<string, number>>();
  for (const e of entries) {
    for (const key of e.facts) {
      counts.set(key, (counts.get(key) ?? 0) + 1);
      const roles = byRole.get(key) ?? new Map<string, number>();
      roles.set(e.role, (roles.get(e.role) ?? 0) + 1);
      byRole.set(key, roles);
    }
  }
  const tallies = [...counts].map(([key, count]) => ({ key, fact: facts.byKey.get(key) ?? null, count, byRole: byRole.get(key)! }));
  tallies.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  return { facts: tallies, factsNeverMet: [...facts.byKey.values()].filter((f) => !counts.has(f.key)) };
}

/**
 * How evenly a decision split the class: 0 when everyone chose alike, near 1 when spread evenly.
 * Callers leave out decisions the story comes back to (a menu of questions to ask in turn),
 * which look evenly split only because each student tries several options.
 */
export function divided(point: PointTally): number {
  if (point.picks < 2) return 0;
  const top = Math.max(...point.options.map((o) => o.count));
  return 1 - top / point.picks;
}

function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [v, c] of counts) {
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}
