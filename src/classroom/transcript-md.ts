// A transcript as Markdown: readable as plain text, and rendered well by the usual viewers
// (footnotes in the GitHub style). Every piece of text goes through escapeMarkdown.

import { debriefSections } from './debrief-text.ts';
import { escapeMarkdown as md, safeUrl } from '../escape.ts';
import { certaintyLabel, noteDetail, type SourceRef } from './facts.ts';
import { type HandIn, handInBlock } from './handin.ts';
import { MARK_SIGNS, MARK_WORDS, type Mark, type TranscriptDoc, transcriptMeta } from './transcript-doc.ts';

export function transcriptMarkdown(doc: TranscriptDoc, handIn: HandIn): string {
  const out: string[] = [];
  const para = (text: string) => out.push(text, '');

  para(`# ${md(doc.title)}: transcript`);
  const meta = transcriptMeta(doc);
  para(meta.map(([k, v]) => `- ${k}: ${md(v)}`).join('\n'));
  for (const w of doc.warnings) para(`> **Note.** ${md(w)}`);
  const used = new Set(doc.blocks.flatMap((b) => (b.kind === 'line' ? [b.mark] : [])));
  const legend = (Object.keys(MARK_SIGNS) as Mark[]).filter((m) => used.has(m)).map((m) => `${MARK_SIGNS[m]} ${MARK_WORDS[m]}`);
  para(
    'How to read this transcript: each choice you made is a quoted block starting "Choice N". ' +
      `Every paragraph ends with one mark: ${legend.join('; ')}. A mark in brackets is the mark of the paragraph's scene: ` +
      'the paragraph has no tag of its own and takes the one of the nearest marked paragraph in the same scene. ' +
      'Footnotes are the facts, numbered as on the handout (F1, F2...), with their sources.',
  );
  if (doc.briefing) {
    para('## Briefing');
    for (const line of doc.briefing) para(md(line));
  }

  para('## The playthrough');
  for (const b of doc.blocks) {
    if (b.kind === 'scene') para(`*${md(b.text)}*`);
    else if (b.kind === 'break') para('* * *');
    else if (b.kind === 'ending') para(`## Ending: ${md(b.title)}`);
    else if (b.kind === 'choice') {
      const lines = [`> **Choice ${b.turn}.** You chose: **${md(b.taken)}**`];
      if (b.others.length) lines.push(`> Also offered: ${b.others.map(md).join('; ')}`);
      para(lines.join('  \n'));
    } else {
      const refs = b.notes.map((n) => `[^${n}]`).join('');
      para(`${b.speaker ? `**${md(b.speaker)}:** ` : ''}${md(b.text)} ${b.own ? MARK_SIGNS[b.mark] : `(${MARK_SIGNS[b.mark]})`}${refs}`);
    }
  }

  if (!doc.blocks.some((b) => b.kind === 'ending')) para(doc.ending ? `## Ending: ${md(doc.ending)}` : '## No ending yet');
  if (!doc.ending) {
    para(
      doc.openChoices.length
        ? `The playthrough stops at choice ${doc.turns + 1}, where the options were: ${doc.openChoices.map(md).join('; ')}.`
        : 'The story ended without a named ending.',
    );
  }

  for (const section of debriefSections(doc.debrief)) {
    // In a transcript the facts are the notes below; the debrief gives their count and the rest.
    if (section.id === 'documented') {
      para(`### ${md(section.heading)}`);
      para(doc.debrief.documented.length ? `${section.lines[0]!.replace(/:$/, '')}: see the notes below.` : md(section.lines[0]!));
      continue;
    }
    para(section.id === 'outcome' ? '## Debrief' : `### ${md(section.heading)}`);
    for (const line of section.lines) para(md(line));
    section.items.forEach((item, i) => para(`${i + 1}. ${md(item.text)}  \n   ${item.details.map(md).join('  \n   ')}`));
  }

  if (doc.notes.length) {
    para('## Notes: the history behind the story');
    for (const note of doc.notes) {
      const f = note.fact;
      if (!f) {
        para(`[^${note.n}]: F${note.n}. Marked as fact (${md(note.key)}), but the story's facts file has no statement for it.`);
        continue;
      }
      const detail = noteDetail(f);
      const disputed = f.certainty === 'documented' ? '' : ` **${certaintyLabel(f.certainty)}.**${detail ? ` ${md(detail)}` : ''}`;
      const cites = f.sources.length ? ` ${f.sources.length === 1 ? 'Source' : 'Sources'}: ${f.sources.map((s) => `S${doc.sourceNumber.get(s.id)}`).join(', ')}.` : '';
      para(`[^${note.n}]: F${note.n}. ${md(f.statement)}${disputed}${cites}`);
    }
  }
  if (doc.sources.length) {
    para('## Sources');
    for (const { n, source } of doc.sources) para(`S${n}. ${sourceMd(source)}`);
  }
  out.push(handInBlock(handIn), '');
  return out.join('\n');
}

function sourceMd(s: SourceRef): string {
  const url = safeUrl(s.url ?? undefined);
  return url ? `[${md(s.title)}](<${url}>)` : md(s.title);
}
