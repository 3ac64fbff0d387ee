// Live reload for authors (`caviar play STORY.ink --watch`): notices when any source file of
// the story changes. Polling the files' modification times is used rather than fs.watch, since
// editors that save by writing a new file and renaming it over the old one end fs.watch's watch.

import fs from 'node:fs';

export function watchFiles(files: readonly string[], onChange: () => void, intervalMs = 250): () => void {
  let timer: NodeJS.Timeout | null = null;
  const changed = (now: fs.Stats, before: fs.Stats) => {
    if (now.mtimeMs === before.mtimeMs && now.size === before.size) return;
    // Editors write in several steps: wait for the file to settle.
    if (timer) clearTimeout(timer);
    timer = setTimeout(onChange, 120);
  };
  for (const file of files) fs.watchFile(file, { interval: intervalMs, persistent: false }, changed);
  return () => {
    if (timer) clearTimeout(timer);
    for (const file of files) fs.unwatchFile(file, changed);
  };
}
