// `:endings`: the story's endings (every `# ending:` tag in the compiled story) with the ones
// reached across playthroughs: how often, when first, and by role when the story has roles.

import { localTime } from '../local-time.ts';
import type { StoryMeta } from '../story/metadata.ts';
import type { BranchMap } from './map.ts';

export interface EndingRow {
  id: string;
  title: string;
  count: number;
  firstAt: string | null;
}

export interface EndingGroup {
  /** The role's id, or null for a story without roles (or endings no role claims). */
  role: string | null;
  endings: EndingRow[];
}

export interface EndingsSummary {
  total: number;
  reached: number;
  groups: EndingGroup[];
}

export function summarizeEndings(meta: StoryMeta, map: BranchMap): EndingsSummary {
  const all = meta.endings;
  const rows = new Map<string, EndingRow>(all.map((e) => [e.id, { id: e.id, title: e.title, count: 0, firstAt: null }]));
  const roleOf = new Map<string, string>();
  for (const event of map.endingEvents) {
    const row = rows.get(event.id) ?? { id: event.id, title: event.title, count: 0, firstAt: null };
    rows.set(event.id, row);
    row.count++;
    if (!row.firstAt || event.at < row.firstAt) row.firstAt = event.at;
    if (event.role) roleOf.set(event.id, event.role);
  }
  const { roles } = meta;
  // An ending not reached yet belongs to the role whose endings (or start knot) share its
  // prefix, e.g. "uk_scapegoat" with the role that starts at "uk_start".
  const prefix = (name: string) => name.split('_')[0]!.toLowerCase();
  for (const row of rows.values()) {
    if (roleOf.has(row.id)) continue;
    const sibling = [...roleOf].find(([id]) => prefix(id) === prefix(row.id));
    const byKnot = roles.find((r) => r.knot && prefix(r.knot) === prefix(row.id));
    const role = sibling?.[1] ?? byKnot?.id;
    if (role) roleOf.set(row.id, role);
  }
  const groups: EndingGroup[] = [];
  const groupOf = (role: string | null) => {
    let g = groups.find((x) => x.role === role);
    if (!g) groups.push((g = { role, endings: [] }));
    return g;
  };
  for (const r of roles) groupOf(r.id);
  for (const row of rows.values()) groupOf(roles.length ? (roleOf.get(row.id) ?? null) : null).endings.push(row);
  const nonEmpty = groups.filter((g) => g.endings.length);
  return { total: rows.size, reached: [...rows.values()].filter((r) => r.count > 0).length, groups: nonEmpty };
}

export function renderEndings(summary: EndingsSummary): string[] {
  if (!summary.total) return ['This story has no "# ending:" tags, so there are no endings to list.'];
  const lines = [`Endings reached: ${summary.reached} of ${summary.total}.`];
  for (const group of summary.groups) {
    if (group.role !== null || summary.groups.length > 1) lines.push(group.role ? `Role ${group.role}:` : 'Other endings:');
    for (const e of group.endings) {
      lines.push(
        e.count
          ? `  [x] ${e.title} (${e.id}): ${e.count === 1 ? 'once' : `${e.count} times`}, first ${localTime(e.firstAt!)}`
          : `  [ ] ${e.title} (${e.id}): not reached yet`,
      );
    }
  }
  return lines;
}
