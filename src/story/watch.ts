// Live reload for authors (`caviar play STORY.ink --watch`): notices when any source file of
// the story changes. Polling the files' modification times is used rather than fs.watch, since
// editors that save by writing a new file and renaming it over the old one end fs.watch's watch.
// The polling is our own rather than fs.watchFile's: that one takes its first look at a file
// only at its first poll, so an edit made in the first interval after watching starts was missed.

import fs from 'node:fs';

/** A file's modification time and size, or null while it does not exist. */
function look(file: string): string | null {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return stat ? `${stat.mtimeMs}:${stat.size}:${stat.ino}` : null;
}

/** `persistent`: the watch alone keeps the process running (while waiting for a story that compiles). */
export function watchFiles(files: readonly string[], onChange: () => void, { intervalMs = 250, persistent = false } = {}): () => void {
  let settle: NodeJS.Timeout | null = null;
  const seen = new Map(files.map((f) => [f, look(f)]));
  const poll = setInterval(() => {
    let changed = false;
    for (const [file, before] of seen) {
      const now = look(file);
      if (now !== before) {
        seen.set(file, now);
        changed = true;
      }
    }
    if (!changed) return;
    // Editors write in several steps: wait for the files to settle.
    if (settle) clearTimeout(settle);
    settle = setTimeout(onChange, 120);
  }, intervalMs);
  if (!persistent) poll.unref();
  return () => {
    clearInterval(poll);
    if (settle) clearTimeout(settle);
  };
}
