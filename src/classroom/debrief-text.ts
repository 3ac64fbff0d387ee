// The debrief as sections of plain text: what plain mode prints at an ending and on :debrief,
// and what the terminal UI styles (a heading per section, its lines, its items with their
// details). No decoration: each line reads well aloud.

import { safeUrl } from '../escape.ts';
import { type Certainty, CERTAINTY, noteDetail, type SourceRef, UNCERTAIN, type Uncertain } from './facts.ts';
import type { Debrief, DebriefFact } from './debrief.ts';
import { crossingFrom } from './table.ts';

export interface DebriefItem {
  text: string;
  /** What the record says of an uncertain point, then the sources. */
  details: string[];
}

export type DebriefSectionId = 'outcome' | 'table' | Certainty | 'invented' | 'unlisted';

export interface DebriefSection {
  id: DebriefSectionId;
  heading: string;
  lines: string[];
  items: DebriefItem[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function sourcesText(sources: SourceRef[]): string {
  if (!sources.length) return 'Source: not given.';
  const list = sources
    .map((s) => {
      const url = safeUrl(s.url ?? undefined);
      return url ? `${s.title} (${url})` : s.title;
    })
    .join('; ');
  return `${sources.length === 1 ? 'Source' : 'Sources'}: ${list}.`;
}

function item(fact: DebriefFact, withNote: boolean): DebriefItem {
  const details = [sourcesText(fact.sources)];
  const note = withNote ? noteDetail(fact) : null;
  if (note) details.unshift(note);
  return { text: fact.statement, details };
}

/** How each kind of uncertain point is introduced: its heading, and what the count is of. */
const UNCERTAIN_SECTIONS: Record<Uncertain, { heading: string; of: string }> = {
  disputed: { heading: 'Disputed points you met', of: 'where the sources disagree' },
  unconfirmed: { heading: 'Unconfirmed points you met', of: `where ${CERTAINTY.unconfirmed.means}` },
  unknown: { heading: 'Unknowns you met', of: `the story imagines, because ${CERTAINTY.unknown.means}` },
};

/** "1 documented fact, 2 disputed points, 1 unconfirmed point": only the kinds met, documented always. */
export function certaintyCounts(d: Debrief): string[] {
  return [
    plural(d.documented.length, 'documented fact'),
    ...UNCERTAIN.flatMap((c) => {
      const n = d.uncertain.filter((f) => f.certainty === c).length;
      return n ? [plural(n, `${CERTAINTY[c].word} point`)] : [];
    }),
  ];
}

/** The objective and whether it was met, as two lines; none when the story states no objective. */
export function objectiveLines(d: Debrief): string[] {
  if (!d.objective) return [];
  const { text, met } = d.objective;
  const outcome =
    met === null ? 'not recorded by the story' : met ? 'yes' : d.ended ? 'no' : 'not yet (the story has not ended)';
  return [`Your private objective: ${text}`, `Objective met: ${outcome}.`];
}

export function debriefSections(d: Debrief): DebriefSection[] {
  const outcome: string[] = [];
  if (d.ending) outcome.push(`Ending: ${d.ending.title}.`);
  else outcome.push(d.ended ? 'The story ended without a named ending.' : 'The story has not reached an ending yet.');
  const role = d.roleName ?? d.role;
  if (role) outcome.push(`Role: ${role}.`);
  outcome.push(...objectiveLines(d));

  const sections: DebriefSection[] = [{ id: 'outcome', heading: 'Debrief', lines: outcome, items: [] }];
  if (d.table.length) {
    sections.push({
      id: 'table',
      heading: 'From your table',
      lines: [`What your tablemates' choices did to your story (${plural(d.table.length, 'time')}):`],
      items: d.table.map((c) => ({ text: `${c.summary}.`.replace(/([.!?])\.$/, '$1'), details: [`From ${crossingFrom(c)}.`, `In your story: ${c.text}`] })),
    });
  }
  sections.push({
    id: 'documented',
    heading: 'History this playthrough rested on',
    lines: [
      d.documented.length
        ? `${plural(d.documented.length, 'documented fact')}, from the story's facts file:`
        : 'No documented fact from the story\'s facts file was met.',
    ],
    items: d.documented.map((f) => item(f, false)),
  });
  for (const c of UNCERTAIN) {
    const met = d.uncertain.filter((f) => f.certainty === c);
    if (!met.length) continue;
    const { heading, of } = UNCERTAIN_SECTIONS[c];
    sections.push({ id: c, heading, lines: [`${plural(met.length, 'point')} ${of}:`], items: met.map((f) => item(f, true)) });
  }
  sections.push({
    id: 'invented',
    heading: 'Invented for the game',
    lines: [
      d.fictionLines
        ? `${plural(d.fictionLines, 'passage')} of this playthrough ${d.fictionLines === 1 ? 'was' : 'were'} marked as invented.`
        : 'No passage of this playthrough was marked as invented.',
      'Everything not listed as history above is the story\'s invention, or its reading of the record.',
    ],
    items: [],
  });
  if (d.unlisted.length || d.factsProblem) {
    const lines: string[] = [];
    if (d.factsProblem) lines.push(`The story's facts file could not be used: ${d.factsProblem}.`);
    if (d.unlisted.length) lines.push(`Marked as fact, with no statement in the facts file: ${d.unlisted.join(', ')}.`);
    sections.push({ id: 'unlisted', heading: 'Not in the facts file', lines, items: [] });
  }
  return sections;
}

/** The debrief as plain text lines: numbered items, details indented, an end marker. */
export function debriefText(d: Debrief): string {
  const out: string[] = [];
  for (const section of debriefSections(d)) {
    out.push(section.id === 'outcome' ? section.heading : `${section.heading}:`);
    out.push(...section.lines);
    section.items.forEach((it, i) => {
      out.push(`${i + 1}. ${it.text}`);
      out.push(...it.details.map((line) => `   ${line}`));
    });
  }
  out.push('End of the debrief.');
  return `${out.join('\n')}\n`;
}

/**
 * The debrief shown by itself at an ending (plain mode): whether the objective was met first,
 * then the ending and the counts, in a few lines that stay on the screen; `:debrief` has the rest.
 */
export function debriefBrief(d: Debrief): string {
  const out = ['Debrief'];
  const [objective, met] = objectiveLines(d);
  if (objective && met) out.push(`${met} ${objective}.`.replace(/\.\.$/, '.'));
  out.push(...debriefSections(d)[0]!.lines.filter((l) => !l.startsWith('Your private objective') && !l.startsWith('Objective met')));
  const counts = [...certaintyCounts(d), plural(d.fictionLines, 'invented passage')];
  out.push(`This playthrough met ${counts.slice(0, -1).join(', ')} and ${counts.at(-1)}: :debrief shows them, with their sources.`);
  return `${out.join('\n')}\n`;
}
