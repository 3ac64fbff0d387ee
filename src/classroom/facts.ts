// The story's facts file (facts.json beside the main story file): what each `# fact: KEY` tag
// stands for, its sources, and whether it is documented or disputed. Optional: a story without
// one still gets a debrief, with the keys it met and no statements; a damaged one is reported
// and treated as absent, never a crash.

import path from 'node:path';
import { z } from 'zod';
import { readCompanionFile } from '../json-file.ts';

const factsSchema = z
  .object({
    format: z.literal('caviar-facts'),
    version: z.literal(1),
    sources: z.record(z.string(), z.object({ title: z.string(), url: z.string().nullish() }).passthrough()),
    facts: z.record(
      z.string(),
      z
        .object({
          statement: z.string(),
          sources: z.array(z.string()),
          status: z.enum(['documented', 'disputed']),
          /** Finer than `status`, which knows only documented or not; the file's own word wins. */
          certainty: z.enum(['documented', 'disputed', 'unconfirmed', 'unknown']).optional(),
          note: z.string().optional(),
        })
        .passthrough(),
    ),
    /** Optional: what the story invents, one item a line, for the handout. */
    invented: z.array(z.string()).optional(),
  })
  .passthrough();

export type FactsData = z.infer<typeof factsSchema>;
export type FactStatus = 'documented' | 'disputed';
export type Certainty = 'documented' | 'disputed' | 'unconfirmed' | 'unknown';

/** Every certainty but documented, in the order documents list them: least certain last. */
export type Uncertain = Exclude<Certainty, 'documented'>;
export const UNCERTAIN: readonly Uncertain[] = ['disputed', 'unconfirmed', 'unknown'];

/**
 * Each certainty in plain words, the same on every page and screen a class sees: `word` is what
 * a fact is called (in a note, after a statement), `means` what that word says about the record,
 * `heading` the title of a list of such facts.
 */
export const CERTAINTY: Record<Certainty, { word: string; means: string; heading: string }> = {
  documented: { word: 'documented', means: 'a record of the time, or sources that agree', heading: 'Documented' },
  disputed: { word: 'disputed', means: 'the sources disagree', heading: 'Disputed: the sources disagree' },
  unconfirmed: {
    word: 'unconfirmed',
    means: 'one source says it, and no other has been found to back it',
    heading: 'Unconfirmed: one source, and no other to back it',
  },
  unknown: { word: 'unknown', means: 'nobody recorded it', heading: 'Unknown: nobody recorded it' },
};

/** "Unconfirmed", to open a sentence. */
export function certaintyLabel(c: Certainty): string {
  const { word } = CERTAINTY[c];
  return `${word[0]!.toUpperCase()}${word.slice(1)}`;
}

/**
 * A fact's note without its opening sentence when that sentence names the certainty ("Unconfirmed:
 * it rests on one source..."), as the story's writing guide asks notes to begin: pages name the
 * certainty in their own words beside the note, so it would be said twice. A note that is only
 * that sentence keeps it, without the word.
 */
export function noteDetail(fact: Pick<Fact, 'note' | 'certainty'>): string | null {
  const note = fact.note?.trim();
  if (!note) return null;
  const prefix = `${CERTAINTY[fact.certainty].word}:`;
  if (!note.toLowerCase().startsWith(prefix)) return note;
  const opening = /^[^.]*\.\s+/.exec(note);
  const rest = opening && note.length > opening[0].length ? note.slice(opening[0].length) : note.slice(prefix.length).trim();
  return rest ? `${rest[0]!.toUpperCase()}${rest.slice(1)}` : null;
}

export interface SourceRef {
  id: string;
  title: string;
  url: string | null;
}

export interface Fact {
  key: string;
  statement: string;
  status: FactStatus;
  certainty: Certainty;
  note: string | null;
  sources: SourceRef[];
}

export interface Facts {
  /** The facts file looked for (whether or not it exists). */
  file: string;
  /** The facts by key, in the file's order; empty when there is no usable file. */
  byKey: Map<string, Fact>;
  invented: string[];
  /** Why the file could not be used; null when it was read, or simply is not there. */
  problem: string | null;
  present: boolean;
}

const factsCache = new WeakMap<object, Facts>();

/** The facts file of a loaded story, read once per loaded story. */
export function factsFor(story: { file: string }): Facts {
  let facts = factsCache.get(story);
  if (!facts) {
    facts = loadFacts(story.file);
    factsCache.set(story, facts);
  }
  return facts;
}

export function factsFileOf(storyFile: string): string {
  return path.join(path.dirname(storyFile), 'facts.json');
}

/** The facts file beside a story file. */
export function loadFacts(storyFile: string): Facts {
  const file = factsFileOf(storyFile);
  const read = readCompanionFile(file, factsSchema, 'facts file');
  if (!read.data) return { file, byKey: new Map(), invented: [], problem: read.problem, present: read.present };
  return { file, byKey: factsOf(read.data), invented: read.data.invented ?? [], problem: null, present: true };
}

function factsOf(data: FactsData): Map<string, Fact> {
  const byKey = new Map<string, Fact>();
  for (const [key, f] of Object.entries(data.facts)) {
    byKey.set(key, {
      key,
      statement: f.statement,
      status: f.status,
      certainty: f.certainty ?? f.status,
      note: f.note ?? null,
      sources: f.sources.map((id) => {
        // Own keys only: a source named "constructor" or "__proto__" is one the file lists, or none.
        const source = Object.hasOwn(data.sources, id) ? data.sources[id] : undefined;
        return { id, title: source?.title ?? id, url: source?.url ?? null };
      }),
    });
  }
  return byKey;
}

/**
 * Each fact's number, F1, F2..., in the facts file's order: the same in the class report, the
 * handout and the transcripts' notes, so "F12" means one statement on every page a class sees.
 */
export function factNumbers(facts: Facts): Map<string, number> {
  return new Map([...facts.byKey.keys()].map((key, i) => [key, i + 1]));
}

/**
 * Each source's number, S1, S2..., in the order the facts file first cites it: numbered once,
 * cited by number in the transcripts' notes and on the handout.
 */
export function sourceNumbers(facts: Facts): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const f of facts.byKey.values()) for (const s of f.sources) if (!numbers.has(s.id)) numbers.set(s.id, numbers.size + 1);
  return numbers;
}
