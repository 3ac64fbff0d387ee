// The branch map of a story, kept across playthroughs and runs in the saves folder: every
// choice point reached (a node per path of choices from the start), the choices taken from it,
// the choices offered there, and where endings were reached.
//
// A node is identified by the path that leads to it (the start knot and the text of every
// choice), so rewinding and taking another branch grows the tree beside the old branch. The
// file is an append-only log of JSON lines: a new node or an ending reached adds one line, so
// recording costs almost nothing per turn, and a crash loses at most the line being written
// (a damaged line is skipped when the map is read).

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ChoiceRecord, SessionState } from '../engine/state.ts';
import { checkInFolder } from '../file-write.ts';
import { readTextFile } from '../json-file.ts';
import { titleSlug } from '../story/title-slug.ts';

export interface MapNode {
  id: string;
  parent: string | null;
  /** The choice that led here from the parent (null for a start). */
  via: { index: number; text: string } | null;
  depth: number;
  /** The first line of the passage shown here. */
  summary: string;
  /** The choices offered here, when first seen. */
  offered: string[];
  /** The seed of the playthrough that first reached this node: replaying with it restores it exactly. */
  seed: number;
  start?: string;
  firstAt: string;
  children: string[];
  /** Endings reached on arriving here: id -> count. */
  endings: Map<string, number>;
}

export interface EndingEvent {
  node: string;
  id: string;
  title: string;
  role?: string;
  at: string;
}

type Record =
  | { k: 'n'; id: string; p: string | null; t: string | null; i: number; d: number; s: string; o: string[]; seed: number; start?: string; at: string }
  | { k: 'e'; n: string; id: string; title: string; role?: string; at: string }
  | { k: 'p'; seed: number; start?: string; at: string };

const ROOT_TEXT = '\u0000start\u0000';

export function nodeId(parent: string | null, text: string): string {
  return crypto.createHash('sha1').update(`${parent ?? ''}\u0000${text}`).digest('hex').slice(0, 16);
}

export function rootId(start?: string): string {
  return nodeId(null, `${ROOT_TEXT}${start ?? ''}`);
}

/** A file name for a story's map inside the saves folder (not a valid slot name, on purpose). */
export function mapFileName(title: string): string {
  return `${titleSlug(title)}.branches.jsonl`;
}

export class BranchMap {
  readonly nodes = new Map<string, MapNode>();
  readonly endingEvents: EndingEvent[] = [];
  playthroughs = 0;
  /** Lines of the file that could not be read (a crash mid-write), skipped. */
  damagedLines = 0;

  private constructor(
    private readonly file: string | null,
    private readonly clock: () => Date,
  ) {}

  /** The map in `file` (created on first write); null keeps it in memory only. */
  static open(file: string | null, clock: () => Date = () => new Date()): BranchMap {
    const map = new BranchMap(file, clock);
    if (!file || !fs.existsSync(file)) return map;
    let text: string;
    try {
      text = readTextFile(file);
    } catch {
      return map; // a pipe, a device or a huge file where the map should be: play on without it
    }
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      let record: Record | null = null;
      try {
        record = readRecord(JSON.parse(line));
      } catch {
        // not JSON: counted below
      }
      // A node must come after its parent (caviar writes them so): a record that is its own
      // parent, or a loop of records, is refused here, so every walk of the map ends.
      if (record && (record.k !== 'n' || record.p === null || map.nodes.has(record.p))) map.apply(record);
      else map.damagedLines++;
    }
    return map;
  }

  /** The one note about lines of the file that were skipped, or null when there were none. */
  damageNote(): string | null {
    const n = this.damagedLines;
    return n ? `The branch map file has ${n} damaged line${n === 1 ? '' : 's'}, skipped: the map shows what could be read.` : null;
  }

  /** Notes that a new playthrough began (for the counts). */
  startPlaythrough(seed: number, start?: string): void {
    this.write({ k: 'p', seed, ...(start ? { start } : {}), at: this.clock().toISOString() });
  }

  /**
   * Records the node of `path` (and any ancestor not yet known), reached with `state`. Returns
   * the node's id. This is how the map catches up after a load, a resume, a jump or a reload,
   * none of which reaches an ending by play: an ending is recorded here only for a story that
   * ends before its first choice (a fresh start); step() records the rest.
   */
  visit(path: readonly ChoiceRecord[], state: SessionState, seed: number, start?: string): string {
    let id = rootId(start);
    const at = this.clock().toISOString();
    if (!this.nodes.has(id)) this.write(this.nodeRecord(id, null, null, 0, path.length === 0 ? state : null, seed, start, at));
    path.forEach((choice, i) => {
      const parent = id;
      id = nodeId(parent, choice.text);
      if (!this.nodes.has(id)) {
        this.write(this.nodeRecord(id, parent, choice, i + 1, i === path.length - 1 ? state : null, seed, start, at));
      }
    });
    if (state.ended && state.ending && path.length === 0 && state.turn === 0) {
      this.write({ k: 'e', n: id, id: state.ending.id, title: state.ending.title, ...(state.status.role ? { role: state.status.role } : {}), at });
    }
    return id;
  }

  /** Records one more step from a known node (the cheap path for each turn of play). */
  step(parent: string, choice: ChoiceRecord, state: SessionState, seed: number, start?: string): string {
    const id = nodeId(parent, choice.text);
    const at = this.clock().toISOString();
    if (!this.nodes.has(id)) this.write(this.nodeRecord(id, parent, choice, choice.turn, state, seed, start, at));
    if (state.ended && state.ending && state.ending.turn === state.turn) {
      this.write({ k: 'e', n: id, id: state.ending.id, title: state.ending.title, ...(state.status.role ? { role: state.status.role } : {}), at });
    }
    return id;
  }

  /** The id of the node a path leads to, whether or not it was ever recorded. */
  idOf(path: readonly Pick<ChoiceRecord, 'text'>[], start?: string): string {
    return path.reduce((id, c) => nodeId(id, c.text), rootId(start));
  }

  /** Texts of the choices taken from a node in any playthrough. */
  taken(id: string): Set<string> {
    const node = this.nodes.get(id);
    return new Set((node?.children ?? []).map((c) => this.nodes.get(c)!.via!.text));
  }

  /** The choices that lead from a start to a node. */
  pathTo(id: string): Array<{ index: number; text: string }> {
    const steps: Array<{ index: number; text: string }> = [];
    // Parents come first in the file, so there is no loop; the bound makes sure of it anyway.
    for (let node = this.nodes.get(id); node?.via && steps.length <= this.nodes.size; node = node.parent ? this.nodes.get(node.parent) : undefined) {
      steps.push(node.via);
    }
    return steps.reverse();
  }

  roots(): MapNode[] {
    return [...this.nodes.values()].filter((n) => n.parent === null);
  }

  private nodeRecord(
    id: string,
    parent: string | null,
    via: ChoiceRecord | null,
    depth: number,
    state: SessionState | null,
    seed: number,
    start: string | undefined,
    at: string,
  ): Record {
    const summary = state?.lines.find((l) => l.text.trim())?.text.trim() ?? '';
    return {
      k: 'n',
      id,
      p: parent,
      t: via?.text ?? null,
      i: via?.index ?? -1,
      d: depth,
      s: summary.length > 90 ? `${summary.slice(0, 89)}…` : summary,
      o: state?.choices.map((c) => c.text) ?? [],
      seed,
      ...(start ? { start } : {}),
      at,
    };
  }

  private write(record: Record): void {
    this.apply(record);
    if (!this.file) return;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      checkInFolder(path.dirname(this.file), this.file, { append: true });
      // A line left unfinished by a crash must not swallow the next record.
      const size = fs.existsSync(this.file) ? fs.statSync(this.file).size : 0;
      const lead = size > 0 && !endsWithNewline(this.file, size) ? '\n' : '';
      fs.appendFileSync(this.file, `${lead}${JSON.stringify(record)}\n`);
    } catch {
      // The map is a convenience: a read-only saves folder must not stop the story.
    }
  }

  private apply(record: Record): void {
    if (record.k === 'p') {
      this.playthroughs++;
    } else if (record.k === 'n') {
      if (this.nodes.has(record.id)) return;
      this.nodes.set(record.id, {
        id: record.id,
        parent: record.p,
        via: record.t === null ? null : { index: record.i, text: record.t },
        depth: record.d,
        summary: record.s,
        offered: record.o,
        seed: record.seed,
        ...(record.start ? { start: record.start } : {}),
        firstAt: record.at,
        children: [],
        endings: new Map(),
      });
      if (record.p) this.nodes.get(record.p)?.children.push(record.id);
    } else if (record.k === 'e') {
      const node = this.nodes.get(record.n);
      node?.endings.set(record.id, (node.endings.get(record.id) ?? 0) + 1);
      this.endingEvents.push({ node: record.n, id: record.id, title: record.title, ...(record.role ? { role: record.role } : {}), at: record.at });
    }
  }
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isOptionalString = (v: unknown) => v === undefined || isString(v);
const isCount = (v: unknown) => Number.isSafeInteger(v);
const isTime = (v: unknown) => isString(v) && v.length <= 40;

/** A line of the file as a record, or null when it is not one caviar wrote (damaged, foreign). */
function readRecord(value: unknown): Record | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const r = value as { [key: string]: unknown };
  const { k } = r;
  if (k === 'p') return typeof r.seed === 'number' && isOptionalString(r.start) && isTime(r.at) ? (r as Record) : null;
  if (k === 'e') return isString(r.n) && isString(r.id) && isString(r.title) && isOptionalString(r.role) && isTime(r.at) ? (r as Record) : null;
  if (k !== 'n') return null;
  const sound =
    isString(r.id) &&
    (r.p === null || isString(r.p)) &&
    r.p !== r.id &&
    // A start has neither a parent nor a choice leading to it; every other point has both.
    (r.t === null) === (r.p === null) &&
    (r.t === null || isString(r.t)) &&
    isCount(r.i) &&
    isCount(r.d) &&
    (r.d as number) >= 0 &&
    isString(r.s) &&
    Array.isArray(r.o) &&
    r.o.every(isString) &&
    typeof r.seed === 'number' &&
    isOptionalString(r.start) &&
    isTime(r.at);
  return sound ? (r as Record) : null;
}

function endsWithNewline(file: string, size: number): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(1);
    fs.readSync(fd, buf, 0, 1, size - 1);
    return buf[0] === 0x0a;
  } finally {
    fs.closeSync(fd);
  }
}
