// A transcript's content, independent of its format: the header, the text of the playthrough
// as blocks (scenes, lines with their marks and note numbers, the choices made), the notes (one
// per fact, numbered as in the facts file), the sources they cite (numbered once), the ending and
// the debrief. The Markdown and HTML
// renderers only lay it out.

import type { Line } from '../engine/state.ts';
import { localTime, timeZoneName } from '../local-time.ts';
import { parseTag, splitIdAndTitle } from '../story/tags.ts';
import { type Briefing, briefingLines, linesShowBriefing } from './briefing.ts';
import type { Debrief } from './debrief.ts';
import { CERTAINTY, type Fact, type Facts, factNumbers, type SourceRef, sourceNumbers, type Uncertain } from './facts.ts';
import { divergenceNote, type Playthrough } from './playthrough.ts';

/**
 * What a paragraph rests on: a documented fact (two sources or more), a documented fact with one
 * source, a point that is disputed, unconfirmed or unknown, or invention; 'unmarked' only in a
 * scene the story did not tag at all.
 */
export type Mark = 'documented' | 'single' | Uncertain | 'invented' | 'unmarked';

export const MARK_SIGNS: Record<Mark, string> = { documented: '✓', single: '¹', disputed: '?', unconfirmed: '≈', unknown: '∅', invented: '†', unmarked: '·' };

const said = (c: Uncertain) => `${CERTAINTY[c].word}: ${CERTAINTY[c].means}`;

export const MARK_WORDS: Record<Mark, string> = {
  documented: 'documented, two or more sources',
  single: 'documented, one source',
  disputed: said('disputed'),
  unconfirmed: said('unconfirmed'),
  unknown: said('unknown'),
  invented: 'invented for the game',
  unmarked: 'not marked by the story',
};

/** A paragraph resting on several facts takes the least certain one's mark. */
const LEAST_CERTAIN_FIRST: readonly Uncertain[] = ['unknown', 'disputed', 'unconfirmed'];

export type Block =
  | { kind: 'scene'; text: string }
  | { kind: 'break' }
  /** `own`: the paragraph's own tag gives its mark; otherwise it takes its scene's. */
  | { kind: 'line'; text: string; speaker: string | null; notes: number[]; fiction: boolean; mark: Mark; own: boolean }
  | { kind: 'choice'; turn: number; taken: string; others: string[] }
  /** Where the ending's text begins, so its heading comes before it. */
  | { kind: 'ending'; title: string };

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
  /** The sources the notes cite, by their number. */
  sources: Array<{ n: number; source: SourceRef }>;
  sourceNumber: Map<string, number>;
  /** The options still open, when the playthrough has not ended. */
  openChoices: string[];
  debrief: Debrief;
}

export function transcriptDoc(p: Playthrough, facts: Facts): TranscriptDoc {
  // The facts file's numbers (F12 is the same statement in the report and on the handout); keys the file lacks come after.
  const fileNumbers = factNumbers(facts);
  const numbers = new Map<string, number>();
  const noteOf = (key: string) => {
    if (!numbers.has(key)) numbers.set(key, fileNumbers.get(key) ?? fileNumbers.size + 1 + [...numbers.keys()].filter((k) => !fileNumbers.has(k)).length);
    return numbers.get(key)!;
  };
  const markOf = (line: Line): Mark | null => {
    const met = (line.facts ?? []).map((k) => facts.byKey.get(k)).filter((f): f is Fact => Boolean(f));
    const weakest = LEAST_CERTAIN_FIRST.find((c) => met.some((f) => f.certainty === c));
    if (weakest) return weakest;
    if (met.length) return met.some((f) => f.sources.length > 1) ? 'documented' : 'single';
    if (line.fiction) return 'invented';
    return (line.facts ?? []).length ? 'documented' : null;
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
      const ending = line.tags.map(parseTag).find((t) => t.key === 'ending');
      if (ending) blocks.push({ kind: 'ending', title: splitIdAndTitle(ending.value).title });
      if (!line.text.trim()) continue;
      const mark = markOf(line);
      blocks.push({ kind: 'line', text: line.text, speaker: line.speaker ?? null, notes: (line.facts ?? []).map(noteOf), fiction: Boolean(line.fiction), mark: mark ?? 'unmarked', own: mark !== null });
    }
  }
  inheritMarks(blocks);
  const notes = [...numbers].map(([key, n]) => ({ n, key, fact: facts.byKey.get(key) ?? null })).sort((a, b) => a.n - b.n);
  const sourceNumber = sourceNumbers(facts);
  const cited = new Map<string, SourceRef>();
  for (const note of notes) for (const s of note.fact?.sources ?? []) cited.set(s.id, s);
  const sources = [...cited.values()].map((source) => ({ n: sourceNumber.get(source.id) ?? 0, source })).sort((a, b) => a.n - b.n);
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
    sources,
    sourceNumber,
    openChoices: f.ended ? [] : f.choices.map((c) => c.text),
    debrief: p.debrief,
  };
}

/**
 * A paragraph without a tag of its own takes its scene's: the nearest marked paragraph before it
 * in the same scene, else the first one after it. A scene (between two changes of date or place)
 * with no tag at all stays 'unmarked', and the legend says so.
 */
function inheritMarks(blocks: Block[]): void {
  let scene: Array<Extract<Block, { kind: 'line' }>> = [];
  const settle = () => {
    let last: Mark | null = null;
    for (const b of scene) if (b.own) last ??= b.mark;
    for (const b of scene) {
      if (b.own) last = b.mark;
      else if (last) b.mark = last;
    }
    scene = [];
  };
  for (const b of blocks) {
    if (b.kind === 'scene') settle();
    else if (b.kind === 'line') scene.push(b);
  }
  settle();
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

/** A recorded time in the reader's own time zone, the zone named. */
export function shortTime(iso: string | null): string | null {
  if (!iso || Number.isNaN(Date.parse(iso))) return null;
  return `${localTime(iso)} (${timeZoneName()})`;
}
