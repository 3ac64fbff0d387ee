// A transcript as Markdown: readable as plain text, and rendered well by the usual viewers
// (footnotes in the GitHub style). Every piece of text goes through escapeMarkdown.

import { debriefSections } from './debrief-text.ts';
import { escapeMarkdown as md, safeUrl } from '../escape.ts';
import type { SourceRef } from './facts.ts';
import { type HandIn, handInBlock } from './handin.ts';
import { type TranscriptDoc, transcriptMeta } from './transcript-doc.ts';

export function transcriptMarkdown(doc: TranscriptDoc, handIn: HandIn): string {
  const out: string[] = [];
  const para = (text: string) => out.push(text, '');

  para(`# ${md(doc.title)}: transcript`);
  const meta = transcriptMeta(doc);
  para(meta.map(([k, v]) => `- ${k}: ${md(v)}`).join('\n'));
  for (const w of doc.warnings) para(`> **Note.** ${md(w)}`);
  para(
    'How to read this transcript: each choice you made is a quoted block starting "Choice N"; ' +
      'footnote numbers point to the notes at the end, the documented history behind a passage; ' +
      '† marks a passage invented for the game.',
  );
  if (doc.briefing) {
    para('## Briefing');
    for (const line of doc.briefing) para(md(line));
  }

  para('## The playthrough');
  for (const b of doc.blocks) {
    if (b.kind === 'scene') para(`*${md(b.text)}*`);
    else if (b.kind === 'break') para('* * *');
    else if (b.kind === 'choice') {
      const lines = [`> **Choice ${b.turn}.** You chose: **${md(b.taken)}**`];
      if (b.others.length) lines.push(`> Also offered: ${b.others.map(md).join('; ')}`);
      para(lines.join('  \n'));
    } else {
      const refs = b.notes.map((n) => `[^${n}]`).join('');
      para(`${b.speaker ? `**${md(b.speaker)}:** ` : ''}${md(b.text)}${b.fiction ? ' †' : ''}${refs}`);
    }
  }

  para(doc.ending ? `## Ending: ${md(doc.ending)}` : '## No ending yet');
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
        para(`[^${note.n}]: Marked as fact (${md(note.key)}), but the story's facts file has no statement for it.`);
        continue;
      }
      const disputed = f.status === 'disputed' ? ` **Disputed.**${f.note ? ` ${md(f.note)}` : ''}` : '';
      para(`[^${note.n}]: ${md(f.statement)}${disputed} ${sourcesMd(f.sources)}`);
    }
  }
  out.push(handInBlock(handIn), '');
  return out.join('\n');
}

function sourcesMd(sources: SourceRef[]): string {
  if (!sources.length) return '';
  const list = sources.map((s) => {
    const url = safeUrl(s.url ?? undefined);
    return url ? `[${md(s.title)}](<${url}>)` : md(s.title);
  });
  return `${sources.length === 1 ? 'Source' : 'Sources'}: ${list.join('; ')}.`;
}
