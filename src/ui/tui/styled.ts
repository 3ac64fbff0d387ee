// Styled text for the panes: rows made of spans, each with a style name that the theme turns
// into terminal attributes. Views build rows; only the theme knows about escape codes.

export type StyleName =
  | 'text'
  | 'old'
  | 'speaker'
  | 'oldSpeaker'
  | 'echo'
  | 'rule'
  | 'dim'
  | 'title'
  | 'label'
  | 'value'
  | 'key'
  | 'selected'
  | 'choice'
  | 'mark'
  | 'error'
  | 'notice';

export interface Span {
  text: string;
  style: StyleName;
}

export type Row = Span[];

export function rowText(row: Row): string {
  return row.map((s) => s.text).join('');
}
