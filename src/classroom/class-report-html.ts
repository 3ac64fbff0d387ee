// The class report as one print-ready HTML page: per role, how the class chose at each decision
// (bars as inline SVG, names under each option), the endings reached, the objectives met, the
// facts met, a table of students, and the files left out. Every piece of text is escaped: names
// and file names come from students, prompts and options from the story.

import type { ClassData, PointTally, RoleTally } from './class-data.ts';
import { divided } from './class-data.ts';
import { escapeHtml as h } from '../escape.ts';
import { htmlPage, type PageTheme } from './page.ts';
import { barSvg } from './svg.ts';

export interface ReportContext {
  /** The folder read, as the teacher named it. */
  dir: string;
  generatedAt: Date;
  theme: PageTheme;
  noColor: boolean;
}

const pct = (n: number, of: number) => (of ? `${Math.round((100 * n) / of)}%` : '–');
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function classReportHtml(data: ClassData, ctx: ReportContext): string {
  const out: string[] = [];
  const students = new Set(data.entries.map((e) => e.student).filter(Boolean)).size;
  out.push(`<h1>${h(data.storyTitle)}: class report</h1>`);
  out.push(
    `<dl class="meta"><dt>Playthroughs</dt><dd>${data.entries.length}</dd><dt>Students named</dt><dd>${students}</dd>` +
      `<dt>Read from</dt><dd>${h(ctx.dir)}</dd><dt>Made</dt><dd>${h(ctx.generatedAt.toISOString().slice(0, 16).replace('T', ' '))} UTC</dd>` +
      `<dt>Story version</dt><dd>${h(data.storyHash.slice(0, 12))}</dd></dl>`,
  );
  if (data.skipped.length) {
    out.push(`<p class="note">${plural(data.skipped.length, 'file was', 'files were')} not included: see <a href="#skipped">Files not included</a>.</p>`);
  }
  const older = data.entries.filter((e) => e.otherVersion).length;
  if (older) {
    out.push(`<p class="note">${plural(older, 'playthrough was', 'playthroughs were')} made with another version of the story; every choice still matched, so they are counted.</p>`);
  }
  if (!data.entries.length) {
    out.push('<p>No playthrough could be read from this folder.</p>');
  } else {
    out.push(overview(data));
    for (const role of data.roles) out.push(roleSection(role, data.roles.indexOf(role)));
    out.push(factsSection(data));
    out.push(studentsSection(data));
  }
  if (data.skipped.length) out.push(skippedSection(data));
  return htmlPage({ title: `${data.storyTitle}: class report`, theme: ctx.theme, noColor: ctx.noColor, wide: true, body: out.join('\n') });
}

function roleAnchor(i: number): string {
  return `role-${i + 1}`;
}

function overview(data: ClassData): string {
  const rows = data.roles.map((r, i) => {
    const finished = r.entries.length - r.unfinished;
    const top = r.endings[0];
    return (
      `<tr><td><a href="#${roleAnchor(i)}">${h(r.name)}</a></td><td class="num">${r.entries.length}</td><td class="num">${finished}</td>` +
      `<td class="num">${objectiveCell(r)}</td><td>${top ? `${h(top.title)} (${top.count})` : '–'}</td></tr>`
    );
  });
  return (
    '<h2>Overview</h2><table><thead><tr><th>Role</th><th class="num">Playthroughs</th><th class="num">Finished</th>' +
    `<th class="num">Objective met</th><th>Most common ending</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
  );
}

function objectiveCell(r: RoleTally): string {
  const decided = r.objective.met + r.objective.notMet;
  return decided ? `${r.objective.met} of ${decided}` : '–';
}

// Fixed columns, so the bars of every chart on the page line up.
const COLUMNS = '<colgroup><col class="c-label"><col class="c-bar"><col class="c-num"></colgroup>';

/** A bar chart as a table: label, bar, figures, and who (when names are given). */
function chart(caption: string | null, rows: Array<{ label: string; count: number; of: number; who?: string[] }>, alt = false): string {
  const body = rows
    .map(
      (r) =>
        `<tr><td>${h(r.label)}${r.who?.length ? `<div class="who">${r.who.map(h).join(', ')}</div>` : ''}</td>` +
        `<td class="bar">${barSvg(r.of ? r.count / r.of : 0)}</td><td class="num">${r.count} (${pct(r.count, r.of)})</td></tr>`,
    )
    .join('');
  return `<table class="chart${alt ? ' alt' : ''}">${caption ? `<caption class="sr">${h(caption)}</caption>` : ''}${COLUMNS}<tbody>${body}</tbody></table>`;
}

function roleSection(r: RoleTally, index: number): string {
  const out: string[] = [];
  out.push(`<h2 id="${roleAnchor(index)}">${h(r.name)} <span class="muted">(${plural(r.entries.length, 'playthrough')})</span></h2>`);
  const finished = r.entries.length - r.unfinished;

  out.push('<h3>Endings reached</h3>');
  const endingRows = r.endings.map((e) => ({ label: e.title, count: e.count, of: r.entries.length }));
  if (r.unfinished) endingRows.push({ label: 'Not finished yet', count: r.unfinished, of: r.entries.length });
  const noNamed = finished - r.endings.reduce((a, e) => a + e.count, 0);
  if (noNamed > 0) endingRows.push({ label: 'Ended without a named ending', count: noNamed, of: r.entries.length });
  out.push(chart(`Endings reached by ${r.name}`, endingRows, true));

  out.push('<h3>Private objective</h3>');
  const decided = r.objective.met + r.objective.notMet;
  if (!decided) out.push('<p class="muted">No finished playthrough of this role recorded whether its objective was met.</p>');
  else {
    out.push(
      chart(`Objective met, ${r.name}`, [
        { label: 'Met', count: r.objective.met, of: decided },
        { label: 'Not met', count: r.objective.notMet, of: decided },
      ], true),
    );
    if (r.unfinished) out.push(`<p class="muted">Not counted: ${plural(r.unfinished, 'playthrough')} not finished yet.</p>`);
  }

  const points = r.points;
  if (!points.length) {
    out.push('<p class="muted">No decision with more than one option was reached.</p>');
    return out.join('\n');
  }
  const split = points.filter((p) => p.reached >= 3 && p.picks === p.reached && divided(p) > 0).sort((a, b) => divided(b) - divided(a)).slice(0, 3);
  if (split.length) {
    out.push('<h3>Where the class split most</h3><ul>');
    for (const p of split) {
      out.push(`<li><a href="#${pointAnchor(index, points.indexOf(p))}">Decision ${points.indexOf(p) + 1}</a>: ${h(p.prompt ?? '(no text before the options)')}</li>`);
    }
    out.push('</ul>');
  }
  out.push(`<h3>Decisions, in story order</h3><p class="muted">${plural(points.length, 'decision')} with more than one option. Each bar counts the choices made there; names are under each option.</p>`);
  points.forEach((p, i) => out.push(pointFigure(p, i, index, r.entries.length)));
  return out.join('\n');
}

function pointAnchor(role: number, point: number): string {
  return `r${role + 1}-d${point + 1}`;
}

function pointFigure(p: PointTally, i: number, role: number, roleCount: number): string {
  const where = [p.status.date, p.status.location].filter(Boolean).join(' · ');
  const reached = `reached by ${p.reached} of ${roleCount}${p.picks > p.reached ? `, ${p.picks} choices made (the story comes back here)` : ''}`;
  const rows = p.options.map((o) => ({ label: o.text, count: o.count, of: p.picks, who: o.students }));
  return (
    `<figure id="${pointAnchor(role, i)}"><figcaption>Decision ${i + 1}${where ? ` <span class="muted">· ${h(where)}</span>` : ''}</figcaption>` +
    `<p>${h(p.prompt ?? '(no text before the options)')}</p>` +
    `<div class="point-meta">${h(reached)}; in the story at ${h(p.knot || 'an unknown place')}</div>` +
    `${chart(`How the class chose at decision ${i + 1}`, rows)}</figure>`
  );
}

function factsSection(data: ClassData): string {
  const out: string[] = ['<h2>Facts met by the class</h2>'];
  const n = data.entries.length;
  const file = data.factsFile;
  if (file.problem) out.push(`<p class="note">The story's facts file could not be used: ${h(file.problem)}.</p>`);
  else if (!file.present) out.push('<p class="muted">This story has no facts file: facts are shown by their keys only.</p>');
  if (!data.facts.length) {
    out.push('<p>No playthrough met a passage marked as fact.</p>');
  } else {
    const known = data.facts.filter((f) => f.fact);
    out.push(
      `<p>${plural(known.length, 'fact')} of the facts file met by at least one playthrough` +
        `${file.byKey.size ? ` (of ${file.byKey.size})` : ''}; the bar shows the share of the class that met it, and the line below, ` +
        'which roles met it. The sources are on the handout (<code>caviar handout</code>).</p>',
    );
    const rows = data.facts.map((t) => {
      const f = t.fact;
      const text = f
        ? `${h(f.statement)}${f.status === 'disputed' ? `<span class="disputed">disputed</span>${f.note ? `<div class="sources">${h(f.note)}</div>` : ''}` : ''}`
        : `<code>${h(t.key)}</code> <span class="muted">(not in the facts file)</span>`;
      const roles = data.roles.filter((r) => t.byRole.has(r.id)).map((r) => `${r.name} ${t.byRole.get(r.id)}`);
      return `<tr><td>${text}<div class="who">${h(roles.join(', '))}</div></td><td class="bar">${barSvg(t.count / n)}</td><td class="num">${t.count} of ${n}</td></tr>`;
    });
    out.push(`<table class="chart">${COLUMNS}<thead><tr><th>Fact</th><th>Met by</th><th class="num"></th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
  }
  if (data.factsNeverMet.length) {
    out.push(`<h3>Never met by this class (${data.factsNeverMet.length})</h3><ul class="facts">`);
    for (const f of data.factsNeverMet) out.push(`<li>${h(f.statement)}${f.status === 'disputed' ? '<span class="disputed">disputed</span>' : ''}</li>`);
    out.push('</ul>');
  }
  return out.join('\n');
}

function studentsSection(data: ClassData): string {
  const rows = [...data.entries]
    .sort((a, b) => (a.student ?? '').localeCompare(b.student ?? '') || a.file.localeCompare(b.file))
    .map((e) => {
      const objective = !e.ended ? 'not finished' : e.objectiveMet === null ? '–' : e.objectiveMet ? 'met' : 'not met';
      return (
        `<tr><td>${h(e.student ?? '(no name)')}</td><td>${h(e.roleName)}</td><td>${h(e.ending?.title ?? (e.ended ? 'no named ending' : 'not finished'))}</td>` +
        `<td>${objective}</td><td class="num">${e.turns}</td><td class="num">${e.documented}</td><td class="num">${e.disputed}</td>` +
        `<td class="num">${e.fictionLines}</td><td class="file">${h(e.file)}${e.otherVersion ? ' <span class="muted">(older version)</span>' : ''}</td></tr>`
      );
    });
  return (
    '<h2>Students</h2><table><thead><tr><th>Student</th><th>Role</th><th>Ending</th><th>Objective</th><th class="num">Choices</th>' +
    '<th class="num">Facts</th><th class="num">Disputed</th><th class="num">Invented</th><th>File</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table>`
  );
}

function skippedSection(data: ClassData): string {
  const rows = data.skipped.map((s) => `<tr><td>${h(s.file)}</td><td>${h(s.reason)}</td></tr>`);
  return `<h2 id="skipped">Files not included</h2><table><thead><tr><th>File</th><th>Why</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
