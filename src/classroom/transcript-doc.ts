// A transcript's content, independent of its format: the header, the text of the playthrough
// as blocks (scenes, lines with their note numbers, the choices made), the notes (one per fact,
// numbered in the order first met), the ending and the debrief. The Markdown and HTML
// renderers only lay it out.

import type { Line } from '../engine/state.ts';
import { parseTag } from '../story/tags.ts';
import { type Briefing, briefingLines, linesShowBriefing } from './briefing.ts';
import type { Debrief } from './debrief.ts';
import type { Fact, Facts } from './facts.ts';
import { divergenceNote, type Playthrough } from './playthrough.ts';

export type Block =
  | { kind: 'scene'; text: string }
  | { kind: 'break' }
  | { kind: 'line'; text: string; speaker: string | null; notes: number[]; fiction: boolean }
  | { kind: 'choice'; turn: number; taken: string; others: string[] };

export interface Note {
  n: number;
  key: string;
  /** Null when the facts file does not hold this key. */
  fact: Fact | null;
}

export interface TranscriptDoc {
  title: string;
  author: string | null;
  student: string | null;
  role: string | null;
  ending: string | null;
  turns: number;
  lastPlayed: string | null;
  seed: number;
  storyVersion: string;
  /** Things the reader must know about this record (another story version, an early stop). */
  warnings: string[];
  /** Shown when the story's own text does not show it. */
  briefing: string[] | null;
  blocks: Block[];
  notes: Note[];
  /** The options still open, when the playthrough has not ended. */
  openChoices: string[];
  debrief: Debrief;
}

export function transcriptDoc(p: Playthrough, facts: Facts): TranscriptDoc {
  const numbers = new Map<string, number>();
  const noteOf = (key: string) => {
    if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
    return numbers.get(key)!;
  };
  const blocks: Block[] = [];
  let scene = { date: '', location: '' };
  for (const passage of p.passages) {
    const d = passage.decision;
    if (d) {
      blocks.push({ kind: 'choice', turn: d.turn, taken: d.offered[d.chosen]?.text ?? '', others: d.offered.filter((_, i) => i !== d.chosen).map((o) => o.text) });
    }
    for (const line of passage.lines) {
      if (line.clear && blocks.length && blocks.at(-1)!.kind !== 'break') blocks.push({ kind: 'break' });
      const next = sceneOf(line, scene);
      if (next.date !== scene.date || next.location !== scene.location) {
        scene = next;
        blocks.push({ kind: 'scene', text: [next.date, next.location].filter(Boolean).join(' · ') });
      }
      if (!line.text.trim()) continue;
      blocks.push({ kind: 'line', text: line.text, speaker: line.speaker ?? null, notes: (line.facts ?? []).map(noteOf), fiction: Boolean(line.fiction) });
    }
  }
  const notes = [...numbers].map(([key, n]) => ({ n, key, fact: facts.byKey.get(key) ?? null }));
  const warnings: string[] = [];
  if (p.otherVersion) {
    warnings.push(
      p.divergence
        ? 'This playthrough was made with another version of the story, and the current version no longer follows it all the way.'
        : 'This playthrough was made with another version of the story; it was rebuilt from the text of its choices, every one of which the current version still offers.',
    );
  }
  const stop = divergenceNote(p);
  if (stop) warnings.push(`This transcript is incomplete: ${stop}.`);
  if (facts.problem) warnings.push(`The story's facts file could not be used: ${facts.problem}.`);
  const f = p.final;
  return {
    title: f.title,
    author: f.author,
    student: p.student,
    role: p.debrief.roleName ?? p.debrief.role,
    ending: f.ending?.title ?? null,
    turns: f.turn,
    lastPlayed: p.handIn.updatedAt ?? null,
    seed: p.handIn.seed,
    storyVersion: p.handIn.story.hash.slice(0, 12),
    warnings,
    briefing: briefingShown(p) ? null : briefingLinesOf(p.briefing),
    blocks,
    notes,
    openChoices: f.ended ? [] : f.choices.map((c) => c.text),
    debrief: p.debrief,
  };
}

function sceneOf(line: Line, scene: { date: string; location: string }) {
  const next = { ...scene };
  for (const raw of line.tags) {
    const tag = parseTag(raw);
    if (tag.key === 'date' && tag.value) next.date = tag.value;
    if (tag.key === 'location' && tag.value) next.location = tag.value;
  }
  return next;
}

function briefingLinesOf(b: Briefing | null): string[] | null {
  return b ? briefingLines(b).slice(1) : null;
}

/** Whether the story's own text showed the briefing somewhere (Caviar prints it at each role's start). */
function briefingShown(p: Playthrough): boolean {
  return !p.briefing || linesShowBriefing(p.passages.flatMap((s) => s.lines), p.briefing);
}

/** "2026-10-02 14:05" from an ISO time; null stays null. */
/** The heading facts of a transcript, in both formats: label and value, the empty ones left out. */
export function transcriptMeta(doc: TranscriptDoc): Array<[string, string]> {
  const meta: Array<[string, string | null]> = [
    ['Student', doc.student],
    ['Role', doc.role],
    ['Ending', doc.ending ?? 'not reached'],
    ['Choices made', String(doc.turns)],
    ['Last played', shortTime(doc.lastPlayed)],
    ['Story', `${doc.title}${doc.author ? ` by ${doc.author}` : ''}, version ${doc.storyVersion}, seed ${doc.seed}`],
  ];
  return meta.filter((m): m is [string, string] => Boolean(m[1]));
}

export function shortTime(iso: string | null): string | null {
  if (!iso) return null;
  const m = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : null;
}
