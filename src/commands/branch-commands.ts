// The branch map: :map, :endings, and going to any point of the map.

import { renderEndings, summarizeEndings } from '../branches/endings.ts';
import { buildTree, renderTree } from '../branches/tree.ts';
import { describeDivergence, replay } from '../engine/replay.ts';
import type { Session } from '../engine/session.ts';
import { metadataOf } from '../story/metadata.ts';
import { type Command, type CommandHost, type Outcome, tell } from './command.ts';

/** Goes to any node of the branch map, restoring that moment exactly (its path, replayed with its seed). */
export function jumpTo(host: CommandHost, id: string): Outcome {
  const { map } = host.branches;
  const node = map.nodes.get(id);
  if (!node) return tell(['That point is not on the branch map.']);
  const steps = map.pathTo(id);
  const { session } = host;
  if (node.seed === session.seed && node.start === session.options.startPath) {
    // Same playthrough settings: step back to where the paths part, then forward.
    const here = session.path();
    let common = 0;
    while (common < steps.length && common < here.length && here[common]!.text === steps[common]!.text) common++;
    if (common < here.length) session.back(common + 1);
    const rest = replayRest(session, steps.slice(common));
    host.autosave();
    return { messages: rest ? [rest] : [], show: true };
  }
  const records = steps.map((s, i) => ({ turn: i + 1, index: s.index, text: s.text }));
  const result = replay(session.story, node.seed, records, { ...session.options, startPath: node.start });
  host.replaceSession(result.session);
  return { messages: result.divergence ? [`Could not go all the way: ${describeDivergence(result.divergence)}.`] : [], show: true };
}

/** Takes the given choices one by one by their text; says where that was no longer possible. */
function replayRest(session: Session, steps: Array<{ text: string }>): string | null {
  for (const step of steps) {
    const choice = session.state.choices.find((c) => c.text === step.text);
    if (!choice) return `Could not go all the way: the story no longer offers "${step.text}" at turn ${session.state.turn + 1}.`;
    session.choose(choice.index);
    if (session.state.issue) return `Could not go all the way: ${session.state.issue.message}`;
  }
  return null;
}

function renderMap(host: CommandHost): string[] {
  const { map, currentNode } = host.branches;
  const { story, state } = host.session;
  const meta = metadataOf(story);
  const titles = new Map(meta.endings.map((e) => [e.id, e.title]));
  const endings = summarizeEndings(meta, map);
  const lines = [
    `Branch map of ${state.title}: ${map.playthroughs} playthrough${map.playthroughs === 1 ? '' : 's'}, ` +
      `${map.nodes.size} choice points seen, ${endings.reached} of ${endings.total} endings reached.`,
  ];
  for (const root of map.roots()) lines.push(...renderTree(buildTree(map, root, currentNode), titles));
  const note = map.damageNote();
  return note ? [...lines, note] : lines;
}

export const BRANCH_COMMANDS: readonly Command[] = [
  { name: 'map', usage: ':map', help: 'the branch map: every path taken, in every playthrough', run: (host) => tell(renderMap(host)) },
  {
    name: 'endings',
    usage: ':endings',
    help: 'the endings reached, out of all the story has',
    run: (host) => {
      const { map } = host.branches;
      const note = map.damageNote();
      return tell([...renderEndings(summarizeEndings(metadataOf(host.session.story), map)), ...(note ? [note] : [])]);
    },
  },
];
