// Line, branch and sequence coverage for the report: the content counts the walkers gathered
// (tally.hits) laid over what the story holds (coverage-items.ts) and its source map, as lines
// never printed, conditional sides never taken, sequence items never shown, and a hit count
// for every source line that holds content (the HTML report's source view).

import { coverageItems } from './coverage-items.ts';
import type { ReportBranch, ReportLine, ReportLineCoverage, ReportSequenceItem } from './report-shape.ts';
import type { SourceLookup } from './source.ts';
import type { Tally } from './tally.ts';

export function lineCoverage(json: string, source: SourceLookup, tally: Pick<Tally, 'hits' | 'offeredTimes'>): ReportLineCoverage {
  const items = coverageItems(json);
  const hits = (at: string | null) => (at === null ? 0 : (tally.hits.get(at) ?? 0));

  // A line that prints text counts the times its text was printed; another line, the times its
  // busiest content ran. A story without a source map counts by content.
  const lineKey = (inkPath: string) => source.of(inkPath) ?? inkPath;
  const perLine = new Map<string, number>();
  const texts = new Set(items.text);
  const textKeys = new Set(items.text.map(lineKey));
  for (const at of items.content) {
    const k = lineKey(at);
    if (!textKeys.has(k) || texts.has(at)) perLine.set(k, Math.max(perLine.get(k) ?? 0, hits(at)));
  }

  const textLines = new Map<string, { inkPath: string; printed: number }>();
  for (const at of items.text) {
    const k = lineKey(at);
    const old = textLines.get(k);
    if (!old) textLines.set(k, { inkPath: at, printed: hits(at) });
    else old.printed += hits(at);
  }
  const neverPrinted: ReportLine[] = [...textLines.entries()]
    .filter(([, v]) => v.printed === 0)
    .map(([, v]) => ({ inkPath: v.inkPath, source: source.of(v.inkPath), line: source.lineText(v.inkPath) }));

  const where = (inkPath: string) => ({ inkPath, source: source.of(inkPath), line: source.lineText(inkPath) });
  const branches: ReportBranch[] = [];
  for (const c of items.conditionals) {
    for (const b of c.branches) {
      branches.push({ kind: b.isElse ? 'else' : 'branch', ...where(b.entry), branch: b.branch, of: b.of, text: b.text, count: hits(b.entry) });
    }
    const last = c.branches.at(-1);
    if (c.lastTest !== null && last) {
      // The side with no branch of its own: its last condition was tested and false.
      const count = Math.max(0, hits(c.lastTest) - hits(last.entry));
      branches.push({ kind: 'none', ...where(c.lastTest), branch: null, of: c.branches.length, text: null, count });
    }
  }
  for (const at of items.conditionalChoices) {
    const offered = tally.offeredTimes.get(at) ?? 0;
    branches.push({ kind: 'choice-offered', ...where(at), branch: null, of: null, text: null, count: offered });
    // Tested and not offered: its condition was false (or, once-only, it was already taken).
    branches.push({ kind: 'choice-hidden', ...where(at), branch: null, of: null, text: null, count: Math.max(0, hits(at) - offered) });
  }

  const sequences: ReportSequenceItem[] = items.sequences.map((s) => ({ kind: s.kind, ...where(s.entry), item: s.item, of: s.of, text: s.text, count: hits(s.entry) }));

  const files = new Map<string, Array<[number, number]>>();
  for (const [k, n] of perLine) {
    const cut = k.lastIndexOf(':');
    const line = Number(k.slice(cut + 1));
    if (cut < 0 || !Number.isInteger(line)) continue;
    const file = k.slice(0, cut);
    if (!files.has(file)) files.set(file, []);
    files.get(file)!.push([line, n]);
  }

  return {
    lines: { total: textLines.size, printed: textLines.size - neverPrinted.length, neverPrinted },
    branches: { total: branches.length, taken: branches.filter((b) => b.count > 0).length, list: branches, neverTaken: branches.filter((b) => b.count === 0) },
    sequences: { total: sequences.length, shown: sequences.filter((s) => s.count > 0).length, list: sequences, neverShown: sequences.filter((s) => s.count === 0) },
    files: [...files].map(([file, lines]) => ({ file, lines: lines.sort((a, b) => a[0] - b[0]) })),
  };
}
