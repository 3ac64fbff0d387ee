// The fact / disputed / invented handout, built from the story's facts file: what the record
// documents, what it leaves in dispute, and what the game invents, with the sources numbered.
// Printed for a class (HTML), or pasted into notes (Markdown), with a box to tick for each
// statement met in a playthrough.

import { escapeHtml as h, escapeMarkdown as md, safeUrl } from '../escape.ts';
import { type Certainty, CERTAINTY, type Fact, type Facts, noteDetail, type SourceRef, UNCERTAIN } from './facts.ts';
import { type Glossary, glossaryHtml, glossaryMarkdown } from './glossary.ts';
import { htmlPage, type PageTheme } from './page.ts';

/** Said of every story when its facts file lists no inventions of its own. */
export const INVENTED_DEFAULT = [
  'The character you play, and the people around them who are not named in the sources.',
  'Their conversations with real people, and every word a real person says that the record does not give.',
  'Any turn of events the sources do not report: what your character did, and what came of it.',
];

export interface Handout {
  title: string;
  /** The facts by certainty, documented first; a certainty no fact has is left out. */
  groups: Array<{ certainty: Certainty; facts: Array<{ fact: Fact; sources: number[] }> }>;
  invented: string[];
  sources: Array<SourceRef & { n: number }>;
  glossary: Glossary | null;
}

export function buildHandout(title: string, facts: Facts, glossary: Glossary | null = null): Handout {
  const numbers = new Map<string, number>();
  const sources: Handout['sources'] = [];
  const cite = (s: SourceRef) => {
    if (!numbers.has(s.id)) {
      numbers.set(s.id, numbers.size + 1);
      sources.push({ ...s, n: numbers.size });
    }
    return numbers.get(s.id)!;
  };
  const byCertainty = new Map<Certainty, Handout['groups'][number]['facts']>((['documented', ...UNCERTAIN] as Certainty[]).map((c) => [c, []]));
  for (const fact of facts.byKey.values()) byCertainty.get(fact.certainty)!.push({ fact, sources: fact.sources.map(cite) });
  const groups = [...byCertainty].filter(([, list]) => list.length).map(([certainty, list]) => ({ certainty, facts: list }));
  return { title, groups, invented: facts.invented.length ? facts.invented : INVENTED_DEFAULT, sources, glossary: glossary?.terms.length ? glossary : null };
}

const cites = (ns: number[]) => (ns.length ? ` [${ns.join(', ')}]` : '');

export function handoutMarkdown(x: Handout): string {
  const out: string[] = [];
  out.push(`# ${md(x.title)}: fact, disputed, invented`, '');
  out.push('Tick each statement you met in your playthrough. Numbers in brackets are the sources, listed at the end.', '');
  for (const g of x.groups) {
    out.push(`## ${CERTAINTY[g.certainty].heading} (${g.facts.length})`, '');
    for (const d of g.facts) {
      out.push(`- [ ] ${md(d.fact.statement)}${cites(d.sources)}`);
      const note = g.certainty === 'documented' ? null : noteDetail(d.fact);
      if (note) out.push(`  - ${md(note)}`);
    }
    out.push('');
  }
  out.push('## Invented for the game', '');
  for (const line of x.invented) out.push(`- ${md(line)}`);
  if (x.glossary) out.push('', glossaryMarkdown(x.glossary));
  out.push('', '## Sources', '');
  for (const s of x.sources) {
    const url = safeUrl(s.url ?? undefined);
    out.push(`${s.n}. ${md(s.title)}${url ? ` <${url}>` : ''}`);
  }
  out.push('');
  return out.join('\n');
}

export function handoutHtml(x: Handout, look: { theme: PageTheme; noColor: boolean }): string {
  const out: string[] = [];
  const box = '<span class="box" aria-hidden="true">☐</span> ';
  out.push(`<h1>${h(x.title)}: fact, disputed, invented</h1>`);
  out.push('<p class="muted">Tick each statement you met in your playthrough. Numbers in brackets are the sources, listed at the end.</p>');
  for (const g of x.groups) {
    out.push(`<h2>${h(CERTAINTY[g.certainty].heading)} (${g.facts.length})</h2><ul class="facts handout">`);
    for (const d of g.facts) {
      const note = g.certainty === 'documented' ? null : noteDetail(d.fact);
      out.push(`<li>${box}${h(d.fact.statement)}<span class="muted">${cites(d.sources)}</span>${note ? `<div class="sources">${h(note)}</div>` : ''}</li>`);
    }
    out.push('</ul>');
  }
  out.push('<h2>Invented for the game</h2><ul class="facts">');
  for (const line of x.invented) out.push(`<li>${h(line)}</li>`);
  out.push('</ul>');
  if (x.glossary) out.push(glossaryHtml(x.glossary));
  out.push('<h2>Sources</h2><ol class="notes">');
  for (const s of x.sources) {
    const url = safeUrl(s.url ?? undefined);
    out.push(`<li value="${s.n}">${h(s.title)}${url ? ` <span class="url">${h(url)}</span>` : ''}</li>`);
  }
  out.push('</ol>');
  return htmlPage({ title: `${x.title}: fact, disputed, invented`, theme: look.theme, noColor: look.noColor, body: out.join('\n') });
}
