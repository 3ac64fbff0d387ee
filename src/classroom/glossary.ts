// The story's glossary (glossary.json beside the main story file, like facts.json): the words a
// student meets that need explaining (Narkomindel, chancery, Protocol...), and the real people
// each role meets, for the role cards. Optional: a story without one has an empty glossary; a
// damaged one is reported where it is asked for and treated as absent, never a crash.

import path from 'node:path';
import { z } from 'zod';
import { escapeHtml as h, escapeMarkdown as md } from '../escape.ts';
import { readCompanionFile } from '../json-file.ts';

const glossarySchema = z.object({
  format: z.literal('caviar-glossary'),
  version: z.literal(1),
  terms: z.array(z.object({ term: z.string().min(1), definition: z.string().min(1), cards: z.array(z.string()).optional() })),
  people: z.array(z.object({ name: z.string().min(1), who: z.string().min(1), roles: z.array(z.string()) })).optional(),
});

export interface Glossary {
  file: string;
  /** `cards`: the roles whose role card lists the term. */
  terms: Array<{ term: string; definition: string; cards?: string[] }>;
  people: Array<{ name: string; who: string; roles: string[] }>;
  /** Why the file could not be used; null when it was read, or is not there. */
  problem: string | null;
  present: boolean;
}

const cache = new WeakMap<object, Glossary>();

/** The glossary of a loaded story, read once per loaded story. */
export function glossaryFor(story: { file: string }): Glossary {
  let g = cache.get(story);
  if (!g) {
    g = loadGlossary(story.file);
    cache.set(story, g);
  }
  return g;
}

export function loadGlossary(storyFile: string): Glossary {
  const file = path.join(path.dirname(storyFile), 'glossary.json');
  const read = readCompanionFile(file, glossarySchema, 'glossary');
  if (!read.data) return { file, terms: [], people: [], problem: read.problem, present: read.present };
  // Alphabetical, whatever the file's order, so a reader finds a word where they expect it.
  const terms = [...read.data.terms].sort((a, b) => a.term.localeCompare(b.term));
  return { file, terms, people: read.data.people ?? [], problem: null, present: true };
}

/** The glossary as plain lines, for `:glossary` and the terminal UI's window. */
export function glossaryLines(g: Glossary): string[] {
  if (g.problem) return [`The story's glossary could not be used: ${g.problem}.`];
  if (!g.terms.length) return ['This story has no glossary.'];
  return g.terms.map((t) => `${t.term}: ${t.definition}`);
}

export function glossaryHtml(g: Glossary): string {
  return `<h2 class="glossary">Glossary</h2><dl class="glossary">${g.terms.map((t) => `<dt>${h(t.term)}</dt><dd>${h(t.definition)}</dd>`).join('')}</dl>`;
}

export function glossaryMarkdown(g: Glossary): string {
  return ['## Glossary', '', ...g.terms.map((t) => `- **${md(t.term)}**: ${md(t.definition)}`)].join('\n');
}
