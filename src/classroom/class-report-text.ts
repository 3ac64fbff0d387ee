// The class report's summary for the terminal: plain lines (no colour, no drawing), so it reads
// the same on any terminal, with NO_COLOR, and through a screen reader.

import { cleanName } from '../escape.ts';
import { type ClassData, divided } from './class-data.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function classReportText(data: ClassData, dir: string): string[] {
  const out: string[] = [];
  const students = new Set(data.entries.map((e) => e.student).filter(Boolean)).size;
  out.push(`${data.storyTitle}: class report of ${dir}`);
  out.push(
    `${plural(data.entries.length, 'playthrough')} counted (${plural(students, 'student')} named)` +
      `${data.skipped.length ? `; ${plural(data.skipped.length, 'file')} not included` : ''}.`,
  );
  for (const r of data.roles) {
    const finished = r.entries.length - r.unfinished;
    const decided = r.objective.met + r.objective.notMet;
    out.push('');
    out.push(
      `${r.name}: ${plural(r.entries.length, 'playthrough')}, ${finished} finished` +
        `${decided ? `, objective met in ${r.objective.met} of ${decided}` : ''}.`,
    );
    if (r.endings.length) out.push(`  Endings: ${r.endings.map((e) => `${e.title} ${e.count}`).join(', ')}.`);
    const split = r.points.filter((p) => p.reached >= 3 && p.picks === p.reached && divided(p) > 0).sort((a, b) => divided(b) - divided(a))[0];
    if (split) {
      out.push(`  Most divided decision: "${short(split.prompt ?? '(no text before the options)')}"`);
      out.push(`    ${split.options.map((o) => `${short(o.text, 40)} ${o.count}`).join('; ')}.`);
    }
  }
  const known = data.facts.filter((f) => f.fact);
  const disputed = known.filter((f) => f.fact!.status === 'disputed').length;
  out.push('');
  if (data.factsFile.byKey.size) {
    out.push(`Facts: ${known.length} of the ${data.factsFile.byKey.size} in the facts file met by at least one playthrough, ${plural(disputed, 'disputed point')} among them.`);
  } else if (data.facts.length) {
    out.push(`Facts: ${plural(data.facts.length, 'fact key')} met (the story has no usable facts file).`);
  }
  if (data.skipped.length) {
    out.push('Not included:');
    // File names and reasons can carry what a hand-in file said: no control characters reach the terminal.
    for (const s of data.skipped) out.push(`  ${cleanName(s.file, 200)}: ${cleanName(s.reason, 500)}`);
  }
  return out;
}

function short(text: string, max = 70): string {
  return cleanName(text, max);
}
