// Rebuilding a hand-in on the story, or saying in one sentence why it cannot be: another
// story, another version that no longer follows the same path, a start the story lacks. A save
// of another version is rebuilt from its choice texts (engine/replay.ts) and used only when
// every choice still matches; it is never misread silently.

import { describeDivergence } from '../engine/replay.ts';
import { messageOf } from '../errors.ts';
import type { LoadedStory } from '../story/load.ts';
import type { Facts } from './facts.ts';
import type { HandIn } from './handin.ts';
import { type Playthrough, rebuildPlaythrough } from './playthrough.ts';

export type Rebuilt = { ok: true; playthrough: Playthrough } | { ok: false; reason: string };

export function rebuildChecked(story: LoadedStory, handIn: HandIn, facts: Facts): Rebuilt {
  const other = handIn.story.hash !== story.hash;
  let playthrough: Playthrough;
  try {
    playthrough = rebuildPlaythrough(story, handIn, facts);
  } catch (error) {
    const whose = other ? ` (it was made with "${handIn.story.title}", another story or another version)` : '';
    return { ok: false, reason: `it cannot be replayed on this story: ${messageOf(error)}${whose}` };
  }
  const d = playthrough.divergence;
  if (!d) return { ok: true, playthrough };
  if (other && handIn.story.title !== playthrough.final.title) {
    return { ok: false, reason: `it was made with another story ("${handIn.story.title}")` };
  }
  if (other) return { ok: false, reason: `it was made with another version of the story, which no longer follows it: ${describeDivergence(d)}` };
  return { ok: false, reason: `its record does not replay on this story (damaged or edited?): ${describeDivergence(d)}` };
}
