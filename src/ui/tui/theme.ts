// Colours and attributes per style name. Two themes (default, contrast); with NO_COLOR set,
// colours are dropped but bold, underline and inverse stay, as https://no-color.org asks.

import type { Row, StyleName } from './styled.ts';
import { sanitize } from './text-width.ts';

import type { ThemeName } from '../../settings.ts';

export { THEMES, type ThemeName } from '../../settings.ts';

export interface Theme {
  name: ThemeName;
  color: boolean;
  /** SGR parameters per style ('' for none). */
  sgr: Record<StyleName, string>;
  /** Border colours for blessed (undefined: the terminal's default). */
  border: { normal?: string; focus?: string; error?: string; overlay?: string };
}

type Attrs = Record<StyleName, { color: string; mono: string }>;

const DEFAULT: Attrs = {
  text: { color: '', mono: '' },
  old: { color: '38;5;246', mono: '' },
  speaker: { color: '1;38;5;179', mono: '1' },
  oldSpeaker: { color: '38;5;137', mono: '1' },
  echo: { color: '38;5;110', mono: '1' },
  rule: { color: '38;5;240', mono: '' },
  dim: { color: '38;5;245', mono: '' },
  title: { color: '1;38;5;223', mono: '1' },
  label: { color: '38;5;245', mono: '' },
  value: { color: '38;5;252', mono: '' },
  key: { color: '1;38;5;179', mono: '1' },
  selected: { color: '1;38;5;16;48;5;179', mono: '7' },
  choice: { color: '', mono: '' },
  mark: { color: '38;5;108', mono: '' },
  error: { color: '1;38;5;203', mono: '1' },
  notice: { color: '38;5;223', mono: '4' },
};

// High contrast: bright white on the terminal's background, yellow accents, nothing dim.
const CONTRAST: Attrs = {
  text: { color: '97', mono: '' },
  old: { color: '37', mono: '' },
  speaker: { color: '1;93', mono: '1;4' },
  oldSpeaker: { color: '1;33', mono: '1' },
  echo: { color: '1;96', mono: '1' },
  rule: { color: '37', mono: '' },
  dim: { color: '37', mono: '' },
  title: { color: '1;97', mono: '1' },
  label: { color: '37', mono: '' },
  value: { color: '1;97', mono: '1' },
  key: { color: '1;93', mono: '1' },
  selected: { color: '1;30;103', mono: '1;7' },
  choice: { color: '97', mono: '' },
  mark: { color: '92', mono: '' },
  error: { color: '1;91', mono: '1' },
  notice: { color: '1;93', mono: '1;4' },
};

export function makeTheme(name: ThemeName, env: NodeJS.ProcessEnv): Theme {
  // no-color.org: set and not empty.
  const color = !env.NO_COLOR;
  const attrs = name === 'contrast' ? CONTRAST : DEFAULT;
  const sgr = Object.fromEntries(
    Object.entries(attrs).map(([style, a]) => [style, color ? a.color : a.mono]),
  ) as Record<StyleName, string>;
  const border = !color
    ? {}
    : name === 'contrast'
      ? { normal: 'white', focus: 'yellow', error: 'red', overlay: 'yellow' }
      : { normal: '#585858', focus: '#d7af5f', error: '#ff5f5f', overlay: '#d7af5f' };
  return { name, color, sgr, border };
}

/**
 * A row as blessed content. Each span starts from a reset (the box's own colours) so a style
 * never leaks into the next row, and nothing follows the last character, so blessed's wrap
 * never sees a row as longer than it is (see BLESSED-NOTES: rows are wrapped by us). Every
 * span's text is sanitised once more here, the last step before the terminal: whatever a view
 * forgot, no control character, bidi control or emoji sequence a story or a player typed gets
 * through (for text a view measured after sanitising, it changes nothing).
 */
export function paint(row: Row, theme: Theme): string {
  let out = '';
  for (const s of row) {
    if (!s.text) continue;
    const code = theme.sgr[s.style];
    out += `\x1b[0${code ? `;${code}` : ''}m${sanitize(s.text)}`;
  }
  return out;
}
