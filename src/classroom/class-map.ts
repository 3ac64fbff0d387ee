// The class's branch map (`caviar map --class DIR`): every student's path merged into one graph
// of story positions, not a tree of turns. A position is a point where the story offers choices
// (the same point for every student, by its place in the compiled story), so paths that rejoin
// meet again; each choice taken there leads to the next position reached, to an ending, or to
// where an unfinished student stopped, with how many students went that way. Endings are kept
// where they were reached, also when choices followed them (an epilogue after an ending). Names
// never appear: the map counts students.

import { escapeHtml as h } from '../escape.ts';
import type { ClassData, ClassEntry } from './class-data.ts';
import { htmlPage, type PageTheme } from './page.ts';
import { barSvg } from './svg.ts';

export interface MapPosition {
  /** P1, P2...: in the order the class reached them (the mean turn). */
  n: number;
  point: string;
  knot: string;
  /** The last line before the options, whole. */
  prompt: string;
  where: string;
  /** Students who reached it. */
  students: number;
  /** Endings reached at this position, before its choices (counted once per student). */
  endings: Map<string, number>;
  /** What each choice taken here led to: by option text, then target. */
  ways: Array<{ text: string; students: number; to: Map<string, number> }>;
}

export interface ClassMap {
  title: string;
  students: number;
  positions: MapPosition[];
  /** Per ending title: students who reached it, and the positions it was recorded at. */
  endings: Array<{ title: string; students: number; at: number[]; thenChose: number }>;
  unfinished: number;
}

/** Where a way leads: `P3`, `ending:Title`, or `stopped`. */
type Target = string;

export function buildClassMap(data: ClassData): ClassMap {
  const acc = new Map<string, { point: string; knot: string; prompts: string[]; where: string; turns: number[]; who: Set<ClassEntry>; endings: Map<string, Set<ClassEntry>>; ways: Map<string, Map<Target, Set<ClassEntry>>> }>();
  const get = (d: ClassEntry['decisions'][number]) => {
    let a = acc.get(d.point);
    if (!a) {
      a = { point: d.point, knot: d.knot, prompts: [], where: [d.status.date, d.status.location].filter(Boolean).join(', '), turns: [], who: new Set(), endings: new Map(), ways: new Map() };
      acc.set(d.point, a);
    }
    return a;
  };
  const endingAt = new Map<string, { who: Set<ClassEntry>; points: Set<string>; thenChose: Set<ClassEntry> }>();
  for (const e of data.entries) {
    const ds = e.decisions;
    for (let i = 0; i < ds.length; i++) {
      const d = ds[i]!;
      const a = get(d);
      a.turns.push(d.turn);
      a.who.add(e);
      if (d.prompt) a.prompts.push(d.prompt);
      // Endings reached before this choice was made (after the previous one) belong to this position.
      for (const end of e.endingsOnPath.filter((x) => x.turn === d.turn - 1)) {
        if (!a.endings.has(end.title)) a.endings.set(end.title, new Set());
        a.endings.get(end.title)!.add(e);
        const rec = endingAt.get(end.title) ?? { who: new Set(), points: new Set(), thenChose: new Set() };
        rec.who.add(e);
        rec.points.add(d.point);
        rec.thenChose.add(e);
        endingAt.set(end.title, rec);
      }
      const text = d.offered[d.chosen]?.text ?? '';
      const next = ds[i + 1];
      const finalEnding = e.endingsOnPath.filter((x) => x.turn === d.turn).at(-1);
      const target: Target = next ? next.point : finalEnding ? `ending:${finalEnding.title}` : e.ended ? 'ending:' : 'stopped';
      if (!next && finalEnding) {
        const rec = endingAt.get(finalEnding.title) ?? { who: new Set(), points: new Set(), thenChose: new Set() };
        rec.who.add(e);
        endingAt.set(finalEnding.title, rec);
      }
      if (!a.ways.has(text)) a.ways.set(text, new Map());
      const to = a.ways.get(text)!;
      if (!to.has(target)) to.set(target, new Set());
      to.get(target)!.add(e);
    }
  }
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
  const ordered = [...acc.values()].sort((a, b) => mean(a.turns) - mean(b.turns) || a.point.localeCompare(b.point));
  const number = new Map(ordered.map((a, i) => [a.point, i + 1]));
  const positions = ordered.map((a, i) => ({
    n: i + 1,
    point: a.point,
    knot: a.knot,
    prompt: mostCommon(a.prompts) ?? '(no text before the choices)',
    where: a.where,
    students: a.who.size,
    endings: new Map([...a.endings].map(([t, s]) => [t, s.size])),
    ways: [...a.ways]
      .map(([text, to]) => ({
        text,
        students: new Set([...to.values()].flatMap((s) => [...s])).size,
        to: new Map([...to].map(([t, s]) => [t.startsWith('ending:') || t === 'stopped' ? t : `P${number.get(t)}`, s.size])),
      }))
      .sort((x, y) => y.students - x.students || x.text.localeCompare(y.text)),
  }));
  const endings = [...endingAt]
    .map(([title, r]) => ({ title, students: r.who.size, at: [...r.points].map((p) => number.get(p)!).sort((x, y) => x - y), thenChose: r.thenChose.size }))
    .sort((x, y) => y.students - x.students || x.title.localeCompare(y.title));
  return { title: data.storyTitle, students: data.entries.length, positions, endings, unfinished: data.entries.filter((e) => !e.ended).length };
}

function mostCommon(texts: string[]): string | null {
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function targetWords(t: string): string {
  if (t === 'stopped') return 'stopped here (not finished)';
  if (t === 'ending:') return 'the story ended (no named ending)';
  if (t.startsWith('ending:')) return `ending: ${t.slice('ending:'.length)}`;
  return t;
}

/** The map as text: each position, whole, with the ways out and their counts. */
export function classMapText(m: ClassMap): string {
  const out = [`Class branch map: ${m.title}`, `${plural(m.students, 'student')}, ${plural(m.positions.length, 'story position')}, ${m.unfinished} not finished.`, ''];
  out.push('Endings:');
  for (const e of m.endings) out.push(`  ${e.title}: ${plural(e.students, 'student')}${e.at.length ? `, reached at ${e.at.map((n) => `P${n}`).join(', ')} and choices followed` : ''}`);
  if (!m.endings.length) out.push('  none reached yet');
  for (const p of m.positions) {
    out.push('', `P${p.n} (${plural(p.students, 'student')}${p.where ? `, ${p.where}` : ''}): ${p.prompt}`);
    for (const [t, n] of p.endings) out.push(`  reached the ending ${t} here: ${n}`);
    for (const w of p.ways) out.push(`  ${w.text}: ${w.students} -> ${[...w.to].map(([t, n]) => (w.to.size > 1 ? `${targetWords(t)} (${n})` : targetWords(t))).join(', ')}`);
  }
  return `${out.join('\n')}\n`;
}

export function classMapHtml(m: ClassMap, look: { theme: PageTheme; noColor: boolean }): string {
  const out = [`<h1>${h(m.title)}: the class's branch map</h1>`];
  out.push(
    `<p class="muted">${plural(m.students, 'student')}, ${plural(m.positions.length, 'story position')} (P1, P2... in the order the class reached them), ${m.unfinished} not finished. ` +
      'Paths that reach the same point of the story meet again there; each choice shows how many students took it and where it led.</p>',
  );
  out.push('<h2>Endings</h2><table><thead><tr><th>Ending</th><th class="num">Students</th><th>Recorded at</th></tr></thead><tbody>');
  for (const e of m.endings) out.push(`<tr><td>${h(e.title)}</td><td class="num">${e.students}</td><td>${e.at.length ? `${e.at.map((n) => `<a href="#p${n}">P${n}</a>`).join(', ')}, and choices followed` : 'the end of the story'}</td></tr>`);
  out.push('</tbody></table>');
  for (const p of m.positions) {
    out.push(`<figure class="key" id="p${p.n}"><figcaption><span class="fno">P${p.n}</span> ${h(p.prompt)} <span class="muted">${h(p.where)}${p.where ? ' · ' : ''}${plural(p.students, 'student')}</span></figcaption>`);
    for (const [t, n] of p.endings) out.push(`<p class="point-meta">Reached the ending <b>${h(t)}</b> here: ${n}, and went on.</p>`);
    out.push('<table class="chart"><colgroup><col class="c-label"><col class="c-bar"><col class="c-num"></colgroup><tbody>');
    for (const w of p.ways) {
      const to = [...w.to].map(([t, n]) => {
        const words = t.startsWith('P') ? `<a href="#p${t.slice(1)}">${t}</a>` : h(targetWords(t));
        return w.to.size > 1 ? `${words} (${n})` : words;
      });
      out.push(`<tr><td>${h(w.text)} <span class="who">→ ${to.join(', ')}</span></td><td>${barSvg(w.students / Math.max(1, p.students))}</td><td class="num">${w.students}</td></tr>`);
    }
    out.push('</tbody></table></figure>');
  }
  return htmlPage({ title: `${m.title}: the class's branch map`, ...look, body: out.join('\n'), wide: true });
}

export function classMapDot(m: ClassMap): string {
  const q = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
  // Long labels wrap at words instead of being cut.
  const wrap = (text: string, width = 40) => text.split(' ').reduce<string[]>((lines, word) => {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
    return lines;
  }, []).join('\n');
  const lines = [`digraph class_map {`, `  label=${q(`The class's branch map: ${m.title}`)};`, '  rankdir=TB;', '  node [shape=box, style=rounded];'];
  for (const p of m.positions) lines.push(`  P${p.n} [label=${q(`P${p.n} (${p.students})\n${wrap(p.prompt)}`)}];`);
  const ends = new Set<string>();
  for (const p of m.positions) {
    for (const w of p.ways) {
      for (const [t, n] of w.to) {
        const id = t.startsWith('P') ? t : q(targetWords(t));
        if (!t.startsWith('P')) ends.add(t);
        lines.push(`  P${p.n} -> ${id} [label=${q(`${wrap(w.text, 30)} (${n})`)}];`);
      }
    }
  }
  for (const t of ends) lines.push(`  ${q(targetWords(t))} [shape=box, penwidth=2];`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
