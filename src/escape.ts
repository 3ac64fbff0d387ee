// Escaping for the documents the classroom kit writes. Everything in them that a student, an
// author or a hand-in file can change (names, story text, facts, file names) goes through
// these, so no markup or script gets into a transcript or a class report. Hand-written:
// three small functions, tested with hostile input, need no dependency.

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c]!);
}

/** A link target: only http(s) URLs become links (a `javascript:` URL in a facts file must not). */
export function safeUrl(url: string | undefined): string | null {
  if (!url) return null;
  return /^https?:\/\/[^\s<>"']+$/i.test(url.trim()) ? url.trim() : null;
}

/**
 * Text for a Markdown line: the characters Markdown would read as formatting, links or raw HTML
 * are escaped, so the text shows as written whether the file is read raw or rendered.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // A leading "#" would make a heading, a line of only "-" or "=" a rule or a heading above it.
    .replace(/^(\s*)(#|[-=]+\s*$)/, '$1\\$2');
}

/**
 * A name someone typed (--student, or a hand-in file): one line of plain text. Control
 * characters and bidirectional overrides (which can make text display as something else) go,
 * whitespace is collapsed, and the length is capped.
 */
export function cleanName(text: string, max = 100): string {
  const clean = text
    .replace(/[\p{Cc}\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
