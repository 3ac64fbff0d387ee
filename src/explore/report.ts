// Builds the explorer's report (shape in report-shape.ts) from the workers' merged tally: source
// lines, choice texts, endings never reached, coverage, cuts and the branch graph.

import { displayPath } from '../story/compile.ts';
import { metadataOf } from '../story/metadata.ts';
import type { LoadedStory } from '../story/load.ts';
import type { ExploreOptions } from './options.ts';
import { END_NODE, FAULT_NODE, START, TOP } from './observer.ts';
import { choiceTexts } from './replay.ts';
import { lineCoverage } from './line-coverage.ts';
import { SourceLookup } from './source.ts';
import type { StoryStructure } from './structure.ts';
import { type ExploreReport, REPORT_FORMAT, REPORT_VERSION, type ReportChoice, type ReportCut, type ReportEnding, type ReportFlow, type ReportPath, type RunInfo } from './report-shape.ts';
import type { Cut, FindingKind, Repro, Tally } from './tally.ts';
import { Walker } from './walker.ts';

export type * from './report-shape.ts';

const KIND_ORDER: FindingKind[] = ['error', 'watchdog', 'assert', 'softlock', 'loose-end', 'no-choices', 'warning'];

export function buildReport(story: LoadedStory, structure: StoryStructure, options: ExploreOptions, tally: Tally, info: RunInfo): ExploreReport {
  const source = new SourceLookup(story.sourceMap());
  // Exhaustive paths carry no texts: replay them (one walker, made only when needed).
  let replayer: Walker | null = null;
  const walker = () => (replayer ??= new Walker(story.json, { ms: options.stepLimitMs, steps: options.maxSteps }, false));
  const texts = new Map<string, ReportPath>();
  const pathOf = (r: Repro): ReportPath => {
    const key = `${r.seed}:${r.path.join(',')}`;
    let p = texts.get(key);
    if (!p) {
      const t = r.texts ?? choiceTexts(walker(), r.seed, r.path);
      p = { seed: r.seed, choices: r.path.map((index, i) => ({ index, text: t[i] ?? '?' })) };
      texts.set(key, p);
    }
    return p;
  };

  const findings = [...tally.findings.values()]
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (a.inkPath ?? '').localeCompare(b.inkPath ?? '') || a.message.localeCompare(b.message))
    .map((f) => ({ kind: f.kind, message: f.message, inkPath: f.inkPath, source: source.of(f.inkPath), count: f.count, path: pathOf(f.repro) }));

  const declared = metadataOf(story).endings;
  const reached: ReportEnding[] = [];
  for (const [key, seen] of tally.endings) {
    const [kind, rest] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)] as ['tag' | 'end' | 'done', string];
    const inkPath = kind === 'tag' ? (structure.endingTagAt.get(rest) ?? null) : rest === '?' ? null : rest;
    const title = kind === 'tag' ? (declared.find((e) => e.id === rest)?.title ?? seen.title ?? rest) : null;
    reached.push({ kind, id: kind === 'tag' ? rest : null, title, inkPath, source: source.of(inkPath), count: seen.count, path: pathOf(seen.repro) });
  }
  const order = ['tag', 'end', 'done'];
  reached.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || (a.source ?? a.inkPath ?? '').localeCompare(b.source ?? b.inkPath ?? '', 'en', { numeric: true }));
  const unreached: ReportEnding[] = [
    ...declared
      .filter((e) => !tally.endings.has(`tag:${e.id}`))
      .map((e) => {
        const inkPath = structure.endingTagAt.get(e.id) ?? null;
        return { kind: 'tag' as const, id: e.id, title: e.title, inkPath, source: source.of(inkPath), count: 0, path: null };
      }),
    ...structure.ends
      .filter((at) => !tally.endings.has(`end:${at}`))
      .map((at) => ({ kind: 'end' as const, id: null, title: null, inkPath: at, source: source.of(at), count: 0, path: null })),
  ];

  const stitchesVisited = new Set([...tally.flows.keys()].filter((p) => p.includes('.')).map((p) => p.split('.')[0]!));
  const flows: ReportFlow[] = structure.flows.map((f) => {
    const seen = tally.flows.get(f.path);
    const visited = !!seen || (f.kind === 'knot' && stitchesVisited.has(f.path));
    return { name: f.path, kind: f.kind, source: source.of(f.path), visited, visits: seen?.count ?? 0, path: seen ? pathOf(seen.repro) : null };
  });

  const choice = (inkPath: string): ReportChoice => {
    const src = source.of(inkPath);
    return { inkPath, source: src, line: source.lineText(inkPath), text: tally.offered.get(inkPath) ?? null };
  };
  const playable = structure.choicePoints.filter((c) => !c.invisibleDefault);

  const cuts: ReportCut[] = [];
  const addCut = (reason: ReportCut['reason'], cut: Cut, choices: number | null) => {
    if (cut.count > 0) cuts.push({ reason, count: cut.count, choices, at: Object.fromEntries([...cut.at].sort((a, b) => b[1] - a[1])), examples: cut.examples.map(pathOf) });
  };
  const ex = info.exhaustive;
  addCut('depth', ex ? ex.cuts.depth : tally.cutDepth, ex ? ex.cuts.depth.choices : null);
  const stopReason = info.stopped === 'interrupted' ? 'interrupted' : 'time';
  if (ex) {
    addCut(stopReason, ex.cuts.time, ex.cuts.time.choices);
    addCut('states', ex.cuts.states, null);
  } else if (info.stopped === 'time' || info.stopped === 'interrupted') {
    cuts.push({ reason: stopReason, count: options.playthroughs - tally.runs, choices: null, at: {}, examples: [] });
  }

  const flowKinds = new Map(structure.flows.map((f) => [f.path, f.kind] as const));
  const pseudo = { [START]: 'start', [TOP]: 'top', [END_NODE]: 'end', [FAULT_NODE]: 'fault' } as const;
  const edges = [...tally.edges].map(([k, count]) => {
    const [from, to] = k.split('\t') as [string, string];
    return { from, to, count };
  });
  const inGraph = new Set(edges.flatMap((e) => [e.from, e.to]));
  const nodes = [
    ...[START, TOP].filter((n) => inGraph.has(n)).map((id) => ({ id, kind: pseudo[id as keyof typeof pseudo], visited: true })),
    ...flows.map((f) => ({ id: f.name, kind: flowKinds.get(f.name)!, visited: f.visited })),
    ...[END_NODE, FAULT_NODE].filter((n) => inGraph.has(n)).map((id) => ({ id, kind: pseudo[id as keyof typeof pseudo], visited: true })),
  ];

  const lines = lineCoverage(story.json, source, tally);
  const offered = playable.filter((c) => tally.offered.has(c.path)).length;
  const items = {
    total: flows.length + lines.lines.total + lines.branches.total + lines.sequences.total + playable.length,
    covered: flows.filter((f) => f.visited).length + lines.lines.printed + lines.branches.taken + lines.sequences.shown + offered,
  };

  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    story: { file: displayPath(story.file), hash: story.hash },
    settings: {
      mode: options.mode,
      playthroughs: options.mode === 'random' ? options.playthroughs : null,
      seed: options.seed,
      maxDepth: options.maxDepth,
      timeLimit: options.timeLimitS,
      workers: options.workers,
      stepLimitMs: options.stepLimitMs,
      maxSteps: options.maxSteps,
      maxStates: options.mode === 'exhaustive' ? options.maxStates : null,
      startPath: options.startPath,
    },
    run: {
      seconds: Math.round(info.seconds * 1000) / 1000,
      playthroughs: ex ? null : tally.runs,
      states: ex ? ex.states : null,
      merged: ex ? ex.merged : null,
      depth: ex ? ex.depth : null,
      steps: tally.turns,
      stopped: info.stopped,
      complete: info.stopped === null && cuts.length === 0,
    },
    cuts,
    findings,
    endings: { reached, unreached },
    goals: options.goals.map((expr) => {
      const seen = tally.goals.get(expr);
      return { expr, reached: !!seen, path: seen ? pathOf(seen.repro) : null };
    }),
    coverage: {
      total: flows.length,
      visited: flows.filter((f) => f.visited).length,
      flows,
      unvisited: flows.filter((f) => !f.visited).map((f) => f.name),
      items,
      ...lines,
    },
    choices: {
      total: playable.length,
      offered,
      taken: playable.filter((c) => tally.taken.has(c.path)).length,
      neverOffered: playable.filter((c) => !tally.offered.has(c.path)).map((c) => choice(c.path)),
      neverTaken: playable.filter((c) => tally.offered.has(c.path) && !tally.taken.has(c.path)).map((c) => choice(c.path)),
    },
    graph: { nodes, edges },
  };
}

