// The explorer's report on stdout in forms other than the terminal summary: NDJSON (one JSON
// object a line, for tools that stream: jq, log collectors) and Markdown (a CI job's summary
// page). Both carry the command that opens each path.

import { escapeMarkdown } from '../escape.ts';
import type { ExploreReport, ReportPath } from './report.ts';
import { percent, replayCommand, sideName } from './summary.ts';

export const FORMATS = ['text', 'ndjson', 'markdown'] as const;

export function renderNdjson(r: ExploreReport): string {
  const open = (p: ReportPath | null) => (p ? { command: replayCommand(r.story.file, p) } : {});
  const lines: object[] = [
    { type: 'run', story: r.story, settings: r.settings, run: r.run },
    ...r.findings.map((f) => ({ type: 'finding', ...f, ...open(f.path) })),
    ...r.endings.reached.map((e) => ({ type: 'ending', reached: true, ...e, ...open(e.path) })),
    ...r.endings.unreached.map((e) => ({ type: 'ending', reached: false, ...e })),
    ...r.goals.map((g) => ({ type: 'goal', ...g, ...open(g.path) })),
    ...r.coverage.flows.map((f) => ({ type: 'flow', ...f })),
    ...r.choices.neverOffered.map((c) => ({ type: 'choice', offered: false, ...c })),
    ...r.coverage.lines.neverPrinted.map((l) => ({ type: 'line', printed: false, ...l })),
    ...r.coverage.branches.neverTaken.map((b) => ({ type: 'branch', taken: false, ...b })),
    ...r.coverage.sequences.neverShown.map((x) => ({ type: 'sequence-item', shown: false, ...x })),
    ...r.cuts.map((c) => ({ type: 'cut', ...c })),
    {
      type: 'totals',
      coverage: { total: r.coverage.total, visited: r.coverage.visited },
      choices: { total: r.choices.total, offered: r.choices.offered, taken: r.choices.taken },
      lines: { total: r.coverage.lines.total, printed: r.coverage.lines.printed },
      branches: { total: r.coverage.branches.total, taken: r.coverage.branches.taken },
      sequences: { total: r.coverage.sequences.total, shown: r.coverage.sequences.shown },
      items: r.coverage.items,
    },
  ];
  return lines.map((l) => `${JSON.stringify(l)}\n`).join('');
}

export function renderMarkdown(r: ExploreReport): string {
  const m = escapeMarkdown;
  const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;
  const out: string[] = [`# caviar explore: ${m(r.story.file)}`, ''];
  out.push(
    `${r.settings.mode}, seed ${r.settings.seed}, ${r.run.seconds.toFixed(1)} s: ${r.run.complete ? 'complete' : `cut short (${r.cuts.map((c) => c.reason).join(', ') || r.run.stopped})`}.`,
    '',
  );
  out.push(`## Findings (${r.findings.length})`, '');
  if (!r.findings.length) out.push('None.', '');
  else {
    out.push('| kind | where | message | reproduce |', '|---|---|---|---|');
    for (const f of r.findings) out.push(`| ${f.kind} | ${m(f.source ?? f.inkPath ?? '')} | ${m(f.message)} | ${code(replayCommand(r.story.file, f.path))} |`);
    out.push('');
  }
  if (r.goals.length) {
    out.push('## Goals', '');
    for (const g of r.goals) out.push(`- ${code(g.expr)}: ${g.reached && g.path ? `reached, ${code(replayCommand(r.story.file, g.path))}` : 'not reached'}`);
    out.push('');
  }
  const tags = r.endings.reached.filter((e) => e.kind === 'tag');
  out.push(`## Endings`, '', `${tags.length} of ${tags.length + r.endings.unreached.filter((e) => e.kind === 'tag').length} tagged endings reached.`, '');
  for (const e of r.endings.unreached) out.push(`- never reached: ${m(e.kind === 'tag' ? `${e.id} "${e.title}"` : '-> END')}${e.source ? ` at ${m(e.source)}` : ''}`);
  const pct = r.coverage.total ? Math.floor((r.coverage.visited / r.coverage.total) * 100) : 100;
  out.push('', '## Coverage', '', `${r.coverage.visited} of ${r.coverage.total} knots and stitches visited (${pct}%); ${r.choices.offered} of ${r.choices.total} choices offered.`, '');
  for (const f of r.coverage.flows.filter((x) => !x.visited)) out.push(`- never visited: ${m(f.name)}${f.source ? ` (${m(f.source)})` : ''}`);
  for (const c of r.choices.neverOffered) out.push(`- never offered: ${m(c.source ?? c.inkPath)}${c.line ? ` ${code(c.line.trim())}` : ''}`);
  const { lines, branches, sequences, items } = r.coverage;
  out.push(
    '',
    `${lines.printed} of ${lines.total} lines of text printed, ${branches.taken} of ${branches.total} conditional sides taken, ` +
      `${sequences.shown} of ${sequences.total} sequence items shown; ${percent(items.covered, items.total)} of all coverage items.`,
    '',
  );
  const at = (x: { source: string | null; inkPath: string; line: string | null }) => `${m(x.source ?? x.inkPath)}${x.line ? ` ${code(x.line.trim())}` : ''}`;
  for (const x of lines.neverPrinted) out.push(`- never printed: ${at(x)}`);
  for (const x of branches.neverTaken) out.push(`- never ${m(sideName(x))}: ${at(x)}`);
  for (const x of sequences.neverShown) out.push(`- never shown: ${m(`${x.kind} item ${x.item} of ${x.of}`)}: ${at(x)}`);
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
