// What an ink expression (expression.ts) can read of an inkjs Story: its globals, list items,
// visit and turn counts. Shared by the session's runner (the prompt, `:vars`) and the explorer's
// walker (`--assert`, `--goal`), which hold their Stories differently.

import type { Container } from 'inkjs/engine/Container';
import type { Story } from '../story/inkjs.ts';
import { type ExprScope, ExprError, type ListLike, type Value } from './expression.ts';

/** The container of a knot ("knot") or stitch ("knot.stitch"), or null. */
export function flowContainer(story: Story, path: string): Container | null {
  const [knot = '', stitch, ...more] = path.split('.');
  const container = story.KnotContainerWithName(knot);
  if (!container || more.length) return null;
  if (stitch === undefined) return container;
  const inner = container.namedContent.get(stitch);
  return inner && 'namedContent' in inner ? (inner as unknown as Container) : null;
}

/** Every knot and stitch, as "knot" and "knot.stitch" (ink's own generated names left out). */
export function flowNames(story: Story): string[] {
  const names: string[] = [];
  for (const [knot, content] of story.mainContentContainer.namedContent) {
    if (!/^\w+$/.test(knot) || !('namedContent' in content)) continue;
    names.push(knot);
    for (const [stitch, inner] of (content as unknown as Container).namedContent) {
      if (/^\w+$/.test(stitch) && !/^(c-\d+|g-\d+|s\d+|b)$/.test(stitch) && 'namedContent' in inner) names.push(`${knot}.${stitch}`);
    }
  }
  return names;
}

/** Every global variable with its value, in the order the story declares them. */
export function globals(story: Story): Array<{ name: string; value: Value }> {
  const vs = story.variablesState;
  // inkjs keeps the names private; the map's keys are the story's declaration order.
  const names = [...(vs as unknown as { _globalVariables: Map<string, unknown> })._globalVariables.keys()];
  return names.map((name) => ({ name, value: vs.$(name) as Value }));
}

export function storyScope(story: Story): ExprScope {
  const vs = story.variablesState;
  return {
    variable: (name) => (vs.GlobalVariableExistsWithName(name) ? (vs.$(name) as Value) : undefined),
    listItem: (name) => (story.listDefinitions?.FindSingleItemListWithName(name)?.value as ListLike | undefined) ?? undefined,
    visits: (path) => (flowContainer(story, path) ? (story.state.VisitCountAtPathString(path) ?? 0) : undefined),
    turnsSince: (path) => {
      const container = flowContainer(story, path);
      if (!container) return undefined;
      if (!container.turnIndexShouldBeCounted) throw new ExprError(`ink counts turns only for the places the story asks TURNS_SINCE about, and it never asks about ${path}`);
      return story.state.TurnsSinceForContainer(container);
    },
    turns: () => story.state.currentTurnIndex + 1,
    choiceCount: () => story.currentChoices.length,
    names: () => [...globals(story).map((g) => g.name), ...flowNames(story)],
  };
}
