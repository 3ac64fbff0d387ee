// A transcript's summary for grading (`caviar transcript --summary`): one or two pages with the
// role, the ending, the objective, the key decisions taken (the story's `# decision:` tags, the
// last choice at each) and the facts met, numbered as on the handout. It carries the playthrough
// record like a full transcript, so it can be handed in instead.

import { escapeHtml as h, escapeMarkdown as md } from '../escape.ts';
import { type Certainty, CERTAINTY, factNumbers, type Facts } from './facts.ts';
import { handInBlock } from './handin.ts';
import { certaintyTag, htmlPage, type PageTheme } from './page.ts';
import type { Playthrough } from './playthrough.ts';
import { shortTime } from './transcript-doc.ts';

interface Summary {
  title: string;
  meta: Array<[string, string]>;
  decisions: Array<{ summary: string; chosen: string }>;
  facts: Array<{ n: number | null; statement: string; certainty: Certainty }>;
  invented: number;
}

function summaryOf(p: Playthrough, facts: Facts): Summary {
  const d = p.debrief;
  const minutes = (Date.parse(p.handIn.updatedAt ?? '') - Date.parse(p.handIn.createdAt ?? '')) / 60_000;
  const meta: Array<[string, string | null]> = [
    ['Student', p.student],
    ['Role', d.roleName ?? d.role],
    ['Ending', d.ending?.title ?? (d.ended ? 'no named ending' : 'not reached: the playthrough stops before an ending')],
    ['Objective', d.objective ? `${d.objective.text} (${d.objective.met === null ? 'not recorded' : d.objective.met ? 'met' : 'not met'})` : null],
    ['Choices made', String(p.final.turn)],
    ['Time taken', Number.isFinite(minutes) && minutes >= 0 ? `${Math.round(minutes)} minutes, from the start to the last move` : null],
    ['Last played', shortTime(p.handIn.updatedAt ?? null)],
  ];
  const last = new Map<string, { summary: string; chosen: string }>();
  for (const x of p.decisions) if (x.marked) last.set(x.marked.id, { summary: x.marked.summary, chosen: x.offered[x.chosen]?.text ?? '' });
  const numbers = factNumbers(facts);
  return {
    title: p.final.title,
    meta: meta.filter((m): m is [string, string] => Boolean(m[1])),
    decisions: [...last.values()],
    facts: [...d.documented, ...d.uncertain]
      .map((f) => ({ n: numbers.get(f.key) ?? null, statement: f.statement, certainty: f.certainty }))
      .sort((a, b) => (a.n ?? Infinity) - (b.n ?? Infinity)),
    invented: d.fictionLines,
  };
}

export function summaryHtml(p: Playthrough, facts: Facts, look: { theme: PageTheme; noColor: boolean }): string {
  const s = summaryOf(p, facts);
  const out: string[] = [`<h1>${h(s.title)}: summary</h1>`];
  out.push(`<dl class="meta">${s.meta.map(([k, v]) => `<dt>${h(k)}</dt><dd>${h(v)}</dd>`).join('')}</dl>`);
  out.push('<h2>Key decisions</h2>');
  out.push(
    s.decisions.length
      ? `<table><thead><tr><th>Decision</th><th>Chosen</th></tr></thead><tbody>${s.decisions.map((x) => `<tr><td>${h(x.summary)}</td><td>${h(x.chosen)}</td></tr>`).join('')}</tbody></table>`
      : '<p class="muted">This playthrough reached none of the decisions the story marks as key.</p>',
  );
  out.push(`<h2>Facts met (${s.facts.length})</h2>`);
  out.push(
    s.facts.length
      ? `<ul class="handout">${s.facts.map((f) => `<li>${f.n ? `<span class="fno">F${f.n}</span> ` : ''}${h(f.statement)}${certaintyTag(f.certainty)}</li>`).join('')}</ul>`
      : '<p class="muted">No passage marked as fact.</p>',
  );
  out.push(`<p class="muted">${s.invented} passage${s.invented === 1 ? ' was' : 's were'} marked as invented for the game. The full transcript has every passage and the sources.</p>`);
  return htmlPage({ title: `${s.title}: summary${p.student ? ` of ${p.student}` : ''}`, theme: look.theme, noColor: look.noColor, body: out.join('\n'), trailer: handInBlock(p.handIn) });
}

export function summaryMarkdown(p: Playthrough, facts: Facts): string {
  const s = summaryOf(p, facts);
  const out = [`# ${md(s.title)}: summary`, '', s.meta.map(([k, v]) => `- ${k}: ${md(v)}`).join('\n'), '', '## Key decisions', ''];
  if (s.decisions.length) out.push(...s.decisions.map((x) => `- ${md(x.summary)} **${md(x.chosen)}**`));
  else out.push('This playthrough reached none of the decisions the story marks as key.');
  out.push('', `## Facts met (${s.facts.length})`, '');
  out.push(...s.facts.map((f) => `- ${f.n ? `F${f.n}. ` : ''}${md(f.statement)}${f.certainty === 'documented' ? '' : ` (${CERTAINTY[f.certainty].word})`}`));
  out.push('', `${s.invented} passage${s.invented === 1 ? ' was' : 's were'} marked as invented for the game.`, '', handInBlock(p.handIn), '');
  return out.join('\n');
}
