// The class report's summary for the terminal: plain lines (no colour, no drawing), so it reads
// the same on any terminal, with NO_COLOR, and through a screen reader. Long texts are shortened
// at a word, never in the middle of one.

import { cleanName } from '../escape.ts';
import type { ClassData } from './class-data.ts';
import { CERTAINTY, UNCERTAIN } from './facts.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function classReportText(data: ClassData, dir: string): string[] {
  const out: string[] = [];
  out.push(`${data.storyTitle}: class report of ${cleanName(dir, 300)}`);
  out.push(`${plural(data.entries.length, 'student')} counted${data.skipped.length ? `; ${plural(data.skipped.length, 'file')} not included` : ''}.`);
  for (const r of data.roles) {
    const finished = r.entries.length - r.unfinished;
    const decided = r.objective.met + r.objective.notMet;
    out.push('');
    out.push(`${r.name}: ${plural(r.entries.length, 'student')}, ${finished} finished${decided ? `, objective met by ${r.objective.met} of ${decided}` : ''}.`);
    if (r.endings.length) {
      out.push(`  Endings: ${r.endings.map((e) => `${e.title} ${e.count}`).join(', ')}${r.tiedEndings.length ? ` (a tie: ${r.tiedEndings.join(', ')})` : ''}.`);
    }
    for (const k of r.keys) {
      out.push(`  ${shortAtWord(k.summary, 76)}`);
      out.push(`    ${k.options.map((o) => `${shortAtWord(o.text, 40)} ${o.count}`).join('; ')}${k.tied.length ? ' (a tie)' : ''}.`);
    }
  }
  if (data.tables.length) {
    // Roles, not names: the terminal summary names no student.
    out.push('');
    out.push(`Crossings at the tables: ${plural(data.tables.length, 'table')}, ${plural(data.tables.reduce((n, t) => n + t.crossings.length, 0), 'crossing')}.`);
    for (const t of data.tables) {
      const each = t.crossings.map((row) => `${row.from?.roleName ?? 'a tablemate'} to ${row.to.roleName}: ${row.crossing.id}`);
      out.push(`  Table ${t.number} (${t.members.map((e) => e.roleName).join(', ')}): ${each.join('; ')}.`);
    }
  }
  const known = data.facts.filter((f) => f.fact);
  const uncertain = UNCERTAIN.map((c) => [c, known.filter((f) => f.fact!.certainty === c).length] as const).filter(([, n]) => n);
  out.push('');
  if (data.factsFile.byKey.size) {
    out.push(`Facts: ${known.length} of the ${data.factsFile.byKey.size} in the facts file met by at least one student${uncertain.length ? `, among them ${uncertain.map(([c, n]) => `${n} ${CERTAINTY[c].word}`).join(', ')}` : ''}.`);
  } else if (data.facts.length) {
    out.push(`Facts: ${plural(data.facts.length, 'fact key')} met (the story has no usable facts file).`);
  }
  for (const w of data.warnings) out.push(`Warning: ${cleanName(w, 500)}`);
  if (data.skipped.length) {
    out.push('Not included:');
    // File names and reasons can carry what a hand-in file said: no control characters reach the terminal.
    for (const s of data.skipped) out.push(`  ${cleanName(s.file, 200)}: ${cleanName(s.reason, 500)}`);
  }
  return out;
}

/** One line of at most `max` characters, cut after a whole word (with "…") when longer. */
export function shortAtWord(text: string, max: number): string {
  const clean = cleanName(text, 10_000);
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 3 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
