// What live reload (`--watch`) shows when the edited story does not compile: the errors at
// file:line, in a window over the session, which goes on with the version before them.

import type { Row } from '../styled.ts';
import { sanitize } from '../text-width.ts';
import { type Overlay, TextOverlay, textRows } from './overlay.ts';

export function storyErrors(messages: readonly string[]): Overlay {
  const [head = '', ...rest] = messages;
  const lines = rest.flatMap((m) => m.split('\n')).map(sanitize);
  return new TextOverlay(
    'Story not reloaded',
    (width): Row[] => [
      ...textRows([sanitize(head)], width, 'error'),
      ...textRows(lines, width, 'text'),
      [],
      ...textRows(['Save the file again once it is fixed; Esc goes back to the story.'], width, 'dim'),
    ],
    96,
  );
}
