// --watch: recompile when any source file of the story changes, and move the session to the
// new version by replaying the current path on it (the controller says where it had to stop,
// and the front ends show the whole path again with what changed marked). A version with
// compile errors is reported and the session goes on with the last good one; a story that
// does not compile at the start is waited for.

import type { Controller, Outcome } from '../commands/controller.ts';
import { messageOf } from '../errors.ts';
import { CompileError, type LoadedStory, loadStory } from '../story/load.ts';
import { watchFiles } from '../story/watch.ts';

export interface LiveReload {
  /** Where to show what happened (the front end's way of telling the player). */
  attach: (push: (outcome: Outcome) => void) => void;
  stop: () => void;
}

const BROKEN = 'The story has errors; still playing the version before them:';

/** The files a failed compile depends on: fixing any of them, or creating a missing INCLUDE, may mend it. */
function filesOf(error: unknown, file: string): readonly string[] {
  return error instanceof CompileError && error.files.length ? error.files : [file];
}

export function liveReload(controller: Controller): LiveReload {
  let push: ((outcome: Outcome) => void) | null = null;
  let stopWatching = () => {};
  // The last good version's files, and those a broken version read (an INCLUDE added since).
  const watch = (files: readonly string[]) => {
    stopWatching();
    stopWatching = watchFiles(files, reload);
  };
  const filesOfStory = (story: LoadedStory) => [...story.sources, ...story.probes];
  const reload = () => {
    const current = controller.session.story;
    let next: LoadedStory;
    try {
      next = loadStory(current.file);
    } catch (error) {
      watch([...new Set([...filesOfStory(current), ...filesOf(error, current.file)])]);
      push?.({ messages: [BROKEN, messageOf(error)], show: false });
      return;
    }
    // A probe appearing makes an INCLUDE resolve to another file (ink's rule), so it is watched too.
    watch(filesOfStory(next)); // an INCLUDE may have been added or removed
    if (next.hash !== current.hash) push?.(controller.reload(next));
  };
  watch(filesOfStory(controller.session.story));
  return { attach: (p) => (push = p), stop: () => stopWatching() };
}

/**
 * `--watch` on a story that does not compile: its errors are told, and the first version that
 * compiles is what play starts with. Anything but a compile error (no such file) is the usual
 * failure at once; later, a file missing for a moment (an editor's rename) is waited out.
 */
export function loadWhenGood(file: string, tell: (text: string) => void): Promise<LoadedStory> | LoadedStory {
  let told = '';
  let files: readonly string[];
  try {
    return loadStory(file);
  } catch (error) {
    if (!(error instanceof CompileError)) throw error;
    told = messageOf(error);
    tell(`${told}\nThe story has errors: waiting for a version that compiles (save it again once it is fixed; Ctrl-C leaves).`);
    files = filesOf(error, file);
  }
  return new Promise((resolve) => {
    let stop = () => {};
    const retry = () => {
      let story: LoadedStory;
      try {
        story = loadStory(file);
      } catch (error) {
        const text = messageOf(error);
        if (text !== told) tell(`${(told = text)}\nStill waiting for a version that compiles.`);
        stop();
        files = [...new Set([...files, ...filesOf(error, file)])];
        stop = watchFiles(files, retry, { persistent: true });
        return;
      }
      stop();
      tell('The story compiles now: starting.');
      resolve(story);
    };
    stop = watchFiles(files, retry, { persistent: true });
  });
}
