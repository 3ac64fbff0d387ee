// A transcript of a playthrough, in Markdown or HTML, from its hand-in (a save, or the record
// inside another transcript): rebuilt on the story, so it holds the whole text, not just the
// last passage a save keeps.

import path from 'node:path';
import type { Facts } from './facts.ts';
import type { PageTheme } from './page.ts';
import type { Playthrough } from './playthrough.ts';
import { transcriptDoc } from './transcript-doc.ts';
import { transcriptHtml } from './transcript-html.ts';
import { transcriptMarkdown } from './transcript-md.ts';

export type TranscriptFormat = 'md' | 'html';
export const TRANSCRIPT_FORMATS: readonly TranscriptFormat[] = ['md', 'html'];

export interface TranscriptLook {
  theme: PageTheme;
  noColor: boolean;
}

export function renderTranscript(p: Playthrough, facts: Facts, format: TranscriptFormat, look: TranscriptLook): string {
  const doc = transcriptDoc(p, facts);
  return format === 'html' ? transcriptHtml(doc, p.handIn, look) : transcriptMarkdown(doc, p.handIn);
}

/** The format a file name asks for: .html or .htm is HTML, anything else Markdown. */
export function formatOfFile(file: string): TranscriptFormat {
  return /^\.html?$/i.test(path.extname(file)) ? 'html' : 'md';
}
