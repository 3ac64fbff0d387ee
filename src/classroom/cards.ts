// Two documents for the start of a lesson: a card per role (who you are and your private
// objective, from the story's own briefing; the real people you will meet and a few words,
// from its glossary) and a source packet (source-packet.json beside the story: short excerpts
// of documents of the time, each copied from a stored copy of its text, or a summary marked as
// one, each with its full citation and where its text was read).

import path from 'node:path';
import { z } from 'zod';
import { escapeHtml as h, escapeMarkdown as md, safeUrl } from '../escape.ts';
import { readCompanionFile } from '../json-file.ts';
import type { LoadedStory } from '../story/load.ts';
import { metadataOf } from '../story/metadata.ts';
import type { Glossary } from './glossary.ts';
import { htmlPage, type PageTheme } from './page.ts';
import { roleBriefings } from './worksheet.ts';

export interface RoleCard {
  role: string;
  roleName: string;
  briefing: string | null;
  objective: string | null;
  people: Array<{ name: string; who: string }>;
  terms: Array<{ term: string; definition: string }>;
}

export function roleCards(story: LoadedStory, glossary: Glossary): RoleCard[] {
  const briefings = roleBriefings(story);
  return metadataOf(story).roles.map((r) => {
    const b = briefings.get(r.id);
    return {
      role: r.id,
      roleName: b?.roleName ?? r.id,
      briefing: b?.briefing ?? null,
      objective: b?.objective ?? null,
      people: glossary.people.filter((p) => p.roles.includes(r.id)),
      terms: glossary.terms.filter((t) => t.cards?.includes(r.id)),
    };
  });
}

export function roleCardsHtml(title: string, cards: RoleCard[], look: { theme: PageTheme; noColor: boolean }): string {
  const body = cards.map((c) => {
    const out = [`<section class="card"><h1>${h(title)}: ${h(c.roleName)}</h1>`];
    if (c.briefing) out.push('<h2>Who you are</h2>', `<p>${h(c.briefing)}</p>`);
    if (c.objective) out.push('<h2>Your private objective</h2>', `<p><b>${h(c.objective)}</b></p><p class="muted">Keep it to yourself until the debrief.</p>`);
    if (c.people.length) out.push('<h2>Real people you will meet</h2><ul class="invented">', ...c.people.map((p) => `<li><b>${h(p.name)}</b>: ${h(p.who)}</li>`), '</ul>');
    if (c.terms.length) out.push('<h2>Words you will meet</h2><dl class="glossary">', ...c.terms.map((t) => `<dt>${h(t.term)}</dt><dd>${h(t.definition)}</dd>`), '</dl>');
    out.push('<p class="muted">Everyone else you meet, and everything your character does, is invented for the game.</p></section>');
    return out.join('\n');
  });
  return htmlPage({ title: `${title}: role cards`, ...look, body: body.join('\n'), className: 'worksheet' });
}

export function roleCardsMarkdown(title: string, cards: RoleCard[]): string {
  const out: string[] = [];
  for (const c of cards) {
    out.push(`# ${md(title)}: ${md(c.roleName)}`, '');
    if (c.briefing) out.push('## Who you are', '', md(c.briefing), '');
    if (c.objective) out.push('## Your private objective', '', `**${md(c.objective)}** (keep it to yourself until the debrief)`, '');
    if (c.people.length) out.push('## Real people you will meet', '', ...c.people.map((p) => `- **${md(p.name)}**: ${md(p.who)}`), '');
    if (c.terms.length) out.push('## Words you will meet', '', ...c.terms.map((t) => `- **${md(t.term)}**: ${md(t.definition)}`), '');
    out.push('Everyone else you meet, and everything your character does, is invented for the game.', '');
  }
  return out.join('\n');
}

const packetSchema = z.object({
  format: z.literal('caviar-source-packet'),
  version: z.literal(1),
  items: z.array(
    z.object({
      title: z.string().min(1),
      kind: z.enum(['excerpt', 'summary']),
      text: z.string().min(1),
      citation: z.string().min(1),
      url: z.string().nullish(),
      from: z.string().min(1),
    }),
  ),
});

export type SourcePacket = z.infer<typeof packetSchema>;

/** The story's source packet; a message in caviar's words when it is missing or damaged. */
export function loadSourcePacket(storyFile: string): { file: string; packet: SourcePacket | null; problem: string | null } {
  const file = path.join(path.dirname(storyFile), 'source-packet.json');
  const read = readCompanionFile(file, packetSchema, 'source packet');
  if (!read.present) return { file, packet: null, problem: 'the story has no source packet (source-packet.json beside it)' };
  return { file, packet: read.data, problem: read.problem };
}

export function sourcePacketHtml(title: string, packet: SourcePacket, look: { theme: PageTheme; noColor: boolean }): string {
  const out = [`<h1>${h(title)}: sources of the time</h1>`, '<p class="muted">Short passages from documents written in 1941, each with where it comes from. A summary is marked as one: it is not a quotation.</p>'];
  packet.items.forEach((it, i) => {
    const url = safeUrl(it.url ?? undefined);
    out.push(`<h2>${i + 1}. ${h(it.title)}${it.kind === 'summary' ? ' <span class="disputed">summary, not a quotation</span>' : ''}</h2>`);
    out.push(it.kind === 'excerpt' ? `<blockquote class="excerpt">${h(it.text)}</blockquote>` : `<p>${h(it.text)}</p>`);
    out.push(`<p class="sources">${h(it.citation)}${url ? ` <span class="url">${h(url)}</span>` : ''}</p><p class="sources"><i>${h(it.from)}</i></p>`);
  });
  return htmlPage({ title: `${title}: sources of the time`, ...look, body: out.join('\n') });
}

export function sourcePacketMarkdown(title: string, packet: SourcePacket): string {
  const out = [`# ${md(title)}: sources of the time`, '', 'Short passages from documents written in 1941, each with where it comes from. A summary is marked as one: it is not a quotation.', ''];
  packet.items.forEach((it, i) => {
    const url = safeUrl(it.url ?? undefined);
    out.push(`## ${i + 1}. ${md(it.title)}${it.kind === 'summary' ? ' (a summary, not a quotation)' : ''}`, '');
    out.push(it.kind === 'excerpt' ? `> ${md(it.text)}` : md(it.text), '');
    out.push(`${md(it.citation)}${url ? ` <${url}>` : ''}`, '', `*${md(it.from)}*`, '');
  });
  return out.join('\n');
}
