// The shape of the explorer's report: what --json writes (docs/explore.md documents it field
// by field), and what the terminal summary and the HTML report read.

import type { ExploreOptions } from './options.ts';
import type { ExhaustiveResult } from './exhaustive.ts';
import type { FindingKind } from './tally.ts';

/** How a run went, for the report. */
export interface RunInfo {
  seconds: number;
  stopped: null | 'time' | 'states' | 'interrupted';
  exhaustive: ExhaustiveResult | null;
}

export const REPORT_FORMAT = 'caviar-explore';
export const REPORT_VERSION = 1;

/** A way to reproduce something: the seed, then these choices from the start. */
export interface ReportPath {
  seed: number;
  /** index: 0-based as inkjs numbers choices (type index + 1 in `caviar play`). */
  choices: Array<{ index: number; text: string }>;
}

export interface ReportFinding {
  kind: FindingKind;
  message: string;
  inkPath: string | null;
  source: string | null;
  count: number;
  path: ReportPath;
}

export interface ReportEnding {
  kind: 'tag' | 'end' | 'done';
  id: string | null;
  title: string | null;
  inkPath: string | null;
  source: string | null;
  count: number;
  path: ReportPath | null;
}

export interface ReportFlow {
  name: string;
  kind: 'knot' | 'stitch';
  source: string | null;
  visited: boolean;
  visits: number;
  path: ReportPath | null;
}

export interface ReportChoice {
  inkPath: string;
  source: string | null;
  /** The ink source line of the choice, when the source is at hand. */
  line: string | null;
  /** The text ink offered it with, when it was offered. */
  text: string | null;
}

/** A place in the story for coverage: its runtime path, `file:line`, and that line's text. */
interface ReportPlace {
  inkPath: string;
  source: string | null;
  line: string | null;
}

/** A source line that prints text and never did. */
export type ReportLine = ReportPlace;

/**
 * One side of a conditional: a branch (`{x: a | b}`, `{- cond: }`, a switch), its else, or,
 * for a conditional without an else, "none" (tested, and no branch taken); for a conditional
 * choice, offered or hidden (tested and not offered: its condition was false, or it was
 * once-only and already taken).
 */
export interface ReportBranch extends ReportPlace {
  kind: 'branch' | 'else' | 'none' | 'choice-offered' | 'choice-hidden';
  /** 1-based place of a branch in its conditional, and how many branches it has. */
  branch: number | null;
  of: number | null;
  /** The first text the branch prints. */
  text: string | null;
  /** Times this side was taken. */
  count: number;
}

export interface ReportSequenceItem extends ReportPlace {
  kind: 'stopping' | 'cycle' | 'once' | 'shuffle' | 'sequence';
  item: number;
  of: number;
  text: string | null;
  /** Times it was shown. */
  count: number;
}

export interface ReportLineCoverage {
  /** Source lines that print text: how many, how many printed at least once, and the rest. */
  lines: { total: number; printed: number; neverPrinted: ReportLine[] };
  branches: { total: number; taken: number; list: ReportBranch[]; neverTaken: ReportBranch[] };
  sequences: { total: number; shown: number; list: ReportSequenceItem[]; neverShown: ReportSequenceItem[] };
  /** Each source file: [line, times its busiest content ran] for every line holding content. */
  files: Array<{ file: string; lines: Array<[number, number]> }>;
}

export interface ReportCut {
  /** depth, time or states: the bound that cut; interrupted: Ctrl-C (or an aborted run). */
  reason: 'depth' | 'time' | 'states' | 'interrupted';
  /** Random: playthroughs. Exhaustive: choice points not expanded. */
  count: number;
  /** Exhaustive depth/time cuts: choices left untaken at those choice points. */
  choices: number | null;
  /** Knot or stitch -> how many of the cut ones were there. */
  at: Record<string, number>;
  examples: ReportPath[];
}

export interface ExploreReport {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_VERSION;
  story: { file: string; hash: string };
  settings: {
    mode: ExploreOptions['mode'];
    playthroughs: number | null;
    seed: number;
    maxDepth: number;
    timeLimit: number | null;
    workers: number;
    stepLimitMs: number;
    /** The watchdog, in ink steps per step. */
    maxSteps: number;
    maxStates: number | null;
    /** Exhaustive mode: the choices taken before the search (0-based, as in paths); [] from the start. */
    startPath: number[];
  };
  run: {
    seconds: number;
    /** Random mode: playthroughs run. */
    playthroughs: number | null;
    /** Exhaustive mode: distinct choice points, steps merged into a known one, deepest level expanded. */
    states: number | null;
    merged: number | null;
    depth: number | null;
    /** Steps run (from one choice point to the next, an ending or a fault). */
    steps: number;
    stopped: RunInfo['stopped'];
    /** Every branch within the bounds was explored (exhaustive) / every playthrough ran (random). */
    complete: boolean;
  };
  cuts: ReportCut[];
  findings: ReportFinding[];
  endings: { reached: ReportEnding[]; unreached: ReportEnding[] };
  /**
   * total/visited/flows/unvisited: knots and stitches. The rest: lines, branches and sequence
   * items (see ReportLineCoverage), and `items`, everything counted together (knots and
   * stitches, text lines, conditional sides, sequence items, choices offered), which
   * `--fail-on uncovered[=N%]` reads.
   */
  coverage: { total: number; visited: number; flows: ReportFlow[]; unvisited: string[]; items: { total: number; covered: number } } & ReportLineCoverage;
  /** `--goal` expressions: reached (with the shortest path found) or not within the bounds. */
  goals: Array<{ expr: string; reached: boolean; path: ReportPath | null }>;
  choices: { total: number; offered: number; taken: number; neverOffered: ReportChoice[]; neverTaken: ReportChoice[] };
  graph: { nodes: Array<{ id: string; kind: 'knot' | 'stitch' | 'start' | 'top' | 'end' | 'fault'; visited: boolean }>; edges: Array<{ from: string; to: string; count: number }> };
}
