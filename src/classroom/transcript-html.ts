// A transcript as one print-ready HTML file. Every piece of text goes through escapeHtml; links
// only to http(s) sources.

import { debriefSections } from './debrief-text.ts';
import { escapeHtml as h, safeUrl } from '../escape.ts';
import { noteDetail, type SourceRef } from './facts.ts';
import { type HandIn, handInBlock } from './handin.ts';
import { certaintyTag, htmlPage, type PageTheme } from './page.ts';
import { MARK_SIGNS, MARK_WORDS, type Mark, type TranscriptDoc, transcriptMeta } from './transcript-doc.ts';

export function transcriptHtml(doc: TranscriptDoc, handIn: HandIn, look: { theme: PageTheme; noColor: boolean }): string {
  const out: string[] = [];
  out.push(`<h1>${h(doc.title)}: transcript</h1>`);
  const meta = transcriptMeta(doc);
  out.push(`<dl class="meta">${meta.map(([k, v]) => `<dt>${h(k)}</dt><dd>${h(v)}</dd>`).join('')}</dl>`);
  for (const w of doc.warnings) out.push(`<p class="note"><strong>Note.</strong> ${h(w)}</p>`);
  out.push(legendHtml(doc));
  if (doc.briefing) {
    out.push('<h2>Briefing</h2>', ...doc.briefing.map((line) => `<p>${h(line)}</p>`));
  }

  out.push('<h2>The playthrough</h2>');
  for (const b of doc.blocks) {
    if (b.kind === 'scene') out.push(`<p class="scene">${h(b.text)}</p>`);
    else if (b.kind === 'break') out.push('<hr>');
    else if (b.kind === 'ending') out.push(`<h2 class="ending">Ending: ${h(b.title)}</h2>`);
    else if (b.kind === 'choice') {
      const others = b.others.length ? `<div class="others">Also offered: ${b.others.map(h).join('; ')}</div>` : '';
      out.push(`<div class="choice"><div>Choice ${b.turn}. You chose: <span class="taken">${h(b.taken)}</span></div>${others}</div>`);
    } else {
      const speaker = b.speaker ? `<span class="speaker">${h(b.speaker)}:</span> ` : '';
      const mark = `<span class="mark${b.own ? '' : ' inh'}" title="${h(MARK_WORDS[b.mark])}${b.own ? '' : ', from its scene'}">${MARK_SIGNS[b.mark]}<span class="sr"> (${h(MARK_WORDS[b.mark])})</span></span>`;
      const refs = b.notes.map((n) => `<sup class="ref"><a href="#note-${n}">[F${n}]</a></sup>`).join('');
      out.push(`<p class="para">${mark}${speaker}${h(b.text)}${refs}</p>`);
    }
  }

  if (doc.ending && !doc.blocks.some((b) => b.kind === 'ending')) out.push(`<h2>Ending: ${h(doc.ending)}</h2>`);
  else if (!doc.ending) {
    out.push('<h2>No ending yet</h2>');
    out.push(
      `<p>${
        doc.openChoices.length
          ? `The playthrough stops at choice ${doc.turns + 1}, where the options were: ${doc.openChoices.map(h).join('; ')}.`
          : 'The story ended without a named ending.'
      }</p>`,
    );
  }

  for (const section of debriefSections(doc.debrief)) {
    out.push(section.id === 'outcome' ? '<h2>Debrief</h2>' : `<h3>${h(section.heading)}</h3>`);
    if (section.id === 'documented') {
      // In a transcript the facts are the notes below; the debrief gives their count.
      out.push(`<p>${doc.debrief.documented.length ? `${h(section.lines[0]!.replace(/:$/, ''))}: see the notes below.` : h(section.lines[0]!)}</p>`);
      continue;
    }
    for (const line of section.lines) out.push(`<p>${h(line)}</p>`);
    if (section.items.length) {
      out.push(`<ol class="notes">${section.items.map((it) => `<li>${h(it.text)}${it.details.map((d) => `<div class="sources">${h(d)}</div>`).join('')}</li>`).join('')}</ol>`);
    }
  }

  if (doc.notes.length) {
    out.push('<h2>Notes: the history behind the story</h2>', '<ol class="notes fnum">');
    for (const note of doc.notes) {
      const f = note.fact;
      const cites = f?.sources.length ? ` <span class="sources">${f.sources.length === 1 ? 'Source' : 'Sources'}: ${f.sources.map((s) => `<a href="#source-${doc.sourceNumber.get(s.id)}">S${doc.sourceNumber.get(s.id)}</a>`).join(', ')}</span>` : '';
      const body = f
        ? `${h(f.statement)}${certaintyTag(f.certainty)}${f.certainty !== 'documented' && noteDetail(f) ? ` ${h(noteDetail(f)!)}` : ''}${cites}`
        : `Marked as fact (${h(note.key)}), but the story's facts file has no statement for it.`;
      out.push(`<li id="note-${note.n}" value="${note.n}"><span class="fno">F${note.n}</span> ${body}</li>`);
    }
    out.push('</ol>');
  }
  if (doc.sources.length) {
    out.push('<h2>Sources</h2>', '<ol class="notes fnum">');
    for (const { n, source } of doc.sources) out.push(`<li id="source-${n}"><span class="fno">S${n}</span> ${sourceHtml(source)}</li>`);
    out.push('</ol>');
  }

  const title = `${doc.title}: transcript${doc.student ? ` of ${doc.student}` : ''}`;
  return htmlPage({ title, theme: look.theme, noColor: look.noColor, body: out.join('\n'), trailer: handInBlock(handIn), className: 'transcript' });
}

/** What the marks mean, exactly: only the marks this transcript uses. */
function legendHtml(doc: TranscriptDoc): string {
  const used = new Set(doc.blocks.flatMap((b) => (b.kind === 'line' ? [b.mark] : [])));
  const items = (Object.keys(MARK_SIGNS) as Mark[]).filter((m) => used.has(m)).map((m) => `<li><span class="mark">${MARK_SIGNS[m]}</span> ${h(MARK_WORDS[m])}</li>`);
  return (
    '<div class="legend"><p>Each choice you made is in a box. Every paragraph has one mark in front of it:</p>' +
    `<ul>${items.join('')}</ul><p>A grey mark is the mark of the paragraph's scene: the paragraph has no tag of its own, and takes the one of the nearest marked paragraph in the same scene. ` +
    'A note number such as [F3] points to the notes at the end: the fact, numbered as on the handout, and its sources.</p></div>'
  );
}

function sourceHtml(s: SourceRef): string {
  const url = safeUrl(s.url ?? undefined);
  return url ? `<a href="${h(url)}">${h(s.title)}</a> <span class="url">${h(url)}</span>` : h(s.title);
}
