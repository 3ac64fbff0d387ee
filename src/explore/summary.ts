// The explorer's terminal summary: what was run, what was cut, findings, endings, coverage and
// choices, each with a way to reproduce it in `caviar play --seed S` (type the numbers shown).

import type { ExploreReport, ReportBranch, ReportCut, ReportPath } from './report.ts';

const LIST_LIMIT = 10;
const PATH_LIMIT = 30;

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** The one command that opens a path in either front end: `caviar play STORY --seed S --path "2 1 3"`. */
export function replayCommand(storyFile: string, p: ReportPath): string {
  const file = /^[\w./-]+$/.test(storyFile) ? storyFile : `'${storyFile.replace(/'/g, `'\\''`)}'`;
  const numbers = p.choices.map((c) => c.index + 1);
  return `caviar play ${file} --seed ${p.seed}${numbers.length ? ` --path "${numbers.join(' ')}"` : ''}`;
}

/** "seed 5, choices 2 1 3": the numbers to type in `caviar play --seed 5`. */
export function formatPath(p: ReportPath): string {
  const numbers = p.choices.map((c) => c.index + 1);
  if (numbers.length === 0) return `seed ${p.seed}, at the start`;
  const shown = numbers.length > PATH_LIMIT ? `${numbers.slice(0, PATH_LIMIT).join(' ')} ... (${numbers.length} choices)` : numbers.join(' ');
  return `seed ${p.seed}, choices ${shown}`;
}

const FINDING_LABEL: Record<string, string> = {
  error: 'runtime error',
  watchdog: 'endless step',
  'loose-end': 'loose end',
  'no-choices': 'no choices',
  warning: 'warning',
  assert: 'assertion failed',
  softlock: 'soft-lock',
};

export function formatSummary(r: ExploreReport): string {
  const out: string[] = [];
  const s = r.settings;
  const what =
    s.mode === 'random'
      ? `random, ${plural(r.run.playthroughs ?? 0, 'playthrough')}${r.run.playthroughs !== s.playthroughs ? ` of ${s.playthroughs}` : ''}`
      : `exhaustive, ${plural(r.run.states ?? 0, 'choice point')} (${plural(r.run.merged ?? 0, 'step')} merged into known ones), depth ${r.run.depth}`;
  out.push(`caviar explore ${r.story.file}: ${what}, seed ${s.seed}, ${r.run.seconds.toFixed(1)} s`);
  if (r.run.stopped === 'interrupted') out.push('Interrupted: the results below cover what ran before.');
  else if (r.run.complete) {
    out.push(s.mode === 'exhaustive' ? 'Complete: every branch was explored.' : `Complete: all ${plural(r.run.playthroughs ?? 0, 'playthrough')} ran, none was cut.`);
  }
  for (const cut of r.cuts) out.push(`Cut: ${describeCut(cut, r)}`);

  out.push('', r.findings.length ? `Findings (${r.findings.length}):` : 'Findings: none.');
  for (const f of r.findings.slice(0, LIST_LIMIT)) {
    out.push(`  ${FINDING_LABEL[f.kind]}${f.source ? ` at ${f.source}` : f.inkPath ? ` at ${f.inkPath}` : ''}: ${f.message}${f.count > 1 ? ` (${f.count}x)` : ''}`);
    out.push(`    reproduce: ${replayCommand(r.story.file, f.path)}`);
  }
  more(out, r.findings.length);

  const tags = r.endings.reached.filter((e) => e.kind === 'tag');
  const unreachedTags = r.endings.unreached.filter((e) => e.kind === 'tag');
  const ends = r.endings.reached.filter((e) => e.kind !== 'tag');
  const tagLine =
    tags.length + unreachedTags.length === 0
      ? 'the story has no `# ending:` tags'
      : `${tags.length} of ${plural(tags.length + unreachedTags.length, 'tagged ending')} reached`;
  out.push('', `Endings: ${tagLine}; the story stopped at ${plural(ends.length, 'END or DONE', 'different ENDs and DONEs')}.`);
  for (const e of tags.slice(0, LIST_LIMIT)) out.push(`  reached ${e.id} "${e.title}" (${e.count}x): ${e.path ? formatPath(e.path) : ''}`);
  for (const e of ends.slice(0, LIST_LIMIT)) out.push(`  stopped at ${e.kind === 'end' ? 'END' : 'DONE'}${e.source ? ` ${e.source}` : e.inkPath ? ` ${e.inkPath}` : ''} (${e.count}x): ${e.path ? formatPath(e.path) : ''}`);
  for (const e of r.endings.unreached.slice(0, LIST_LIMIT)) {
    const where = e.source ?? e.inkPath;
    out.push(`  never reached: ${e.kind === 'tag' ? `ending ${e.id} "${e.title}"` : '-> END'}${where ? ` at ${where}` : ''}`);
  }
  more(out, r.endings.unreached.length);

  if (r.goals.length) {
    out.push('', `Goals: ${r.goals.filter((g) => g.reached).length} of ${r.goals.length} reached.`);
    for (const g of r.goals) {
      out.push(g.reached && g.path ? `  reached "${g.expr}": ${replayCommand(r.story.file, g.path)}` : `  not reached "${g.expr}"${r.run.complete && s.mode === 'exhaustive' ? ': unreachable (every branch was explored)' : ' within the bounds of this run'}`);
    }
  }

  const c = r.coverage;
  out.push('', `Coverage: ${c.visited} of ${plural(c.total, 'knot and stitch', 'knots and stitches')} visited (${percent(c.visited, c.total)}).`);
  const unvisited = c.flows.filter((f) => !f.visited);
  for (const f of unvisited.slice(0, LIST_LIMIT)) out.push(`  never visited: ${f.name}${f.source ? ` (${f.source})` : ''}`);
  more(out, unvisited.length);

  const ch = r.choices;
  out.push('', `Choices: ${ch.offered} of ${ch.total} offered, ${ch.taken} taken.`);
  for (const x of ch.neverOffered.slice(0, LIST_LIMIT)) out.push(`  never offered: ${x.source ?? x.inkPath}${x.line ? `  ${x.line}` : ''}`);
  more(out, ch.neverOffered.length);

  const at = (x: { source: string | null; inkPath: string; line: string | null }) => `${x.source ?? x.inkPath}${x.line ? `  ${x.line}` : ''}`;
  const { lines, branches, sequences, items } = c;
  // A story without conditionals (or sequences) gets no line about them.
  const section = (total: number, head: string, rows: string[]) => {
    if (total === 0) return;
    out.push('', head, ...rows.slice(0, LIST_LIMIT).map((row) => `  ${row}`));
    more(out, rows.length);
  };
  section(lines.total, `Lines: ${lines.printed} of ${plural(lines.total, 'line')} of text printed (${percent(lines.printed, lines.total)}).`, lines.neverPrinted.map((x) => `never printed: ${at(x)}`));
  section(branches.total, `Conditionals: ${branches.taken} of ${plural(branches.total, 'side')} taken (${percent(branches.taken, branches.total)}).`, branches.neverTaken.map((x) => `never ${sideName(x)}: ${at(x)}`));
  section(
    sequences.total,
    `Sequences: ${sequences.shown} of ${plural(sequences.total, 'item')} shown (${percent(sequences.shown, sequences.total)}).`,
    sequences.neverShown.map((x) => `never shown: ${x.kind} item ${x.item} of ${x.of}${x.text ? ` "${x.text}"` : ''} at ${at(x)}`),
  );
  out.push('', `Overall: ${items.covered} of ${plural(items.total, 'coverage item')} covered (${percent(items.covered, items.total)}).`);
  return `${out.join('\n')}\n`;
}

/** Down, not up: 99.6% is not all. */
export function percent(part: number, total: number): string {
  return `${total ? Math.floor((part / total) * 100) : 100}%`;
}

/** What "never ..." a conditional side was: "taken: branch 1 of 2 "text"" and the like. */
export function sideName(b: ReportBranch): string {
  const text = b.text ? ` "${b.text}"` : '';
  switch (b.kind) {
    case 'branch':
      return `taken: branch ${b.branch} of ${b.of}${text}`;
    case 'else':
      return `taken: the else branch${text}`;
    case 'none':
      return `false: ${b.of === 1 ? 'its condition was always true' : 'some branch was always taken'}`;
    case 'choice-offered':
      return 'offered: its condition was always false';
    case 'choice-hidden':
      return 'hidden: its condition was always true';
  }
}

function describeCut(cut: ReportCut, r: ExploreReport): string {
  const where = Object.entries(cut.at)
    .slice(0, 3)
    .map(([flow, n]) => `${flow} ${n}`)
    .join(', ');
  const at = where ? ` (${where}${Object.keys(cut.at).length > 3 ? ', ...' : ''})` : '';
  const example = cut.examples[0] ? `; e.g. ${formatPath(cut.examples[0])}` : '';
  const pending = cut.choices !== null ? ` with ${plural(cut.choices, 'choice')} untaken` : '';
  if (r.settings.mode === 'random') {
    if (cut.reason === 'depth') return `${plural(cut.count, 'playthrough')} stopped at the depth bound of ${plural(r.settings.maxDepth, 'choice')}${at}${example}`;
    const why = cut.reason === 'interrupted' ? 'the run was interrupted' : `the time bound of ${r.settings.timeLimit} s was reached first`;
    return `${plural(cut.count, 'playthrough')} not run: ${why}`;
  }
  if (cut.reason === 'depth') return `${plural(cut.count, 'choice point')} at the depth bound of ${plural(r.settings.maxDepth, 'choice')} not expanded${pending}${at}${example}`;
  if (cut.reason === 'time' || cut.reason === 'interrupted') {
    const why = cut.reason === 'interrupted' ? 'the run was interrupted' : `the time bound of ${r.settings.timeLimit} s was reached`;
    return `${plural(cut.count, 'choice point')} not expanded${pending}: ${why}${at}${example}`;
  }
  return `${plural(cut.count, 'new choice point')} dropped: the bound of ${plural(r.settings.maxStates ?? 0, 'state')} was reached${at}${example}`;
}

function more(out: string[], total: number): void {
  if (total > LIST_LIMIT) out.push(`  ... and ${total - LIST_LIMIT} more (see --json or --html)`);
}
