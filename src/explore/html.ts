// The explorer's standalone HTML report: one file, no scripts or outside assets, readable in
// any browser and fit to attach to a CI run. The branch graph is drawn by graph-svg.ts.

import { escapeHtml as e } from '../escape.ts';
import { graphSvg } from './graph-svg.ts';
import type { ExploreReport, ReportBranch, ReportPath } from './report.ts';
import { percent, sideName } from './summary.ts';

function pathCell(p: ReportPath | null): string {
  if (!p) return '';
  if (p.choices.length === 0) return `<span class="path">seed ${p.seed}, at the start</span>`;
  const steps = p.choices.map((c) => `<li>${c.index + 1}) ${e(c.text)}</li>`).join('');
  const typed = p.choices.map((c) => c.index + 1).join(' ');
  const n = p.choices.length;
  return `<details><summary>seed ${p.seed}, ${n} choice${n === 1 ? '' : 's'}</summary><div class="typed">type: ${typed}</div><ol class="steps">${steps}</ol></details>`;
}

/** "story/part.ink:12" shown as "part.ink:12", the whole path on hover. */
function where(source: string | null, inkPath: string | null): string {
  if (!source) return e(inkPath ?? '');
  const short = source.split(/[\\/]/).at(-1)!;
  return `<span title="${e(source)}${inkPath ? ` (${e(inkPath)})` : ''}">${e(short)}</span>`;
}

function table(head: string[], rows: string[][], empty: string): string {
  if (rows.length === 0) return `<p class="none">${e(empty)}</p>`;
  const th = head.map((h) => `<th>${e(h)}</th>`).join('');
  return `<table><thead><tr>${th}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`;
}

const STYLE = `
body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:72em;padding:0 1em;color:#222}
h1{font-size:1.5em}h2{margin-top:2em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{text-align:left;padding:.25em .5em;border-bottom:1px solid #eee;vertical-align:top}
th{background:#f4f4f4}.none{color:#666;font-style:italic}.path{color:#444}
.kind{font-weight:600}.error,.watchdog{color:#b00020}.loose-end,.no-choices,.softlock{color:#a05000}.warning{color:#776000}
.yes{color:#16702e}.no{color:#b00020}code{background:#f4f4f4;padding:0 .2em}
.stat{display:inline-block;margin:0 1.5em .5em 0}.stat b{font-size:1.3em;display:block}
.src{font:13px/1.35 monospace;border-collapse:collapse;width:auto}.src td{border:0;padding:0 .6em;white-space:pre}
.src .n,.src .h{text-align:right;color:#777;user-select:none}.src tr.hit{background:#eef8ee}.src tr.miss{background:#fbe3e3}.src tr.miss .h{color:#b00020;font-weight:600}
.graph{overflow:auto;border:1px solid #ddd;background:#fcfcfc;max-height:80vh}details summary{cursor:pointer;white-space:nowrap}
ol.steps{margin:.2em 0;padding-left:1.5em}.typed{color:#555;font-family:monospace;font-size:.9em;max-width:30em;overflow-wrap:anywhere}
`;

/**
 * Each source file with the times each line ran, like a code coverage report: green lines ran,
 * red lines hold content that never ran, the rest hold none. `sourceText` gives a file's text
 * by the name the report uses; a file it cannot give is listed by its counts alone.
 */
function sourceView(r: ExploreReport, sourceText: (file: string) => string | null): string {
  return r.coverage.files
    .map(({ file, lines }, f) => {
      const hits = new Map(lines);
      const text = sourceText(file);
      const rows = (text === null ? lines.map(([n]) => [n, '']) : text.split(/\r?\n/).map((line, i) => [i + 1, line] as const)).map(([n, line]) => {
        const h = hits.get(n as number);
        const cls = h === undefined ? '' : h > 0 ? ' class="hit"' : ' class="miss"';
        return `<tr${cls} id="F${f}L${n}"><td class="n">${n}</td><td class="h">${h === undefined ? '' : h}</td><td>${e(String(line))}</td></tr>`;
      });
      const missed = lines.filter(([, h]) => h === 0).length;
      return `<details open><summary>${e(file)}: ${lines.length - missed} of ${lines.length} lines with content ran</summary><table class="src">${rows.join('')}</table></details>`;
    })
    .join('\n');
}

export function renderHtml(r: ExploreReport, sourceText: (file: string) => string | null = () => null): string {
  const s = r.settings;
  const runLine =
    s.mode === 'random'
      ? `${r.run.playthroughs} random playthroughs`
      : `${r.run.states} distinct choice points, ${r.run.merged} steps merged, depth ${r.run.depth}`;
  const status = r.run.complete ? 'complete' : r.run.stopped === 'interrupted' ? 'interrupted' : 'cut (see below)';
  const stats = [
    ['findings', r.findings.length],
    ['tagged endings reached', `${r.endings.reached.filter((x) => x.kind === 'tag').length} / ${r.endings.reached.filter((x) => x.kind === 'tag').length + r.endings.unreached.filter((x) => x.kind === 'tag').length}`],
    ['knots and stitches visited', `${r.coverage.visited} / ${r.coverage.total}`],
    ['choices offered', `${r.choices.offered} / ${r.choices.total}`],
    ['lines of text printed', `${r.coverage.lines.printed} / ${r.coverage.lines.total}`],
    ['conditional sides taken', `${r.coverage.branches.taken} / ${r.coverage.branches.total}`],
    ['sequence items shown', `${r.coverage.sequences.shown} / ${r.coverage.sequences.total}`],
    ['covered overall', percent(r.coverage.items.covered, r.coverage.items.total)],
  ]
    .map(([label, value]) => `<span class="stat"><b>${e(String(value))}</b>${e(String(label))}</span>`)
    .join('');

  const cuts = r.cuts.map((c) => [
    e(c.reason),
    String(c.count) + (c.choices !== null ? ` (${c.choices} choices untaken)` : ''),
    e(Object.entries(c.at).map(([k, v]) => `${k} ${v}`).join(', ')),
    c.examples.map(pathCell).join(''),
  ]);
  const findings = r.findings.map((f) => [
    `<span class="kind ${f.kind}">${e(f.kind)}</span>`,
    where(f.source, f.inkPath),
    e(f.message),
    String(f.count),
    pathCell(f.path),
  ]);
  const reached = r.endings.reached.map((x) => [
    e(x.kind === 'tag' ? `# ending: ${x.id}` : x.kind === 'end' ? '-> END' : '-> DONE'),
    e(x.title ?? ''),
    where(x.source, x.inkPath),
    String(x.count),
    pathCell(x.path),
  ]);
  const unreached = r.endings.unreached.map((x) => [e(x.kind === 'tag' ? `# ending: ${x.id}` : '-> END'), e(x.title ?? ''), where(x.source, x.inkPath)]);
  const flows = r.coverage.flows.map((f) => [
    e(f.name),
    e(f.kind),
    f.visited ? '<span class="yes">yes</span>' : '<span class="no">never</span>',
    String(f.visits),
    where(f.source, null),
    pathCell(f.path),
  ]);
  const c = r.coverage;
  const place = (x: { source: string | null; inkPath: string; line: string | null }) => [where(x.source, x.inkPath), x.line ? `<code>${e(x.line)}</code>` : ''];
  const lineRows = c.lines.neverPrinted.map(place);
  const branchRows = c.branches.neverTaken.map((b: ReportBranch) => [...place(b), e(`never ${sideName(b)}`)]);
  const sequenceRows = c.sequences.neverShown.map((x) => [...place(x), e(`${x.kind} item ${x.item} of ${x.of}${x.text ? `: "${x.text}"` : ''}`)]);
  const choiceRows = (list: ExploreReport['choices']['neverOffered']) =>
    list.map((c) => [where(c.source, c.inkPath), c.line ? `<code>${e(c.line)}</code>` : e(c.text ?? '')]);

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>caviar explore: ${e(r.story.file)}</title><style>${STYLE}</style></head><body>
<h1>caviar explore: ${e(r.story.file)}</h1>
<p>${e(runLine)} in ${r.run.seconds.toFixed(1)} s, seed ${s.seed}, ${e(status)}. Settings: max depth ${s.maxDepth}, time limit ${s.timeLimit ?? 'none'}${s.timeLimit ? ' s' : ''}, step limit ${s.maxSteps.toLocaleString('en')} ink steps (backstop ${s.stepLimitMs} ms), ${s.workers || 'no'} worker threads.
To reproduce a path: <code>caviar play ${e(r.story.file)} --seed S</code> and type the numbers shown.</p>
<p>${stats}</p>
${r.cuts.length ? `<h2>What was cut</h2>${table(['bound', 'count', 'where', 'examples'], cuts, '')}` : ''}
<h2>Findings</h2>
${table(['kind', 'where', 'message', 'times', 'reproduce'], findings, 'No runtime errors, warnings, loose ends or endless steps were met.')}
<h2>Endings</h2>
${table(['ending', 'title', 'where', 'times', 'reproduce'], reached, 'No ending was reached.')}
<h3>Never reached</h3>
${table(['ending', 'title', 'where'], unreached, 'Every ending was reached.')}
<h2>Coverage of knots and stitches</h2>
${table(['name', 'kind', 'visited', r.settings.mode === 'random' ? 'playthroughs' : 'steps', 'source', 'a way there'], flows, 'The story has no knots.')}
<h2>Choices never offered</h2>
${table(['where', 'choice'], choiceRows(r.choices.neverOffered), 'Every choice was offered.')}
${r.choices.neverTaken.length ? `<h2>Choices offered but never taken</h2>${table(['where', 'choice'], choiceRows(r.choices.neverTaken), '')}` : ''}
<h2>Lines of text never printed</h2>
${table(['where', 'line'], lineRows, 'Every line of text was printed.')}
<h2>Conditional sides never taken</h2>
${table(['where', 'line', 'side'], branchRows, 'Every side of every conditional was taken.')}
<h2>Sequence items never shown</h2>
${table(['where', 'line', 'item'], sequenceRows, 'Every item of every sequence, cycle and shuffle was shown.')}
<h2>Source, with the times each line ran</h2>
<p>Green: ran. Red: holds content that never ran. ${r.settings.mode === 'random' ? 'Counts are over all playthroughs.' : 'Counts are over the steps explored (a step merged into a known choice point is not run again).'}</p>
${sourceView(r, sourceText) || '<p class="none">No source map: the story was loaded from compiled JSON.</p>'}
<h2>Branch graph</h2>
<p>Knots and stitches where choices were offered, and how the explored branches went from one to the next (thicker: more often). Grey: never visited.</p>
<div class="graph">${graphSvg(r.graph)}</div>
</body></html>
`;
}
