// The fact / disputed / invented handout, built from the story's facts file: what the record
// documents, what it leaves in dispute, and what the game invents, with the sources numbered.
// Printed for a class (HTML), or pasted into notes (Markdown), with a box to tick for each
// statement met in a playthrough.

import { escapeHtml as h, escapeMarkdown as md, safeUrl } from '../escape.ts';
import type { Fact, Facts, SourceRef } from './facts.ts';
import { htmlPage, type PageTheme } from './page.ts';

/** Said of every story when its facts file lists no inventions of its own. */
export const INVENTED_DEFAULT = [
  'The character you play, and the people around them who are not named in the sources.',
  'Their conversations with real people, and every word a real person says that the record does not give.',
  'Any turn of events the sources do not report: what your character did, and what came of it.',
];

export interface Handout {
  title: string;
  documented: Array<{ fact: Fact; sources: number[] }>;
  disputed: Array<{ fact: Fact; sources: number[] }>;
  invented: string[];
  sources: Array<SourceRef & { n: number }>;
}

export function buildHandout(title: string, facts: Facts): Handout {
  const numbers = new Map<string, number>();
  const sources: Handout['sources'] = [];
  const cite = (s: SourceRef) => {
    if (!numbers.has(s.id)) {
      numbers.set(s.id, numbers.size + 1);
      sources.push({ ...s, n: numbers.size });
    }
    return numbers.get(s.id)!;
  };
  const documented: Handout['documented'] = [];
  const disputed: Handout['disputed'] = [];
  for (const fact of facts.byKey.values()) {
    (fact.status === 'disputed' ? disputed : documented).push({ fact, sources: fact.sources.map(cite) });
  }
  return { title, documented, disputed, invented: facts.invented.length ? facts.invented : INVENTED_DEFAULT, sources };
}

const cites = (ns: number[]) => (ns.length ? ` [${ns.join(', ')}]` : '');

export function handoutMarkdown(x: Handout): string {
  const out: string[] = [];
  out.push(`# ${md(x.title)}: fact, disputed, invented`, '');
  out.push('Tick each statement you met in your playthrough. Numbers in brackets are the sources, listed at the end.', '');
  out.push(`## Documented (${x.documented.length})`, '');
  for (const d of x.documented) out.push(`- [ ] ${md(d.fact.statement)}${cites(d.sources)}`);
  out.push('', `## Disputed or uncertain (${x.disputed.length})`, '');
  for (const d of x.disputed) {
    out.push(`- [ ] ${md(d.fact.statement)}${cites(d.sources)}`);
    if (d.fact.note) out.push(`  - Why disputed: ${md(d.fact.note)}`);
  }
  out.push('', '## Invented for the game', '');
  for (const line of x.invented) out.push(`- ${md(line)}`);
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
  out.push(`<h2>Documented (${x.documented.length})</h2><ul class="facts handout">`);
  for (const d of x.documented) out.push(`<li>${box}${h(d.fact.statement)}<span class="muted">${cites(d.sources)}</span></li>`);
  out.push(`</ul><h2>Disputed or uncertain (${x.disputed.length})</h2><ul class="facts handout">`);
  for (const d of x.disputed) {
    const why = d.fact.note ? `<div class="sources">Why disputed: ${h(d.fact.note)}</div>` : '';
    out.push(`<li>${box}${h(d.fact.statement)}<span class="muted">${cites(d.sources)}</span>${why}</li>`);
  }
  out.push('</ul><h2>Invented for the game</h2><ul class="facts">');
  for (const line of x.invented) out.push(`<li>${h(line)}</li>`);
  out.push('</ul><h2>Sources</h2><ol class="notes">');
  for (const s of x.sources) {
    const url = safeUrl(s.url ?? undefined);
    out.push(`<li value="${s.n}">${h(s.title)}${url ? ` <span class="url">${h(url)}</span>` : ''}</li>`);
  }
  out.push('</ol>');
  return htmlPage({ title: `${x.title}: fact, disputed, invented`, theme: look.theme, noColor: look.noColor, body: out.join('\n') });
}
