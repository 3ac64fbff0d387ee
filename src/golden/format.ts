// The golden transcript format of `caviar test` (docs/testing.md): a header, then a plain-mode
// session as text: what the story printed, `> ` lines for what was typed, and `[vars]` and
// `[tags]` lines for expectations at chosen points. Text, so a diff of two versions reads like
// a diff of the story's output; the runner writes the same form back (`--update`).

export const HEADER = 'caviar-test 1';

export interface GoldenFile {
  /** The story, as written in the file: relative to the test file. */
  story: string;
  seed: number;
  /** `from: knot.stitch`: start there (as `caviar play --from`). */
  from?: string;
  /** `role: ID`: start in that role (as `caviar play --role`), wherever the story puts it. */
  role?: string;
  /** Header lines kept as they are (comments). */
  comments: string[];
  body: Item[];
}

export type Item =
  | { kind: 'text'; line: string }
  | { kind: 'input'; text: string }
  | { kind: 'vars'; names: string[]; line: string }
  | { kind: 'tags'; line: string };

export class GoldenFormatError extends Error {}

// Lines of story text that would read as one of the format's own lines get a backslash.
const SPECIAL = /^(>|\[vars\]|\[tags\]|\\)/;

export function escapeText(line: string): string {
  return SPECIAL.test(line) ? `\\${line}` : line;
}

export function parseGolden(text: string): GoldenFile {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n').split('\n');
  if (lines.at(-1) === '') lines.pop();
  if (lines[0]?.trim() !== HEADER) throw new GoldenFormatError(`a caviar test starts with the line "${HEADER}"`);
  const header: Record<string, string> = {};
  const comments: string[] = [];
  let i = 1;
  for (; i < lines.length && lines[i]!.trim() !== ''; i++) {
    const line = lines[i]!;
    if (line.startsWith('#')) {
      comments.push(line);
      continue;
    }
    const m = /^(\w+):\s*(.*)$/.exec(line);
    if (!m || !['story', 'seed', 'from', 'role'].includes(m[1]!)) {
      throw new GoldenFormatError(`line ${i + 1}: the header holds story:, seed:, from: or role:, and # comments; not "${line}"`);
    }
    header[m[1]!] = m[2]!.trim();
  }
  if (!header.story) throw new GoldenFormatError('the header has no story: line (the story, relative to the test file)');
  const seed = Number(header.seed ?? '');
  if (!/^\d+$/.test(header.seed ?? '') || !Number.isSafeInteger(seed)) throw new GoldenFormatError('the header needs seed: N, a whole number');
  const body: Item[] = lines.slice(i + 1).map((line) => {
    if (line.startsWith('\\')) return { kind: 'text', line: line.slice(1) };
    if (line.startsWith('>')) return { kind: 'input', text: line.slice(1).trim() };
    if (line.startsWith('[vars]')) {
      const names = [...line.slice(6).matchAll(/(?:^|,)\s*([\w.]+)\s*=/g)].map((m) => m[1]!);
      const bare = line.slice(6).trim();
      return { kind: 'vars', names: names.length ? names : bare.split(/[\s,]+/).filter(Boolean), line };
    }
    if (line.startsWith('[tags]')) return { kind: 'tags', line };
    return { kind: 'text', line };
  });
  if (header.from && header.role) throw new GoldenFormatError('from: and role: both say where the story starts: give one');
  return { story: header.story, seed, ...(header.from ? { from: header.from } : {}), ...(header.role ? { role: header.role } : {}), comments, body };
}

export function renderGolden(file: GoldenFile): string {
  const head = [HEADER, ...file.comments, `story: ${file.story}`, `seed: ${file.seed}`, ...(file.from ? [`from: ${file.from}`] : []), ...(file.role ? [`role: ${file.role}`] : [])];
  const body = file.body.map((item) => {
    switch (item.kind) {
      case 'text':
        return escapeText(item.line);
      case 'input':
        return `> ${item.text}`;
      default:
        return item.line;
    }
  });
  return `${[...head, '', ...body].join('\n')}\n`;
}
