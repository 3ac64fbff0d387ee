// Child process of the crash test: plays and saves in a tight loop until it is killed.
// Usage: node --import tsx tests/saves/save-loop.ts SAVES_DIR STORY
import { Controller } from '../../src/commands/controller.ts';
import { Session } from '../../src/engine/session.ts';
import { SaveStore } from '../../src/saves/store.ts';
import { loadStory } from '../../src/story/load.ts';

const [dir, storyFile] = process.argv.slice(2) as [string, string];
const story = loadStory(storyFile, { cacheDir: null });
const controller = new Controller(Session.start(story, { seed: 3 }), new SaveStore(dir));
let announced = false;
for (let i = 0; ; i++) {
  const { state } = controller.session;
  if (state.choices.length) controller.pick(1 + (i % state.choices.length));
  else controller.input(':restart');
  controller.input(`:save slot${i % 3}`);
  if (!announced) {
    process.stdout.write('saving\n');
    announced = true;
  }
}
