// The class report as one print-ready HTML page, and its projector view. Per role: the endings
// reached, the objectives met and the story's key decisions (`# decision:` tags), each student
// counted once with their last choice there, ties named as ties, and what followed each option
// (endings, objective met). Then the facts met, numbered as in the facts file so the handout and
// the transcripts' notes agree, the students (by role), and an appendix with what only the
// teacher's tools need (story version, the story's internal places, the files read). Every piece
// of text is escaped: names and file names come from students, prompts and options from the story.

import { escapeHtml as h } from '../escape.ts';
import { localTime, timeZoneName } from '../local-time.ts';
import { type ClassData, type ClassEntry, type CrossingRow, factsMetBy, type KeyTally, type PointTally, type RoleTally } from './class-data.ts';
import { factNumbers } from './facts.ts';
import { certaintyTag, htmlPage, type PageTheme } from './page.ts';
import { barSvg } from './svg.ts';

export interface ReportContext {
  /** The folder read, as the teacher named it (or the live class's data folder). */
  dir: string;
  generatedAt: Date;
  theme: PageTheme;
  noColor: boolean;
  /** "Student 1", "Student 2"... instead of names, and no file names (which often carry names). */
  anonymous?: boolean;
  /** Every decision with more than one option, after the key decisions. */
  all?: boolean;
}

const pct = (n: number, of: number) => (of ? `${Math.round((100 * n) / of)}%` : '–');
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The students in the order of the students table (role as the story lists them, then name): the numbers of --anonymous. */
export function studentOrder(data: ClassData): ClassEntry[] {
  return data.roles.flatMap((r) => [...r.entries].sort((a, b) => (a.student ?? '').localeCompare(b.student ?? '') || a.file.localeCompare(b.file)));
}

/** How each playthrough is named in the documents: its student, or "Student N" when anonymous. */
export function namer(data: ClassData, anonymous: boolean): (e: ClassEntry) => string {
  const order = studentOrder(data);
  const numbers = new Map(order.map((e, i) => [e, i + 1]));
  return (e) => (anonymous ? `Student ${numbers.get(e) ?? 0}` : (e.student ?? '(no name)'));
}

/** Minutes from the first start to the last move; null when the record lacks either time. */
export function minutesTaken(e: ClassEntry): number | null {
  const [a, b] = [Date.parse(e.startedAt ?? ''), Date.parse(e.updatedAt ?? '')];
  return Number.isNaN(a) || Number.isNaN(b) || b < a ? null : Math.round((b - a) / 60_000);
}

export function sceneOf(e: ClassEntry): string {
  return [e.scene.date, e.scene.location].filter(Boolean).join(', ');
}

export function classReportHtml(data: ClassData, ctx: ReportContext): string {
  const name = namer(data, ctx.anonymous ?? false);
  const out: string[] = [];
  const zone = timeZoneName();
  out.push(`<h1>${h(data.storyTitle)}: class report</h1>`);
  out.push(
    `<dl class="meta"><dt>Students</dt><dd>${data.entries.length}</dd>` +
      `<dt>Read from</dt><dd>${h(ctx.dir)}</dd><dt>Made</dt><dd>${h(localTime(ctx.generatedAt.toISOString()))} (${h(zone)})</dd></dl>`,
  );
  if (data.entries.length) {
    const links = [
      ...data.roles.map((r, i) => `<a href="#${roleAnchor(i)}">${h(r.name)}</a>`),
      ...(data.tables.length ? ['<a href="#tables">Tables</a>'] : []),
      '<a href="#facts">Facts</a>', '<a href="#students">Students</a>', '<a href="#appendix">Appendix</a>'];
    out.push(`<nav class="toc">${links.join(' · ')}</nav>`);
  }
  if (data.skipped.length) {
    out.push(`<p class="note">${plural(data.skipped.length, 'file was', 'files were')} not included: see <a href="#skipped">Files not included</a>.</p>`);
  }
  for (const w of data.warnings) out.push(`<p class="note">${h(ctx.anonymous ? 'A file holds the playthrough of another student than its name suggests (see the report without --anonymous).' : w)}</p>`);
  const older = data.entries.filter((e) => e.otherVersion).length;
  if (older) {
    out.push(`<p class="note">${plural(older, 'playthrough was', 'playthroughs were')} made with another version of the story; every choice still matched, so they are counted.</p>`);
  }
  if (!data.entries.length) {
    out.push('<p>No playthrough could be read from this folder.</p>');
  } else {
    out.push(overview(data));
    data.roles.forEach((role, i) => out.push(roleSection(role, i, name, ctx.all ?? false)));
    if (data.tables.length) out.push(tablesSection(data, name, ctx.anonymous ?? false));
    out.push(factsSection(data));
    out.push(studentsSection(data, name));
  }
  out.push(appendix(data, name, ctx.anonymous ?? false));
  return htmlPage({ title: `${data.storyTitle}: class report`, theme: ctx.theme, noColor: ctx.noColor, wide: true, body: out.join('\n') });
}

function roleAnchor(i: number): string {
  return `role-${i + 1}`;
}

/** "A (4), B (4): a tie" or "A (5)". */
function endingsLine(r: RoleTally): string {
  if (!r.endings.length) return '–';
  if (r.tiedEndings.length) return `${r.tiedEndings.map((t) => `${h(t)} (${r.endings[0]!.count})`).join(', ')} <span class="tie">tie</span>`;
  return `${h(r.endings[0]!.title)} (${r.endings[0]!.count})`;
}

function overview(data: ClassData): string {
  const rows = data.roles.map((r, i) => {
    const finished = r.entries.length - r.unfinished;
    return (
      `<tr><td><a href="#${roleAnchor(i)}">${h(r.name)}</a></td><td class="num">${r.entries.length}</td><td class="num">${finished}</td>` +
      `<td class="num">${objectiveCell(r)}</td><td>${endingsLine(r)}</td></tr>`
    );
  });
  return (
    '<h2>Overview</h2><table class="overview"><thead><tr><th>Role</th><th class="num">Students</th><th class="num">Finished</th>' +
    `<th class="num">Objective met</th><th>Most common ending</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
  );
}

function objectiveCell(r: RoleTally): string {
  const decided = r.objective.met + r.objective.notMet;
  return decided ? `${r.objective.met} of ${decided}` : '–';
}

// Fixed columns, so the bars of every chart on the page line up.
const COLUMNS = '<colgroup><col class="c-label"><col class="c-bar"><col class="c-num"></colgroup>';

export interface ChartRow {
  label: string;
  count: number;
  of: number;
  who?: string[];
  tie?: boolean;
}

/** A bar chart as a table: label, bar, figures, and who (when names are given). */
function chart(caption: string | null, rows: ChartRow[], alt = false): string {
  const body = rows
    .map(
      (r) =>
        `<tr><td>${h(r.label)}${r.tie ? ' <span class="tie">tie</span>' : ''}${r.who?.length ? `<div class="who">${r.who.map(h).join(', ')}</div>` : ''}</td>` +
        `<td class="bar">${barSvg(r.of ? r.count / r.of : 0)}</td><td class="num">${r.count} (${pct(r.count, r.of)})</td></tr>`,
    )
    .join('');
  return `<table class="chart${alt ? ' alt' : ''}">${caption ? `<caption class="sr">${h(caption)}</caption>` : ''}${COLUMNS}<tbody>${body}</tbody></table>`;
}

function endingRows(r: RoleTally): ChartRow[] {
  const rows: ChartRow[] = r.endings.map((e) => ({ label: e.title, count: e.count, of: r.entries.length, tie: r.tiedEndings.includes(e.title) }));
  if (r.unfinished) rows.push({ label: 'Not finished', count: r.unfinished, of: r.entries.length });
  const noNamed = r.entries.length - r.unfinished - r.endings.reduce((a, e) => a + e.count, 0);
  if (noNamed > 0) rows.push({ label: 'Ended without a named ending', count: noNamed, of: r.entries.length });
  return rows;
}

function roleSection(r: RoleTally, index: number, name: (e: ClassEntry) => string, all: boolean): string {
  const out: string[] = [];
  out.push(`<section class="role" id="${roleAnchor(index)}">`);
  out.push(`<h2>${h(r.name)} <span class="muted">(${plural(r.entries.length, 'student')})</span></h2>`);
  out.push('<div class="pair"><div><h3>Endings reached</h3>');
  out.push(chart(`Endings reached by ${r.name}`, endingRows(r), true));
  out.push('</div><div><h3>Private objective</h3>');
  const decided = r.objective.met + r.objective.notMet;
  if (!decided) out.push('<p class="muted">No finished playthrough of this role recorded whether its objective was met.</p>');
  else {
    out.push(
      chart(`Objective met, ${r.name}`, [
        { label: 'Met', count: r.objective.met, of: decided },
        { label: 'Not met', count: r.objective.notMet, of: decided },
      ], true),
    );
    if (r.unfinished) out.push(`<p class="muted">Not counted: ${plural(r.unfinished, 'student')} not finished.</p>`);
  }
  out.push('</div></div>');

  out.push('<h3>Key decisions</h3>');
  if (!r.keys.length) out.push('<p class="muted">The story marks no key decision that these students reached (<code># decision:</code> tags); <code>--all</code> shows every decision.</p>');
  else out.push(`<p class="muted">Each student counts once, with the last choice they made there.</p>`);
  r.keys.forEach((k, i) => out.push(keyFigure(k, i, r, name)));
  if (all) {
    out.push(`<h3>Every decision, in story order</h3><p class="muted">${plural(r.points.length, 'decision')} with more than one option; each shown by the last line before its options.</p>`);
    r.points.forEach((p, i) => out.push(pointFigure(p, i, index, r.entries.length, name)));
  }
  out.push('</section>');
  return out.join('\n');
}

function whereOf(p: PointTally): string {
  return [p.status.date, p.status.location].filter(Boolean).join(' · ');
}

function keyFigure(k: KeyTally, i: number, r: RoleTally, name: (e: ClassEntry) => string): string {
  const where = whereOf(k);
  const rows = k.options.map((o) => ({ label: o.text, count: o.count, of: k.reached, who: o.who.map(name), tie: k.tied.includes(o.text) }));
  const back = k.picks > k.reached ? `; the story comes back here (${plural(k.picks, 'choice')} made in all), so each student's last choice counts` : '';
  return (
    `<figure class="key"><figcaption>${i + 1}. ${h(k.summary)}${where ? ` <span class="muted">· ${h(where)}</span>` : ''}</figcaption>` +
    `<div class="point-meta">Reached by ${k.reached} of ${r.entries.length}${h(back)}</div>` +
    `${chart(`How the class chose: ${k.summary}`, rows)}${breakdown(k)}</figure>`
  );
}

/** Per option: the endings those who chose it reached, and how many met the objective. */
function breakdown(k: KeyTally): string {
  const endings = [...new Set([...k.byEnding.values()].flatMap((m) => [...m.keys()]))].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));
  if (!endings.length) return '';
  const head = endings.map((e) => `<th class="num">${e ? h(e) : 'Not finished'}</th>`).join('');
  const rows = k.options
    .filter((o) => o.count)
    .map((o) => {
      const m = k.byEnding.get(o.key) ?? new Map<string, number>();
      const obj = k.byObjective.get(o.key) ?? { met: 0, notMet: 0 };
      const decided = obj.met + obj.notMet;
      return `<tr><td>${h(o.text)}</td>${endings.map((e) => `<td class="num">${m.get(e) ?? 0}</td>`).join('')}<td class="num">${decided ? `${obj.met} of ${decided}` : '–'}</td></tr>`;
    });
  return `<table class="breakdown"><thead><tr><th>Then…</th>${head}<th class="num">Objective met</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function pointFigure(p: PointTally, i: number, role: number, roleCount: number, name: (e: ClassEntry) => string): string {
  const where = whereOf(p);
  const reached = `reached by ${p.reached} of ${roleCount}${p.picks > p.reached ? `; ${p.picks} choices made (the story comes back here), each student's last one counted` : ''}`;
  const rows = p.options.map((o) => ({ label: o.text, count: o.count, of: p.reached, who: o.who.map(name) }));
  return (
    `<figure id="r${role + 1}-d${i + 1}"><figcaption>Decision ${i + 1}${where ? ` <span class="muted">· ${h(where)}</span>` : ''}</figcaption>` +
    `<p>${h(p.prompt ?? '(no text before the options)')}</p>` +
    `<div class="point-meta">${h(reached)}</div>` +
    `${chart(`How the class chose at decision ${i + 1}`, rows)}</figure>`
  );
}

function factsSection(data: ClassData): string {
  const out: string[] = ['<section class="facts" id="facts"><h2>Facts met by the class</h2>'];
  const n = data.entries.length;
  const file = data.factsFile;
  const numbers = factNumbers(file);
  if (file.problem) out.push(`<p class="note">The story's facts file could not be used: ${h(file.problem)}.</p>`);
  else if (!file.present) out.push('<p class="muted">This story has no facts file: facts are shown by their keys only.</p>');
  if (!data.facts.length) {
    out.push('<p>No playthrough met a passage marked as fact.</p>');
  } else {
    const known = data.facts.filter((f) => f.fact);
    out.push(
      `<p>${plural(known.length, 'fact')}${file.byKey.size ? ` of the ${file.byKey.size}` : ''} met by at least one student. ` +
        'The numbers are the handout\'s and the transcripts\' (<code>caviar handout</code> lists the sources).</p>',
    );
    const rows = data.facts.map((t) => {
      const f = t.fact;
      const no = numbers.get(t.key);
      const text = f
        ? `${h(f.statement)}${certaintyTag(f.certainty)}`
        : `<span class="muted">(a passage marked with a fact the facts file does not hold)</span>`;
      const roles = data.roles.filter((r) => t.byRole.has(r.id)).map((r) => `${r.name} ${t.byRole.get(r.id)}`);
      return `<tr><td class="num">${no ? `F${no}` : ''}</td><td>${text}<div class="who">${h(roles.join(', '))}</div></td><td class="num">${t.count} of ${n}</td></tr>`;
    });
    out.push(`<table class="factlist"><thead><tr><th class="num">No.</th><th>Fact</th><th class="num">Met by</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
  }
  if (data.factsNeverMet.length) {
    out.push(`<h3>Never met by this class (${data.factsNeverMet.length})</h3><p class="never">`);
    out.push(data.factsNeverMet.map((f) => `F${numbers.get(f.key)} ${h(f.statement)}${certaintyTag(f.certainty)}`).join('; '));
    out.push('</p>');
  }
  out.push('</section>');
  return out.join('\n');
}

/** Who set a crossing: the student in the report, else the seat's label as the room wrote it. */
export function crossingSetter(row: CrossingRow, name: (e: ClassEntry) => string, anonymous: boolean): string {
  if (row.from) return name(row.from);
  if (row.crossing.from === null) return 'the table';
  return anonymous ? 'a tablemate not in this report' : row.crossing.from;
}

/** In a live class: each table's crossings, which happened and from which seat to which. */
function tablesSection(data: ClassData, name: (e: ClassEntry) => string, anonymous: boolean): string {
  const out = [
    '<section class="tables" id="tables"><h2>Crossings at the tables</h2>',
    '<p class="muted">Where one student\'s choice reached a tablemate\'s story in the live class: the crossing, who made it and whose story it changed.</p>',
  ];
  for (const t of data.tables) {
    const members = t.members.map((e) => `${name(e)} (${e.roleName})`).join(', ');
    const rows = t.crossings.map(
      (row) =>
        `<tr><td>${h(row.crossing.summary)} <span class="muted">${h(row.crossing.id)}</span></td>` +
        `<td>${h(crossingSetter(row, name, anonymous))}</td><td>${h(name(row.to))} (${h(row.to.roleName)})</td></tr>`,
    );
    out.push(
      `<h3>Table ${t.number}: ${h(members)}</h3>` +
        `<table><thead><tr><th>Crossing</th><th>From</th><th>To</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    );
  }
  out.push('</section>');
  return out.join('\n');
}

function studentsSection(data: ClassData, name: (e: ClassEntry) => string): string {
  const rows = studentOrder(data).map((e) => {
    const objective = !e.ended ? '–' : e.objectiveMet === null ? '–' : e.objectiveMet ? 'met' : 'not met';
    const minutes = minutesTaken(e);
    const ending = e.ended
      ? h(e.ending?.title ?? 'no named ending')
      : `<em>not finished</em>: ${h(sceneOf(e) || 'at the start')}${e.updatedAt ? `, last played ${h(localTime(e.updatedAt))}` : ''}`;
    return (
      `<tr><td>${h(name(e))}</td><td>${h(e.roleName)}</td><td>${ending}</td>` +
      `<td>${objective}</td><td class="num">${minutes === null ? '–' : `${minutes} min`}</td><td class="num">${e.turns}</td><td class="num">${factsMetBy(e)}</td></tr>`
    );
  });
  return (
    `<section class="students" id="students"><h2>Students</h2><p class="muted">Time taken: from the first start to the last move. Times are local (${h(timeZoneName())}).</p>` +
    '<table><thead><tr><th>Student</th><th>Role</th><th>Ending</th><th>Objective</th><th class="num">Time</th><th class="num">Choices</th>' +
    `<th class="num">Facts met</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`
  );
}

/** What only the teacher's tools need: the story's version, where in the story each key decision is, the files read and left out. */
function appendix(data: ClassData, name: (e: ClassEntry) => string, anonymous: boolean): string {
  const out: string[] = ['<section class="appendix" id="appendix"><h2>Appendix</h2>'];
  out.push(`<p>Story version (its compiled hash): <code>${h(data.storyHash.slice(0, 16))}</code>.</p>`);
  const keys = data.roles.flatMap((r) => r.keys.map((k) => ({ r, k })));
  if (keys.length) {
    out.push('<h3>Key decisions in the story</h3><table><thead><tr><th>Role</th><th>Decision</th><th>Id</th><th>Knot</th></tr></thead><tbody>');
    for (const { r, k } of keys) out.push(`<tr><td>${h(r.name)}</td><td>${h(k.summary)}</td><td><code>${h(k.id)}</code></td><td><code>${h(k.knot)}</code></td></tr>`);
    out.push('</tbody></table>');
  }
  if (data.entries.length && !anonymous) {
    out.push('<h3>Files read</h3><table class="files"><thead><tr><th>Student</th><th>File</th></tr></thead><tbody>');
    for (const e of studentOrder(data)) out.push(`<tr><td>${h(name(e))}</td><td class="file">${h(e.file)}${e.otherVersion ? ' <span class="muted">(older version)</span>' : ''}</td></tr>`);
    out.push('</tbody></table>');
  }
  if (data.skipped.length) {
    out.push('<h3 id="skipped">Files not included</h3>');
    if (anonymous) out.push(`<p>${plural(data.skipped.length, 'file')} (their names are left out: file names often carry students' names).</p>`);
    else {
      const rows = data.skipped.map((s) => `<tr><td class="file">${h(s.file)}</td><td>${h(s.reason)}</td></tr>`);
      out.push(`<table class="files"><thead><tr><th>File</th><th>Why</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
    }
  }
  out.push('</section>');
  return out.join('\n');
}

/**
 * The projector view: one screen per role (made for 1024×768), to discuss with the class: the
 * endings, the objective, and each key decision as bars. No names at all, whatever the flags:
 * a projector is seen by everyone.
 */
/** The projector's view of one role, as data: the page below draws it, and so does the teacher's live page. */
export interface ProjectorRole {
  name: string;
  students: number;
  finished: number;
  objective: { met: number; of: number };
  endings: ChartRow[];
  keys: Array<{ summary: string; options: ChartRow[] }>;
}

export function projectorView(data: ClassData): ProjectorRole[] {
  return data.roles.map((r) => ({
    name: r.name,
    students: r.entries.length,
    finished: r.entries.length - r.unfinished,
    objective: { met: r.objective.met, of: r.objective.met + r.objective.notMet },
    endings: endingRows(r),
    keys: r.keys.map((k) => ({ summary: k.summary, options: k.options.map((o) => ({ label: o.text, count: o.count, of: k.reached, tie: k.tied.includes(o.text) })) })),
  }));
}

export function classProjectorHtml(data: ClassData, ctx: ReportContext): string {
  const row = (o: ChartRow, alt = false) =>
    `<div class="prow"><span class="plabel">${h(o.label)}${o.tie ? ' <span class="tie">tie</span>' : ''}</span>` +
    `<span class="pbar${alt ? ' alt' : ''}">${barSvg(o.of ? o.count / o.of : 0)}</span><span class="pnum">${o.count}</span></div>`;
  const slides = projectorView(data).map((r) => {
    const keys = r.keys.map((k) => `<div class="pkey"><div class="psum">${h(k.summary)}</div>${k.options.map((o) => row(o)).join('')}</div>`).join('');
    return (
      `<section class="slide"><h2>${h(r.name)} <span class="muted">${plural(r.students, 'student')}, ${r.finished} finished` +
      `${r.objective.of ? ` · objective met by ${r.objective.met} of ${r.objective.of}` : ''}</span></h2>` +
      `<div class="pends"><h3>Endings</h3>${r.endings.map((e) => row(e, true)).join('')}</div>` +
      `<div class="pkeys">${keys || '<p class="muted">No key decision marked in the story was reached.</p>'}</div></section>`
    );
  });
  const body = data.entries.length ? slides.join('\n') : '<section class="slide"><p>No playthrough could be read.</p></section>';
  return htmlPage({ title: `${data.storyTitle}: class (projector)`, theme: ctx.theme, noColor: ctx.noColor, projector: true, body });
}

