// The sidebar: the story's title, where and when the player is, the `# watch` variables with
// their labels, and the notebook's size.

import type { SessionState } from '../../engine/state.ts';
import type { Row } from './styled.ts';
import { sanitize, units } from './text-width.ts';
import { fit, wrapText } from './wrap.ts';

export function sidebarRows(state: SessionState, width: number): Row[] {
  const rows: Row[] = [];
  for (const piece of wrapText(sanitize(state.title), width)) rows.push([{ text: piece.text, style: 'title' }]);
  if (state.author) rows.push([{ text: fit(`by ${sanitize(state.author)}`, width), style: 'dim' }]);
  rows.push([]);
  const field = (label: string, value: string | undefined) => {
    if (!value) return;
    rows.push([{ text: label, style: 'label' }]);
    for (const piece of wrapText(sanitize(value), width - 1)) rows.push([{ text: ` ${piece.text}`, style: 'value' }]);
  };
  // `# role:` gives an id ("british"): shown with a capital, as a name.
  const role = state.status.role;
  field('Role', role && role.charAt(0).toUpperCase() + role.slice(1));
  field('Date', state.status.date);
  field('Location', state.status.location);
  rows.push([{ text: 'Turn ', style: 'label' }, { text: String(state.turn), style: 'value' }]);
  if (state.watches.length) {
    rows.push([]);
    for (const w of state.watches) {
      const value = fit(sanitize(w.value), Math.max(1, Math.floor(width / 2)));
      const label = fit(sanitize(w.label), Math.max(1, width - units(value) - 1));
      const gap = Math.max(1, width - units(label) - units(value));
      rows.push([{ text: label, style: 'label' }, { text: ' '.repeat(gap) + value, style: 'value' }]);
    }
  }
  rows.push([]);
  const notes = state.notebook.length;
  rows.push([
    { text: 'Notebook ', style: 'label' },
    { text: notes === 1 ? '1 note' : `${notes} notes`, style: 'value' },
    { text: fit(' (n)', Math.max(0, width - 9 - units(String(notes)) - 6)), style: 'dim' },
  ]);
  if (state.ending) {
    rows.push([]);
    rows.push([{ text: 'Ending', style: 'label' }]);
    for (const piece of wrapText(sanitize(state.ending.title || state.ending.id), width - 1)) {
      rows.push([{ text: ` ${piece.text}`, style: 'value' }]);
    }
  }
  return rows;
}
