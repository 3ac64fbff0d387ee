// A unified diff of two texts, line by line, as `diff -u` prints it (3 lines of context), for
// `caviar test` failures. Hand-written: a longest-common-subsequence table is plenty for
// transcripts of a few thousand lines, and needs no dependency.

type Op = { kind: ' ' | '-' | '+'; line: string; a: number; b: number };

function ops(a: string[], b: string[]): Op[] {
  // Common head and tail first: most failures differ in a few lines of a long transcript.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  const n = x.length;
  const m = y.length;
  const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) table[i]![j] = x[i] === y[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  }
  const out: Op[] = [];
  for (let k = 0; k < head; k++) out.push({ kind: ' ', line: a[k]!, a: k, b: k });
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) {
      out.push({ kind: ' ', line: x[i]!, a: head + i, b: head + j });
      i++;
      j++;
    } else if (i < n && (j === m || table[i + 1]![j]! >= table[i]![j + 1]!)) {
      // Removed lines before added ones, as diff -u prints them.
      out.push({ kind: '-', line: x[i]!, a: head + i, b: head + j });
      i++;
    } else {
      out.push({ kind: '+', line: y[j]!, a: head + i, b: head + j });
      j++;
    }
  }
  for (let k = 0; k < tail; k++) out.push({ kind: ' ', line: a[a.length - tail + k]!, a: a.length - tail + k, b: b.length - tail + k });
  return out;
}

/** `--- expected` / `+++ actual` hunks; empty when the texts are the same. */
export function unifiedDiff(expected: string, actual: string, names: { expected: string; actual: string }, context = 3): string {
  if (expected === actual) return '';
  const split = (t: string) => (t.endsWith('\n') ? t.slice(0, -1) : t).split('\n');
  const all = ops(split(expected), split(actual));
  const changed = all.flatMap((op, k) => (op.kind === ' ' ? [] : [k]));
  if (!changed.length) return '';
  const hunks: Array<[number, number]> = [];
  for (const k of changed) {
    const from = Math.max(0, k - context);
    const to = Math.min(all.length - 1, k + context);
    const last = hunks.at(-1);
    if (last && from <= last[1] + 1) last[1] = to;
    else hunks.push([from, to]);
  }
  let out = `--- ${names.expected}\n+++ ${names.actual}\n`;
  for (const [from, to] of hunks) {
    const part = all.slice(from, to + 1);
    const aLines = part.filter((o) => o.kind !== '+').length;
    const bLines = part.filter((o) => o.kind !== '-').length;
    const aStart = part[0]!.a + (aLines ? 1 : 0);
    const bStart = part[0]!.b + (bLines ? 1 : 0);
    out += `@@ -${aStart},${aLines} +${bStart},${bLines} @@\n`;
    for (const op of part) out += `${op.kind}${op.line}\n`;
  }
  return out;
}
