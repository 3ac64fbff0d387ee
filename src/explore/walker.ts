// The explorer's grip on one inkjs Story, guarded as the engine's runner is (guarded-story.ts),
// but built for speed: it keeps no text, and reads tags only when the story has `# ending:` tags.

import type { Choice } from 'inkjs/engine/Choice';
import type { ExprScope } from '../engine/expression.ts';
import { GuardedStory, type StepLimit } from '../engine/guarded-story.ts';
import { storyScope } from '../engine/story-scope.ts';
import { parseTag } from '../story/tags.ts';
import type { ParsedInkState } from '../story/inkjs.ts';
import { HitCounter, onEnd, pointerString, traceSteps } from './ink-hooks.ts';
import { cleanInkMessage, inkPointerOf } from '../engine/runner.ts';

/** The watchdog of one step: ink steps counted (what findings rest on), and a backstop in time. */
export interface StepLimits {
  steps: number;
  ms: number;
}

export interface StepIssue {
  kind: 'error' | 'watchdog';
  /** Which limit stopped a watchdog issue. */
  limit?: StepLimit;
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

export class Walker {
  private readonly guarded: GuardedStory;
  private endHit = false;
  private endAt: string | null = null;
  /** How often each piece of content ran (line, branch and sequence coverage); null: not counted. */
  readonly hits: HitCounter | null;

  constructor(
    json: string,
    limits: StepLimits,
    private readonly readTags: boolean,
    countHits = false,
  ) {
    const hits = countHits ? new HitCounter() : null;
    this.hits = hits;
    this.guarded = new GuardedStory(json, {
      stepLimitMs: limits.ms,
      maxSteps: limits.steps,
      onCreate: (story) => {
        onEnd(story, (at) => {
          if (!this.endHit) this.endAt = at;
          this.endHit = true;
        });
        hits?.install(story);
      },
    });
  }

  /** Runs `fn` (a replay, a search) without counting what it runs as covered. */
  uncounted<T>(fn: () => T): T {
    return this.hits ? this.hits.uncounted(fn) : fn();
  }

  /** Back to the start, with ink's randomness seeded as `caviar play --seed` does. */
  restart(seed: number): void {
    this.guarded.restart(seed);
  }

  saveState(): string {
    return this.guarded.saveState();
  }

  loadState(json: string | ParsedInkState): void {
    this.guarded.loadState(json);
  }

  /** The choices at the current choice point (after loadState, say). */
  choices(): Choice[] {
    return this.guarded.story.currentChoices;
  }

  /** What an ink expression can read where the story stands (--assert, --goal). */
  scope(): ExprScope {
    return storyScope(this.guarded.story);
  }

  visitCount(path: string): number {
    return this.guarded.story.state.VisitCountAtPathString(path) ?? 0;
  }

  choose(index: number): StepIssue | null {
    const fault = this.guarded.choose(index);
    return fault && issue('error', fault.message, null);
  }

  /** Continues to the next choices or the end, within the step limit. */
  step(): WalkStep {
    this.endHit = false;
    this.endAt = null;
    let endingTags: string[] | null = null;
    const fault = this.guarded.continue((story) => {
      if (!this.readTags) return;
      const tags = story.currentTags;
      if (!tags?.length) return;
      for (const raw of tags) {
        const tag = parseTag(raw);
        if (tag.key === 'ending') (endingTags ??= []).push(tag.value);
      }
    });
    const warnings = this.guarded.takeWarnings();
    const found = warnings.length ? warnings.map((w) => issue('error', w.message, null)) : null;
    if (fault) {
      const stopped = { ...issue(fault.kind, fault.message, fault.inkPath), ...(fault.limit ? { limit: fault.limit } : {}) };
      return { endingTags, choices: [], ended: false, issue: stopped, warnings: found, endedBy: null, endedAt: null };
    }
    const story = this.guarded.story;
    const choices = story.currentChoices;
    const ended = choices.length === 0;
    const endedBy = !ended ? null : this.endHit ? 'end' : 'done';
    const endedAt = !ended ? null : (this.endAt ?? pointerString(story.state.previousPointer));
    return { endingTags, choices, ended, issue: null, warnings: found, endedBy, endedAt };
  }

  /** Runs `fn` with a hook before every ink step; used only to locate faults (replay.ts). */
  traceSteps<T>(onStep: (pointer: string | null) => void, fn: () => T): T {
    return this.uncounted(() => traceSteps(this.guarded.story, onStep, fn));
  }
}

function issue(kind: StepIssue['kind'], message: string, inkPath: string | null): StepIssue {
  const pointer = inkPointerOf(message);
  return { kind, message: cleanInkMessage(message), inkPath: pointer ? `${pointer[1]}.${pointer[2]}` : inkPath };
}
