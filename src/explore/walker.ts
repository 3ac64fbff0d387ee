// The explorer's grip on one inkjs Story: the same guards as the engine's runner (every step
// bounded by a watchdog through ContinueAsync, errors caught whether or not they pass through
// onError, EXTERNAL fallbacks, the seed set the way `caviar play --seed` sets it) but built for
// speed: it restarts with ResetState() instead of a new Story (40 ms on The Intercept), keeps no
// text, and reads tags only when the story has `# ending:` tags.

import { Story } from '../story/inkjs.ts';
import type { Choice } from 'inkjs/engine/Choice';
import { countEveryFlow, onEnd, pointerString, traceSteps } from './ink-hooks.ts';
import { cleanInkMessage, inkPointerOf } from '../engine/runner.ts';

export interface StepIssue {
  kind: 'error' | 'watchdog';
  /** Message without inkjs's "RUNTIME ERROR:" and pointer noise. */
  message: string;
  /** Where it happened, when known: "container.index" (or a container path). */
  inkPath: string | null;
}

export interface WalkStep {
  /** Values of the `# ending:` tags met during the step ("id Title"). */
  endingTags: string[] | null;
  choices: Choice[];
  /** No more content and no choices, without an error. */
  ended: boolean;
  issue: StepIssue | null;
  /** Runtime warnings (kind 'error' unused): message and place. */
  warnings: StepIssue[] | null;
  /** How the story ended: `-> END` (or an error's forced end), else `-> DONE`. */
  endedBy: 'end' | 'done' | null;
  /**
   * Where: the END itself ("container.index"); for DONE, which leaves no trace, the content ink
   * ran just before it (observer.ts steps to the DONE when it is the next content).
   */
  endedAt: string | null;
}

const ENDING = /^\s*ending\s*:\s*/i;

export class Walker {
  private story: Story;
  /** After a watchdog stop or an exception inkjs refuses ResetState(): build a new Story. */
  private broken = false;
  private errors: string[] = [];
  private warnings: string[] = [];
  private endHit = false;
  private endAt: string | null = null;

  constructor(
    private readonly json: string,
    private readonly stepLimitMs: number,
    private readonly readTags: boolean,
  ) {
    this.story = this.fresh();
  }

  private fresh(): Story {
    const story = new Story(this.json);
    story.allowExternalFunctionFallbacks = true;
    story.onError = (message, type) => {
      (type === 2 ? this.errors : this.warnings).push(message);
    };
    countEveryFlow(story);
    onEnd(story, (at) => {
      if (!this.endHit) this.endAt = at;
      this.endHit = true;
    });
    return story;
  }

  /** Back to the start, with ink's randomness seeded as `caviar play --seed` does. */
  restart(seed: number): void {
    if (this.broken) {
      this.story = this.fresh();
      this.broken = false;
    } else {
      this.story.ResetState();
    }
    this.story.state.storySeed = seed;
    this.story.state.previousRandom = 0;
  }

  saveState(): string {
    return this.story.state.ToJson();
  }

  loadState(json: string): void {
    if (this.broken) {
      this.story = this.fresh();
      this.broken = false;
    }
    this.story.state.LoadJson(json);
  }

  /** The choices at the current choice point (after loadState, say). */
  choices(): Choice[] {
    return this.story.currentChoices;
  }

  visitCount(path: string): number {
    return this.story.state.VisitCountAtPathString(path) ?? 0;
  }

  choose(index: number): StepIssue | null {
    try {
      this.story.ChooseChoiceIndex(index);
      return null;
    } catch (error) {
      this.broken = true;
      return issue('error', (error as Error).message, null);
    }
  }

  /** Continues to the next choices or the end, within the step limit. */
  step(): WalkStep {
    const story = this.story;
    this.errors.length = 0;
    this.warnings.length = 0;
    this.endHit = false;
    this.endAt = null;
    let endingTags: string[] | null = null;
    const deadline = Date.now() + this.stepLimitMs;
    try {
      while (story.canContinue) {
        const remaining = deadline - Date.now();
        if (remaining > 0) story.ContinueAsync(remaining);
        if (remaining <= 0 || !story.asyncContinueComplete) {
          this.broken = true;
          return this.stop(issue('watchdog', '', this.currentPath()), endingTags);
        }
        if (this.readTags) {
          const tags = story.currentTags;
          if (tags?.length) {
            for (const tag of tags) if (ENDING.test(tag)) (endingTags ??= []).push(tag.replace(ENDING, ''));
          }
        }
        if (this.errors.length) break;
      }
    } catch (error) {
      // Some faults throw past onError (inkjs#1123) and leave the Story mid-step.
      this.broken = true;
      return this.stop(issue('error', (error as Error).message, this.currentPath()), endingTags);
    }
    if (this.errors.length) return this.stop(issue('error', this.errors.join('\n'), this.currentPath()), endingTags);
    const choices = story.currentChoices;
    const ended = choices.length === 0;
    const endedBy = !ended ? null : this.endHit ? 'end' : 'done';
    const endedAt = !ended ? null : (this.endAt ?? pointerString(story.state.previousPointer));
    return { endingTags, choices, ended, issue: null, warnings: this.takeWarnings(), endedBy, endedAt };
  }

  private stop(found: StepIssue, endingTags: string[] | null): WalkStep {
    return { endingTags, choices: [], ended: false, issue: found, warnings: this.takeWarnings(), endedBy: null, endedAt: null };
  }

  private takeWarnings(): StepIssue[] | null {
    return this.warnings.length ? this.warnings.map((w) => issue('error', w, null)) : null;
  }

  private currentPath(): string | null {
    try {
      return this.story.state.currentPathString ?? this.story.state.previousPointer.path?.toString() ?? null;
    } catch {
      return null;
    }
  }

  /** Runs `fn` with a hook before every ink step; used only to locate faults (replay.ts). */
  traceSteps<T>(onStep: (pointer: string | null) => void, fn: () => T): T {
    return traceSteps(this.story, onStep, fn);
  }
}

function issue(kind: StepIssue['kind'], message: string, inkPath: string | null): StepIssue {
  const pointer = inkPointerOf(message);
  return { kind, message: cleanInkMessage(message), inkPath: pointer ? `${pointer[1]}.${pointer[2]}` : inkPath };
}
