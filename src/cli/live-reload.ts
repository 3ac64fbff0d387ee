// --watch: recompile when any source file of the story changes, and move the session to the
// new version by replaying the current path on it (the controller says where it had to stop).
// A version with compile errors is reported and the session goes on with the last good one.

import type { Controller, Outcome } from '../commands/controller.ts';
import { messageOf } from '../errors.ts';
import { type LoadedStory, loadStory } from '../story/load.ts';
import { watchFiles } from '../story/watch.ts';

export interface LiveReload {
  /** Where to show what happened (the front end's way of telling the player). */
  attach: (push: (outcome: Outcome) => void) => void;
  stop: () => void;
}

export function liveReload(controller: Controller): LiveReload {
  let push: ((outcome: Outcome) => void) | null = null;
  let stopWatching = () => {};
  const watch = (story: LoadedStory) => {
    stopWatching();
    // A probe appearing makes an INCLUDE resolve to another file (ink's rule), so it is watched too.
    stopWatching = watchFiles([...story.sources, ...story.probes], reload);
  };
  const reload = () => {
    const current = controller.session.story;
    let next: LoadedStory;
    try {
      next = loadStory(current.file);
    } catch (error) {
      push?.({ messages: ['The story has errors; still playing the version before them:', messageOf(error)], show: false });
      return;
    }
    watch(next); // an INCLUDE may have been added or removed
    if (next.hash !== current.hash) push?.(controller.reload(next));
  };
  watch(controller.session.story);
  return { attach: (p) => (push = p), stop: () => stopWatching() };
}
