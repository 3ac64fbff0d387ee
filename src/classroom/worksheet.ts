// The handout a student fills in during the lesson: the statements their role can meet (or,
// for one student, the ones their playthrough met), numbered F1, F2... as in the transcripts'
// notes and the class report, with a name line, a box for each statement met, its certainty to
// circle, two questions with space to answer, what the game invents, and the glossary. With
// `key`, the teacher's answer key: each statement's certainty, what is known, its sources
// (numbered S1, S2... as everywhere), and, for a student, which ones their playthrough met.

import { escapeHtml as h, escapeMarkdown as md, safeUrl } from '../escape.ts';
import { Session } from '../engine/session.ts';
import type { LoadedStory } from '../story/load.ts';
import { metadataOf } from '../story/metadata.ts';
import { type Briefing, briefingOf } from './briefing.ts';
import { CERTAINTY, certaintyLabel, type Fact, type Facts, factNumbers, noteDetail, type SourceRef, sourceNumbers } from './facts.ts';
import { type Glossary, glossaryHtml, glossaryMarkdown } from './glossary.ts';
import { INVENTED_DEFAULT } from './handout.ts';
import { htmlPage, type PageTheme } from './page.ts';
import { factsByRole } from './role-facts.ts';

export interface Worksheet {
  title: string;
  role: string;
  roleName: string;
  /** Null on a role's handout: the name line is left to fill in. */
  student: string | null;
  items: Array<{ n: number; fact: Fact; sources: number[]; met: boolean | null }>;
  invented: string[];
  sources: Array<{ n: number; source: SourceRef }>;
  glossary: Glossary;
}

/** Each role's briefing, read by starting the story in the role's knot (as `--role` does). */
export function roleBriefings(story: LoadedStory): Map<string, Briefing> {
  const out = new Map<string, Briefing>();
  for (const role of metadataOf(story).roles) {
    if (!role.knot) continue;
    try {
      const b = briefingOf(Session.start(story, { seed: 1, startPath: role.knot }));
      if (b) out.set(role.id, b);
    } catch {
      // A role whose start does not run has no briefing to show: its card says only its name.
    }
  }
  return out;
}

export interface WorksheetInput {
  story: LoadedStory;
  facts: Facts;
  glossary: Glossary;
  role: string;
  roleName?: string | null;
  student?: string | null;
  /** The facts a student's playthrough met: only those are listed, each marked met in the key. */
  met?: readonly string[];
}

export function buildWorksheet(o: WorksheetInput): Worksheet {
  const byRole = factsByRole(o.story);
  const meetable = byRole.get(o.role) ?? new Set<string>();
  const numbers = factNumbers(o.facts);
  const sourceNo = sourceNumbers(o.facts);
  const met = o.met ? new Set(o.met) : null;
  const items = [...o.facts.byKey.values()]
    .filter((f) => (met ? met.has(f.key) : meetable.has(f.key)))
    .map((fact) => ({ n: numbers.get(fact.key)!, fact, sources: fact.sources.map((s) => sourceNo.get(s.id)!), met: met ? true : null }));
  const cited = new Map<string, SourceRef>();
  for (const it of items) for (const s of it.fact.sources) cited.set(s.id, s);
  const sources = [...cited.values()].map((source) => ({ n: sourceNo.get(source.id)!, source })).sort((a, b) => a.n - b.n);
  const roleName = o.roleName ?? roleBriefings(o.story).get(o.role)?.roleName ?? o.role;
  return {
    title: metadataOf(o.story).title,
    role: o.role,
    roleName,
    student: o.student ?? null,
    items,
    invented: o.facts.invented.length ? o.facts.invented : INVENTED_DEFAULT,
    sources,
    glossary: o.glossary,
  };
}

const CODES = ['D', '?', '1', '0'] as const;
const CODE_WORDS = `D ${CERTAINTY.documented.word}, ? ${CERTAINTY.disputed.word} (${CERTAINTY.disputed.means}), 1 ${CERTAINTY.unconfirmed.word} (one source only), 0 ${CERTAINTY.unknown.word} (${CERTAINTY.unknown.means})`;

const QUESTIONS = [
  'Choose one statement that is disputed or unconfirmed. What would you need to find to settle it, and where would you look?',
  'Name one thing your character did or saw that the record does not show. How did the game tell you it was invented?',
];

function instructions(w: Worksheet): string {
  return w.student
    ? `These are the statements your playthrough met. Using your transcript's notes (the same numbers, F1, F2...), circle how certain each one is: ${CODE_WORDS}.`
    : `Tick each statement you met in your playthrough. Using your transcript's notes (the same numbers, F1, F2...), circle how certain each one is: ${CODE_WORDS}.`;
}

const cites = (ns: number[]) => (ns.length ? ns.map((n) => `S${n}`).join(', ') : 'no source');

export function worksheetHtml(sheets: Worksheet[], o: { key: boolean; theme: PageTheme; noColor: boolean }): string {
  const body = sheets.map((w) => sheetHtml(w, o.key)).join('\n');
  const first = sheets[0];
  const title = `${first?.title ?? 'Handout'}: ${o.key ? 'answer key' : 'handout'}${sheets.length === 1 && first ? `, ${first.student ?? first.roleName}` : ''}`;
  return htmlPage({ title, theme: o.theme, noColor: o.noColor, body, className: 'worksheet' });
}

function sheetHtml(w: Worksheet, key: boolean): string {
  const out: string[] = ['<section class="sheet">'];
  out.push(`<h1>${h(w.title)}: what really happened? <span class="muted">${h(w.roleName)}${key ? ', answer key' : ''}</span></h1>`);
  out.push(
    `<p class="nameline"><span>Name: ${w.student ? `<b>${h(w.student)}</b>` : '<span class="blank"></span>'}</span><span>Role: ${h(w.roleName)}</span><span>Date: <span class="blank short"></span></span></p>`,
  );
  if (key) out.push(`<p class="muted">The answer key: each statement's certainty, what is known, and its sources (listed at the end, numbered as in every transcript).${w.student ? ' Every statement here was met in this playthrough.' : ''}</p>`);
  else out.push(`<p class="muted">${h(instructions(w))}</p>`);
  out.push('<ol class="sheet-items">');
  for (const it of w.items) {
    const lead = `<span class="fno">F${it.n}</span> ${w.student || key ? '' : '<span class="box" aria-hidden="true">☐</span> '}`;
    if (key) {
      const note = it.fact.certainty === 'documented' ? null : noteDetail(it.fact);
      out.push(`<li>${lead}${h(it.fact.statement)} <b class="answer">${h(certaintyLabel(it.fact.certainty))}</b>${note ? ` <span class="sources">${h(note)}</span>` : ''} <span class="sources">(${cites(it.sources)})</span></li>`);
    } else {
      out.push(`<li>${lead}${h(it.fact.statement)} <span class="codes">${CODES.map((c) => `<span>${c}</span>`).join('')}</span></li>`);
    }
  }
  out.push('</ol>');
  if (!key) {
    out.push('<h2>Your answers</h2>');
    QUESTIONS.forEach((q, i) => out.push(`<p class="q">${i + 1}. ${h(q)}</p><div class="lines"><span></span><span></span><span></span></div>`));
  }
  out.push('<h2>Invented for the game</h2><ul class="invented">', ...w.invented.map((line) => `<li>${h(line)}</li>`), '</ul>');
  if (w.glossary.terms.length) out.push(glossaryHtml(w.glossary));
  if (key && w.sources.length) {
    out.push('<h2>Sources</h2><ol class="notes fnum">');
    for (const { n, source } of w.sources) {
      const url = safeUrl(source.url ?? undefined);
      out.push(`<li><span class="fno">S${n}</span> ${h(source.title)}${url ? ` <span class="url">${h(url)}</span>` : ''}</li>`);
    }
    out.push('</ol>');
  }
  out.push('</section>');
  return out.join('\n');
}

export function worksheetMarkdown(sheets: Worksheet[], o: { key: boolean }): string {
  const out: string[] = [];
  for (const w of sheets) {
    out.push(`# ${md(w.title)}: what really happened? (${md(w.roleName)}${o.key ? ', answer key' : ''})`, '');
    out.push(`Name: ${w.student ? md(w.student) : '________________________'}    Role: ${md(w.roleName)}    Date: __________`, '');
    out.push(o.key ? "The answer key: each statement's certainty, what is known, and its sources." : md(instructions(w)), '');
    for (const it of w.items) {
      if (o.key) {
        const note = it.fact.certainty === 'documented' ? null : noteDetail(it.fact);
        out.push(`- F${it.n}. ${md(it.fact.statement)} **${certaintyLabel(it.fact.certainty)}.**${note ? ` ${md(note)}` : ''} (${cites(it.sources)})`);
      } else out.push(`- ${w.student ? '' : '[ ] '}F${it.n}. ${md(it.fact.statement)}    D  ?  1  0`);
    }
    out.push('');
    if (!o.key) {
      out.push('## Your answers', '');
      QUESTIONS.forEach((q, i) => out.push(`${i + 1}. ${md(q)}`, '', '    ____________________________________________________________', '    ____________________________________________________________', ''));
    }
    out.push('## Invented for the game', '', ...w.invented.map((line) => `- ${md(line)}`), '');
    if (w.glossary.terms.length) out.push(glossaryMarkdown(w.glossary), '');
    if (o.key && w.sources.length) {
      out.push('## Sources', '');
      for (const { n, source } of w.sources) {
        const url = safeUrl(source.url ?? undefined);
        out.push(`S${n}. ${md(source.title)}${url ? ` <${url}>` : ''}`);
      }
      out.push('');
    }
  }
  return out.join('\n');
}
