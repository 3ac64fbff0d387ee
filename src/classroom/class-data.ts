// A class's hand-ins, gathered and counted: every save or transcript under a folder, rebuilt on
// the story, then tallied per role and per decision point (how the class chose), with the
// endings reached, the objectives met and the facts met. A file that cannot be used is listed
// with the reason, never fatal.

import fs from 'node:fs';
import path from 'node:path';
import type { Ending, Status } from '../engine/state.ts';
import { messageOf } from '../errors.ts';
import type { LoadedStory } from '../story/load.ts';
import type { DebriefFact } from './debrief.ts';
import type { Fact, Facts, Uncertain } from './facts.ts';
import { type HandIn, HandInError } from './handin.ts';
import type { Decision, Playthrough } from './playthrough.ts';
import { parseTag, splitIdAndTitle } from '../story/tags.ts';
import { HANDIN_EXTENSIONS, type HandInKind, readHandInFile } from './read-handin.ts';
import { type Rebuilt, rebuildChecked } from './rebuild.ts';
import type { TableCrossing } from './table.ts';
import { metadataOf } from '../story/metadata.ts';

export interface ClassEntry {
  /** Where it was read: a file relative to the folder read, or a live class's seat. */
  file: string;
  kind: HandInKind | 'seat';
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
  /** Points met that are not documented, by their certainty. */
  uncertain: Record<Uncertain, number>;
  fictionLines: number;
  otherVersion: boolean;
  decisions: Decision[];
  /** Every ending reached on the way, with the number of choices made before it (choices may follow one). */
  endingsOnPath: Array<{ turn: number; id: string; title: string }>;
  /** When the playthrough was started and last played (ISO), as its hand-in records them. */
  startedAt: string | null;
  updatedAt: string | null;
  /** Where the story stands at the end of the record (date and place): the scene an unfinished student reached. */
  scene: Status;
  /** In a live class, what tablemates' choices did to this story. */
  crossings: TableCrossing[];
}

/** A crossing one student's story showed: from which seat to which. */
export interface CrossingRow {
  crossing: TableCrossing;
  to: ClassEntry;
  /** The student who set it, when their playthrough is in the report too. */
  from: ClassEntry | null;
}

/** Students joined by crossings, in the order the report lists students: one table of a live class. */
export interface TableTally {
  number: number;
  members: ClassEntry[];
  crossings: CrossingRow[];
}

export interface Skipped {
  file: string;
  reason: string;
}

export interface OptionTally {
  key: string;
  text: string;
  /** Students whose (last) choice here this was. */
  count: number;
  /** Their names (the file, for a hand-in without one). */
  students: string[];
  who: ClassEntry[];
}

export interface PointTally {
  key: string;
  knot: string;
  prompt: string | null;
  status: Status;
  /** Students who reached this decision; each counts once, with their last choice. */
  reached: number;
  /** Choices made here (more than `reached` where a story comes back to a decision). */
  picks: number;
  options: OptionTally[];
  /** The average turn it was reached at: the order decisions are shown in. */
  order: number;
}

/** A key decision (`# decision: ID summary`): its options counted once per student, with what followed. */
export interface KeyTally extends PointTally {
  id: string;
  summary: string;
  /** The options chosen by the most students, when more than one: a tie. */
  tied: string[];
  /** Per option key: how many who chose it reached each ending (by ending title; '' not finished). */
  byEnding: Map<string, Map<string, number>>;
  /** Per option key: the objective met / not met / not known, among those who finished. */
  byObjective: Map<string, { met: number; notMet: number }>;
}

export interface EndingTally {
  id: string;
  title: string;
  count: number;
}

export interface RoleTally {
  id: string;
  name: string;
  entries: ClassEntry[];
  /** Most reached first; `tied` holds the titles sharing the top count when more than one does. */
  endings: EndingTally[];
  tiedEndings: string[];
  unfinished: number;
  objective: { met: number; notMet: number; unrecorded: number };
  /** The story's key decisions, in the order students reached them. */
  keys: KeyTally[];
  /** Every decision with more than one option (`--all`). */
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
  /** Things the teacher should know that are not failures (a file holding another student's playthrough). */
  warnings: string[];
  roles: RoleTally[];
  facts: FactTally[];
  /** Facts of the facts file that no playthrough met. */
  factsNeverMet: Fact[];
  factsFile: Facts;
  /** The tables whose students' stories crossed (none outside a live class). */
  tables: TableTally[];
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

/** One playthrough to count: a hand-in file, or a seat of a live class. */
export interface ClassInput {
  /** How the report names it: a file relative to the folder, or "seat NAME". */
  label: string;
  /** Throws HandInError (one sentence) when it cannot be used. */
  read: () => { kind: HandInKind | 'seat'; handIn: HandIn };
}

/** caviar's own files in a save folder that are no hand-in (branch maps, its lock files): passed over silently. */
const OWN_FILES = /\.branches\.jsonl$|\.json\.\d+$/i;

/** Every hand-in file of a folder as an input; files that are plainly no hand-in are listed as skipped. */
export function folderInputs(dir: string, options: GatherOptions = {}): { inputs: ClassInput[]; skipped: Skipped[] } {
  const ignore = new Set((options.ignore ?? []).map((f) => path.resolve(f)));
  const inputs: ClassInput[] = [];
  const skipped: Skipped[] = [];
  for (const full of handInCandidates(dir)) {
    if (ignore.has(path.resolve(full)) || OWN_FILES.test(full)) continue;
    const label = path.relative(dir, full) || path.basename(full);
    if (!HANDIN_EXTENSIONS.includes(path.extname(full).toLowerCase())) skipped.push({ file: label, reason: 'not a save (.json) or a transcript (.md, .html)' });
    else inputs.push({ label, read: () => readHandInFile(full) });
  }
  return { inputs, skipped };
}

export function gatherClass(dir: string, story: LoadedStory, facts: Facts, options: GatherOptions = {}): ClassData {
  const { inputs, skipped } = folderInputs(dir, options);
  return gatherInputs(inputs, story, facts, skipped);
}

/**
 * Playthroughs rebuilt by an earlier gathering, by what was replayed (story, seed, student, choices):
 * a live class's projector gathers the class again and again, and only a seat that moved since is
 * replayed. Entries not met in a gathering are dropped from it.
 */
export type RebuildCache = Map<string, Rebuilt>;

export function gatherInputs(inputs: ClassInput[], story: LoadedStory, facts: Facts, skippedBefore: Skipped[] = [], cache?: RebuildCache): ClassData {
  const entries: ClassEntry[] = [];
  const used = new Set<string>();
  const skipped = [...skippedBefore];
  const seen = new Map<string, string>();
  let storyTitle: string | null = null;
  for (const input of inputs) {
    const file = input.label;
    try {
      const { kind, handIn } = input.read();
      const same = JSON.stringify([handIn.story.hash, handIn.seed, handIn.start ?? '', handIn.student ?? '', handIn.choices]);
      if (seen.has(same)) {
        skipped.push({ file, reason: `the same playthrough as ${seen.get(same)} (counted once)` });
        continue;
      }
      const rebuilt = cache?.get(same) ?? rebuildChecked(story, handIn, facts);
      cache?.set(same, rebuilt);
      used.add(same);
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
        uncertain: countUncertain(p.debrief.uncertain),
        fictionLines: p.final.fictionLines,
        otherVersion: p.otherVersion,
        decisions: p.decisions,
        endingsOnPath: endingsOnPath(p),
        startedAt: handIn.createdAt ?? null,
        updatedAt: handIn.updatedAt ?? null,
        scene: p.final.status,
        crossings: p.crossings,
      });
    } catch (error) {
      skipped.push({ file, reason: error instanceof HandInError ? error.message : `it could not be read: ${messageOf(error)}` });
    }
  }
  for (const key of cache?.keys() ?? []) if (!used.has(key)) cache!.delete(key);
  const warnings: string[] = [];
  const counted = oneEach(entries, skipped, warnings);
  skipped.sort((a, b) => a.file.localeCompare(b.file));
  return {
    storyTitle: storyTitle ?? titleFallback(story),
    storyHash: story.hash,
    entries: counted,
    skipped,
    warnings,
    roles: tallyRoles(counted, metadataOf(story).roles.map((r) => r.id)),
    ...tallyFacts(counted, facts),
    factsFile: facts,
    tables: tallyTables(counted),
  };
}

/**
 * The crossings, table by table. A seat's value names its setter as the room labels seats,
 * "Name (role)"; the students a crossing links are one table. Hand-in files carry no table
 * number, so tables are told apart by who crossed whom, and read the same from either source.
 */
function tallyTables(entries: ClassEntry[]): TableTally[] {
  const byLabel = new Map<string, ClassEntry>();
  for (const e of entries) if (e.student) byLabel.set(e.role ? `${e.student} (${e.role})` : e.student, e);
  const rows: CrossingRow[] = entries.flatMap((to) => to.crossings.map((crossing) => ({ crossing, to, from: crossing.from === null ? null : (byLabel.get(crossing.from) ?? null) })));
  const table = new Map<ClassEntry, ClassEntry>();
  const root = (e: ClassEntry): ClassEntry => {
    let r = e;
    while (table.get(r) !== r) r = table.get(r)!;
    return r;
  };
  for (const row of rows) {
    for (const e of [row.to, row.from]) if (e && !table.has(e)) table.set(e, e);
    if (row.from) table.set(root(row.from), root(row.to));
  }
  const tallies = new Map<ClassEntry, TableTally>();
  for (const e of entries) {
    if (!table.has(e)) continue;
    const r = root(e);
    let t = tallies.get(r);
    if (!t) tallies.set(r, (t = { number: tallies.size + 1, members: [], crossings: [] }));
    t.members.push(e);
  }
  for (const row of rows) tallies.get(root(row.to))!.crossings.push(row);
  return [...tallies.values()];
}

/** A name as it may appear in a file name: lower case, letters and digits only. */
const slug = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * One playthrough per student: when several hand-ins carry the same student name (a renamed
 * copy of a classmate's transcript, an earlier attempt), the one whose file (or folder) is named
 * after the student counts, else a finished one, else the one played last. The others are listed
 * as not included, and a file named after another student than the one inside it is a warning.
 */
function oneEach(entries: ClassEntry[], skipped: Skipped[], warnings: string[]): ClassEntry[] {
  const byName = new Map<string, ClassEntry[]>();
  for (const e of entries) if (e.student) byName.set(e.student.toLowerCase(), [...(byName.get(e.student.toLowerCase()) ?? []), e]);
  const drop = new Set<ClassEntry>();
  for (const list of byName.values()) {
    if (list.length < 2) continue;
    const named = (e: ClassEntry) => e.kind === 'seat' || slug(e.file).includes(slug(e.student!));
    const rank = (e: ClassEntry) => [named(e) ? 1 : 0, e.ended ? 1 : 0, Date.parse(e.updatedAt ?? '') || 0];
    const best = [...list].sort((a, b) => {
      const [x, y] = [rank(a), rank(b)];
      return y[0]! - x[0]! || y[1]! - x[1]! || y[2]! - x[2]!;
    })[0]!;
    for (const e of list) {
      if (e === best) continue;
      drop.add(e);
      skipped.push({ file: e.file, reason: `another playthrough of ${e.student}, who is counted once (from ${best.file})` });
      if (!named(e)) warnings.push(`${e.file} holds the playthrough of ${e.student} (the name inside the file), not of the student its name suggests; ${best.file} is counted for ${e.student}`);
    }
  }
  return entries.filter((e) => !drop.has(e));
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
      const endings = new Map<string, EndingTally>();
      for (const e of list) {
        if (!e.ending) continue;
        const t = endings.get(e.ending.id) ?? { id: e.ending.id, title: e.ending.title, count: 0 };
        t.count++;
        endings.set(e.ending.id, t);
      }
      const sorted = [...endings.values()].sort((a, b) => b.count - a.count || a.title.localeCompare(b.title));
      return {
        id,
        name: mostCommon(list.map((e) => e.roleName)) ?? id,
        entries: list,
        endings: sorted,
        tiedEndings: tiedAtTop(sorted.map((e) => ({ name: e.title, count: e.count }))),
        unfinished: list.filter((e) => !e.ended).length,
        objective: {
          met: list.filter((e) => e.ended && e.objectiveMet === true).length,
          notMet: list.filter((e) => e.ended && e.objectiveMet === false).length,
          unrecorded: list.filter((e) => e.ended && e.objectiveMet === null).length,
        },
        keys: tallyKeys(list),
        points: tallyPoints(list, (d) => (d.offered.length < 2 ? null : d.point)),
      };
    });
}

/** The names sharing the highest count, when more than one does (and the count is not 0). */
function tiedAtTop(items: Array<{ name: string; count: number }>): string[] {
  const top = Math.max(0, ...items.map((i) => i.count));
  const at = items.filter((i) => i.count === top);
  return top > 0 && at.length > 1 ? at.map((i) => i.name) : [];
}

interface Acc {
  point: PointTally;
  turns: number[];
  texts: Map<string, string[]>;
  prompts: string[];
  /** Each student's last decision here. */
  last: Map<ClassEntry, Decision>;
}

/**
 * Decisions grouped by `keyOf` (null: left out), each student counted once, with the choice
 * they made there last: a student the story brings back to a decision is one student, not
 * several choices.
 */
function accumulate(entries: ClassEntry[], keyOf: (d: Decision) => string | null): Acc[] {
  const points = new Map<string, Acc>();
  for (const e of entries) {
    for (const d of e.decisions) {
      const key = keyOf(d);
      if (key === null) continue;
      let acc = points.get(key);
      if (!acc) {
        acc = {
          point: { key, knot: d.knot, prompt: null, status: d.status, reached: 0, picks: 0, options: [], order: 0 },
          turns: [],
          texts: new Map(),
          prompts: [],
          last: new Map(),
        };
        points.set(key, acc);
      }
      if (!acc.last.has(e)) acc.turns.push(d.turn);
      acc.last.set(e, d);
      if (d.prompt) acc.prompts.push(d.prompt);
      acc.point.picks++;
      for (const o of d.offered) {
        if (!acc.point.options.some((x) => x.key === o.key)) acc.point.options.push({ key: o.key, text: o.text, count: 0, students: [], who: [] });
        // Pushed, never copied: a point a playthrough comes back to 100,000 times stays linear.
        const texts = acc.texts.get(o.key);
        if (texts) texts.push(o.text);
        else acc.texts.set(o.key, [o.text]);
      }
    }
  }
  const list = [...points.values()];
  for (const { point, turns, texts, prompts, last } of list) {
    for (const [e, d] of last) {
      const option = point.options.find((o) => o.key === d.offered[d.chosen]?.key);
      if (!option) continue;
      option.count++;
      option.students.push(e.student ?? e.file);
      option.who.push(e);
    }
    point.reached = last.size;
    point.order = turns.reduce((a, b) => a + b, 0) / turns.length;
    point.prompt = mostCommon(prompts);
    for (const o of point.options) o.text = mostCommon(texts.get(o.key) ?? []) ?? o.text;
    point.options.sort((a, b) => storyOrder(a.key, b.key));
  }
  return list.sort((a, b) => a.point.order - b.point.order || a.point.key.localeCompare(b.point.key));
}

function tallyPoints(entries: ClassEntry[], keyOf: (d: Decision) => string | null): PointTally[] {
  return accumulate(entries, keyOf).map((a) => a.point);
}

function tallyKeys(entries: ClassEntry[]): KeyTally[] {
  return accumulate(entries, (d) => (d.marked ? d.marked.id : null)).map(({ point, last }) => {
    const byEnding = new Map<string, Map<string, number>>();
    const byObjective = new Map<string, { met: number; notMet: number }>();
    for (const [e, d] of last) {
      const option = d.offered[d.chosen]?.key ?? '';
      const endings = byEnding.get(option) ?? new Map<string, number>();
      const ending = e.ending?.title ?? (e.ended ? 'no named ending' : '');
      endings.set(ending, (endings.get(ending) ?? 0) + 1);
      byEnding.set(option, endings);
      const o = byObjective.get(option) ?? { met: 0, notMet: 0 };
      if (e.ended && e.objectiveMet === true) o.met++;
      if (e.ended && e.objectiveMet === false) o.notMet++;
      byObjective.set(option, o);
    }
    const marked = [...last.values()].find((d) => d.marked)!.marked!;
    return {
      ...point,
      id: marked.id,
      summary: marked.summary,
      tied: tiedAtTop(point.options.map((o) => ({ name: o.text, count: o.count }))),
      byEnding,
      byObjective,
    };
  });
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

function countUncertain(facts: DebriefFact[]): ClassEntry['uncertain'] {
  const n = { disputed: 0, unconfirmed: 0, unknown: 0 };
  for (const f of facts) if (f.certainty !== 'documented') n[f.certainty]++;
  return n;
}

/** Every fact a student met, whatever its certainty. */
export function factsMetBy(e: ClassEntry): number {
  return e.documented + e.uncertain.disputed + e.uncertain.unconfirmed + e.uncertain.unknown;
}

function endingsOnPath(p: Playthrough): ClassEntry['endingsOnPath'] {
  const found: ClassEntry['endingsOnPath'] = [];
  for (const passage of p.passages) {
    for (const line of passage.lines) {
      for (const raw of line.tags) {
        const tag = parseTag(raw);
        if (tag.key !== 'ending') continue;
        const { id, title } = splitIdAndTitle(tag.value);
        if (id) found.push({ turn: passage.decision?.turn ?? 0, id, title: title || id });
      }
    }
  }
  return found;
}
