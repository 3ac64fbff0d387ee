// What caviar knows about a story before playing it, read once per loaded story from one walk
// of its compiled JSON: the global tags (title, author, watches, shared variables) and every tag
// written in the story (endings, roles, decisions, phases), with where each one sits.
//
// Only tags written as plain text are known here; a tag built from ink expressions is only known
// when it is reached. Both ways compiled stories hold tags are read: ink 1.1 and later write
// "#", "^text", "/#" into a container; older inks (format 18 to 20) write {"#": "text"}.

import path from 'node:path';
import { parseTag, splitIdAndTitle } from './tags.ts';

/** A tag as written in the compiled story. */
export interface StaticTag {
  text: string;
  /** The knot holding it; null outside any knot (the story's start). */
  knot: string | null;
  /** Where it sits: "container.index", as the explorer names content. */
  at: string;
}

export interface WatchSpec {
  variable: string;
  label: string;
}

export interface EndingInfo {
  id: string;
  title: string;
}

export interface RoleInfo {
  id: string;
  /** The knot holding the role's tag; null when the tag is outside any knot (the story's start). */
  knot: string | null;
}

export interface DecisionInfo {
  id: string;
  summary: string;
  knot: string | null;
}

export interface PhaseInfo {
  id: string;
  title: string;
  knot: string | null;
}

export interface CrossingInfo {
  id: string;
  summary: string;
  knot: string | null;
}

export interface StoryMeta {
  title: string;
  author: string | null;
  globalTags: string[];
  watches: WatchSpec[];
  /** Variables shared by the seats of a table in a live class (`# shared:`). */
  shared: string[];
  tags: StaticTag[];
  /** Each ending once, by its first tag, in the order of the compiled story. */
  endings: EndingInfo[];
  roles: RoleInfo[];
  decisions: DecisionInfo[];
  phases: PhaseInfo[];
  /** Where a tablemate's act shows in this seat's text (`# crossing:`), each id once. */
  crossings: CrossingInfo[];
}

type Json = unknown;

const isContainer = (v: Json): v is Json[] => Array.isArray(v);

/** Reads a compiled story's metadata; `fallbackTitle` when it has no `# title:`. */
export function readMetadata(json: string, fallbackTitle: string): StoryMeta {
  let root: Json = null;
  try {
    root = (JSON.parse(json) as { root?: Json }).root ?? null;
  } catch {
    // The loader has checked the JSON; a story without a usable root simply has no tags.
  }
  const tags = isContainer(root) ? staticTags(root) : [];
  const globalTags = isContainer(root) ? globalTagsOf(root) : [];

  let title = fallbackTitle;
  let author: string | null = null;
  const watches: WatchSpec[] = [];
  const shared: string[] = [];
  for (const raw of globalTags) {
    const { key, value } = parseTag(raw);
    if (key === 'title' && value) title = value;
    else if (key === 'author' && value) author = value;
    else if (key === 'watch' && value) {
      const { id, title: label } = splitIdAndTitle(value);
      watches.push({ variable: id, label });
    } else if (key === 'shared') {
      for (const name of value.split(/[\s,]+/).filter(Boolean)) if (!shared.includes(name)) shared.push(name);
    }
  }

  const endings = new Map<string, EndingInfo>();
  const roles = new Map<string, RoleInfo>();
  const decisions = new Map<string, DecisionInfo>();
  const phases = new Map<string, PhaseInfo>();
  const crossings = new Map<string, CrossingInfo>();
  for (const tag of tags) {
    const { key, value } = parseTag(tag.text);
    const { id, title: rest } = splitIdAndTitle(value);
    if (!id) continue;
    if (key === 'ending' && !endings.has(id)) endings.set(id, { id, title: rest });
    else if (key === 'role' && !roles.has(id.toLowerCase())) roles.set(id.toLowerCase(), { id, knot: tag.knot });
    else if (key === 'decision' && !decisions.has(id)) decisions.set(id, { id, summary: rest, knot: tag.knot });
    else if (key === 'phase' && !phases.has(id)) phases.set(id, { id, title: rest, knot: tag.knot });
    else if (key === 'crossing' && !crossings.has(id)) crossings.set(id, { id, summary: rest, knot: tag.knot });
  }
  return {
    title,
    author,
    globalTags,
    watches,
    shared,
    tags,
    endings: [...endings.values()],
    roles: [...roles.values()],
    decisions: [...decisions.values()],
    phases: [...phases.values()],
    crossings: [...crossings.values()],
  };
}

const cache = new WeakMap<object, StoryMeta>();

/** The metadata of a loaded story, read once and kept with it. */
export function metadataOf(story: { json: string; file: string }): StoryMeta {
  let meta = cache.get(story);
  if (!meta) {
    meta = readMetadata(story.json, path.basename(story.file).replace(/\.(ink|json)$/i, ''));
    cache.set(story, meta);
  }
  return meta;
}

/** The text of a static tag starting at content[i] ("#", "^text"..., "/#"), or null. */
function newStyleTag(content: Json[], i: number): { text: string; next: number } | null {
  if (content[i] !== '#') return null;
  let text = '';
  let j = i + 1;
  for (; j < content.length && content[j] !== '/#'; j++) {
    const item = content[j];
    // Anything but plain text (an expression, a divert) makes the tag dynamic.
    if (typeof item !== 'string' || !item.startsWith('^')) return null;
    text += item.slice(1);
  }
  return j < content.length ? { text: text.trim(), next: j } : null;
}

/** Every static tag of the story, walking containers without recursion (stories nest deeply). */
function staticTags(root: Json[]): StaticTag[] {
  const found: StaticTag[] = [];
  const stack: Array<{ node: Json[]; path: string[]; knot: string | null }> = [{ node: root, path: [], knot: null }];
  while (stack.length) {
    const { node, path: at, knot } = stack.pop()!;
    const last = node.at(-1);
    const dict = last && typeof last === 'object' && !isContainer(last) ? (last as Record<string, Json>) : null;
    const content = dict || last === null ? node.slice(0, -1) : node;
    const children: Array<{ node: Json[]; path: string[]; knot: string | null }> = [];
    for (let i = 0; i < content.length; i++) {
      const item = content[i];
      const tag = newStyleTag(content, i);
      if (tag) {
        found.push({ text: tag.text, knot, at: [...at, String(i + 1)].join('.') });
        i = tag.next;
      } else if (isContainer(item)) {
        const end = item.at(-1) as Record<string, Json> | null;
        const name = end && typeof end === 'object' && typeof end['#n'] === 'string' ? end['#n'] : String(i);
        children.push({ node: item, path: [...at, name], knot });
      } else if (item && typeof item === 'object' && typeof (item as Record<string, Json>)['#'] === 'string') {
        found.push({ text: ((item as Record<string, Json>)['#'] as string).trim(), knot, at: [...at, String(i)].join('.') });
      }
    }
    for (const [name, child] of Object.entries(dict ?? {})) {
      if (name.startsWith('#') || !isContainer(child)) continue;
      // The root's named containers are the knots; deeper ones stay inside their knot.
      children.push({ node: child, path: [...at, name], knot: at.length === 0 ? (name === 'global decl' ? null : name) : knot });
    }
    // Reversed onto the stack, so tags come out in the order of the compiled story.
    for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]!);
  }
  return found;
}

/** The tags at the very top of the story, as inkjs's `globalTags` reads them. */
function globalTagsOf(root: Json[]): string[] {
  let container = root;
  while (isContainer(container[0])) container = container[0];
  const tags: string[] = [];
  for (let i = 0; i < container.length; i++) {
    const item = container[i];
    const tag = newStyleTag(container, i);
    if (tag) {
      tags.push(tag.text);
      i = tag.next;
    } else if (item && typeof item === 'object' && !isContainer(item) && typeof (item as Record<string, Json>)['#'] === 'string') {
      tags.push(((item as Record<string, Json>)['#'] as string).trim());
    } else break;
  }
  return tags;
}
