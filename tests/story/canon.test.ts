// The canon timeline of Caviar (story/WRITING.md, "The canon timeline") is kept: every scene it
// names carries its day in a `# date:` tag, every `# date:` tag in the story falls inside the
// timeline's span. That the dates never go backwards within a playthrough is checked with the
// other playthrough figures (playthroughs-role.ts).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';
import { backwardsDate, dateRange } from './figures.ts';

const STORY = path.join(ROOT, 'story');

interface CanonRow { day: string; event: string; scenes: string[] }

function canonRows(): CanonRow[] {
  const text = fs.readFileSync(path.join(STORY, 'WRITING.md'), 'utf8');
  const section = text.split(/^## The canon timeline$/m)[1]!.split(/^## /m)[0]!;
  return section
    .split('\n')
    .filter((line) => /^\| \d/.test(line))
    .map((line) => {
      const cells = line.split('|').slice(1, -1).map((c) => c.trim());
      return { day: cells[0]!, event: cells[3]!, scenes: cells[5]!.split(',').map((s) => s.trim()).filter(Boolean) };
    });
}

/** The `# date:` tags written in each knot and each knot.stitch of the story's sources. */
function datesByScene(): Map<string, string[]> {
  const dates = new Map<string, string[]>();
  const add = (scene: string, date: string) => dates.set(scene, [...(dates.get(scene) ?? []), date]);
  const files = fs.readdirSync(STORY, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ink'));
  for (const file of files) {
    let knot = '';
    let stitch = '';
    for (const line of fs.readFileSync(path.join(STORY, file), 'utf8').split('\n')) {
      const k = /^\s*={2,}\s*(?:function\s+)?(\w+)/.exec(line);
      if (k) {
        knot = k[1]!;
        stitch = '';
        if (!dates.has(knot)) dates.set(knot, []);
        continue;
      }
      const s = /^\s*=\s*(\w+)/.exec(line);
      if (s) {
        stitch = `${knot}.${s[1]}`;
        if (!dates.has(stitch)) dates.set(stitch, []);
        continue;
      }
      for (const m of line.matchAll(/#\s*date:\s*([^#]+?)\s*(?=#|$)/g)) {
        add(knot, m[1]!);
        if (stitch) add(stitch, m[1]!);
      }
    }
  }
  return dates;
}

describe('the canon timeline', () => {
  const rows = canonRows();
  const dates = datesByScene();

  it('is in WRITING.md, in order, each row a day of the story', () => {
    expect(rows.length).toBeGreaterThanOrEqual(20);
    const days = rows.map((r) => dateRange(r.day));
    expect(days.every((d) => d !== null && d.from === d.to), 'each row names one day').toBe(true);
    for (let i = 1; i < days.length; i++) expect(days[i]!.from, rows[i]!.event).toBeGreaterThanOrEqual(days[i - 1]!.from);
  });

  it('is followed by every scene it names: the scene carries the row\'s day', () => {
    const wrong: string[] = [];
    for (const row of rows) {
      for (const scene of row.scenes) {
        const tags = dates.get(scene);
        if (!tags) wrong.push(`${scene} (${row.event}): no such knot or stitch`);
        else if (!tags.includes(row.day)) wrong.push(`${scene} (${row.event}): dated ${tags.join(', ') || 'nothing'}, the timeline says ${row.day}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('reads a day as one day and a month as any day in it, and sees a date go back', () => {
    expect(backwardsDate(['5 October 1941', '6 October 1941', '6 November 1941', 'November 1941'])).toBeNull();
    expect(backwardsDate(['6 October 1941', '5 October 1941'])).toEqual({ before: '6 October 1941', after: '5 October 1941' });
    expect(backwardsDate(['7 November 1941', 'October 1941'])).toEqual({ before: '7 November 1941', after: 'October 1941' });
  });

  it('spans every date the story gives', () => {
    const first = dateRange(rows[0]!.day)!.from;
    const lastDay = new Date(dateRange(rows.at(-1)!.day)!.from * 86_400_000);
    const last = Date.UTC(lastDay.getUTCFullYear(), lastDay.getUTCMonth() + 1, 0) / 86_400_000;
    const outside = [...new Set([...dates.values()].flat())].filter((tag) => {
      const range = dateRange(tag);
      return !range || range.from < first || range.to > last;
    });
    expect(outside).toEqual([]);
  });
});
