// A brute-force oracle for the merge rule: bare inkjs, every path up to a depth, no merging at
// all. Whatever it meets, the explorer (which merges) must report too.

import { Story } from '../../src/story/inkjs.ts';

export interface OracleResult {
  /** Runtime error messages met, without inkjs's prefix. */
  errors: Set<string>;
  /** Ids of `# ending:` tags met. */
  endings: Set<string>;
  /** Paths explored. */
  paths: number;
}

export function bruteForce(json: string, seed: number, depth: number): OracleResult {
  const result: OracleResult = { errors: new Set(), endings: new Set(), paths: 0 };
  const story = new Story(json);
  story.allowExternalFunctionFallbacks = true;
  let errors: string[] = [];
  story.onError = (message, type) => {
    if (Number(type) === 2) errors.push(message.replace(/^RUNTIME ERROR: /, '').replace(/\(Ink Pointer -> [^)]*\):\s*/, ''));
  };
  const run = (path: number[]): number => {
    story.ResetState();
    story.state.storySeed = seed;
    story.state.previousRandom = 0;
    errors = [];
    const drain = () => {
      while (story.canContinue && errors.length === 0) {
        story.Continue();
        for (const tag of story.currentTags ?? []) {
          const m = /^\s*ending:\s*(\S+)/.exec(tag);
          if (m) result.endings.add(m[1]!);
        }
      }
    };
    drain();
    for (const i of path) {
      story.ChooseChoiceIndex(i);
      drain();
    }
    errors.forEach((e) => result.errors.add(e));
    return errors.length ? 0 : story.currentChoices.length;
  };
  const visit = (path: number[]) => {
    result.paths++;
    const n = run(path);
    if (path.length < depth) for (let i = 0; i < n; i++) visit([...path, i]);
  };
  visit([]);
  return result;
}
