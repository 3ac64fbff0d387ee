// Ink tags as key/value pairs: "speaker: Nye" -> { key: "speaker", value: "Nye" }.
// Keys are compared without case, so "# Location:" and "# location:" mean the same.

export interface Tag {
  key: string;
  value: string;
  raw: string;
}

// Stories repeat the same tags ("fiction", "speaker: Nye") on line after line: parse each once.
const parsed = new Map<string, Tag>();
const PARSED_MAX = 10_000;

export function parseTag(raw: string): Tag {
  let tag = parsed.get(raw);
  if (!tag) {
    tag = Object.freeze(parseTagText(raw));
    if (parsed.size >= PARSED_MAX) parsed.clear(); // tags built from ink expressions can be endless
    parsed.set(raw, tag);
  }
  return tag;
}

function parseTagText(raw: string): Tag {
  const text = raw.trim();
  const colon = text.indexOf(':');
  // A bare word ("CLEAR", "fiction") or a URL-like value without a key.
  if (colon <= 0 || /\s/.test(text.slice(0, colon).trim())) {
    return { key: text.toLowerCase(), value: '', raw: text };
  }
  return { key: text.slice(0, colon).trim().toLowerCase(), value: text.slice(colon + 1).trim(), raw: text };
}

/** "ID Title words" -> { id, title }; the title defaults to the id. */
export function splitIdAndTitle(value: string): { id: string; title: string } {
  const m = /^(\S+)\s*(.*)$/.exec(value.trim());
  const id = m?.[1] ?? '';
  return { id, title: m?.[2]?.trim() || id };
}
