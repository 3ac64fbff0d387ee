// Seeded random playthroughs of the bundled story with bare inkjs (the fastest loop), and the
// figures the story's tests measure over them: words up to the ending line (the debrief after it
// is not counted), choices made, words read before the caviar affair begins (the role's first line
// tagged `# fact: caviar_purchase`, story/WRITING.md), the `# date:` tags in the order met, the
// ending and whether the role's objective was met. Each run picks its role first, then uniformly
// random choices.

import { bareStory } from '../bare-story.ts';

export interface Playthrough {
  seed: number;
  ending: string | null;
  error: string | null;
  /** Choices made after the role choice. */
  choices: number;
  /** Every choice made, the role choice included. */
  turns: number;
  /** Words shown from the role's first line up to and including the ending line. */
  words: number;
  /** Words shown before the role's first line tagged `# fact: caviar_purchase`; null when never reached. */
  wordsBeforeCaviar: number | null;
  dates: string[];
  objectiveMet: boolean;
}

const countWords = (text: string) => (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu) ?? []).length;

// One inkjs Story per compiled story, reset for each playthrough: parsing the JSON again for every
// run would cost more than the run.
const stories = new Map<string, ReturnType<typeof bareStory>>();

export function playthrough(json: string, seed: number, roleIndex: number, maxTurns = 2000): Playthrough {
  let bare = stories.get(json);
  if (!bare) {
    bare = bareStory(json, seed);
    stories.set(json, bare);
  }
  const { story, errors } = bare;
  story.ResetState();
  story.state.storySeed = seed;
  errors.length = 0;
  let rng = seed;
  const run: Playthrough = { seed, ending: null, error: null, choices: 0, turns: 0, words: 0, wordsBeforeCaviar: null, dates: [], objectiveMet: false };
  let turns = 0;
  try {
    for (;;) {
      while (story.canContinue) {
        const text = story.Continue() ?? '';
        if (turns > 0 && run.ending === null) run.words += countWords(text);
        for (const tag of story.currentTags ?? []) {
          const m = /^\s*(\w+):\s*(.*?)\s*$/.exec(tag);
          if (!m) continue;
          if (m[1] === 'ending' && run.ending === null) run.ending = m[2]!.split(/\s+/)[0]!;
          else if (m[1] === 'date' && turns > 0 && run.ending === null) run.dates.push(m[2]!);
          else if (m[1] === 'fact' && turns > 0 && run.wordsBeforeCaviar === null && /(^|\s)caviar_purchase(\s|$)/.test(m[2]!)) {
            run.wordsBeforeCaviar = run.words - countWords(text);
          }
        }
      }
      if (errors.length) break;
      const choices = story.currentChoices;
      if (!choices.length) break;
      if (turns >= maxTurns) {
        errors.push(`more than ${maxTurns} turns`);
        break;
      }
      rng = (rng * 48271) % 2147483647;
      story.ChooseChoiceIndex(turns === 0 ? roleIndex : rng % choices.length);
      if (turns > 0 && run.ending === null) run.choices++;
      turns++;
    }
  } catch (error) {
    errors.push((error as Error).message);
  }
  run.error = errors[0] ?? null;
  run.turns = turns;
  run.objectiveMet = story.variablesState.$('objective_met') === true;
  return run;
}

/** The seeded playthroughs of one role the lesson figures are measured over (the same seeds in every test). */
export function lessonPlaythroughs(json: string, roleIndex: number, runs = 1000): Playthrough[] {
  return Array.from({ length: runs }, (_, i) => playthrough(json, 100_000 + roleIndex * 1000 + i, roleIndex));
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A `# date:` tag as the days it may stand for: "3 October 1941" one day, "November 1941" a month. */
export function dateRange(tag: string): { from: number; to: number } | null {
  const m = /^(?:(\d{1,2}) )?([A-Za-z]+) (\d{4})$/.exec(tag.trim());
  const month = m ? MONTHS.indexOf(m[2]!.toLowerCase()) : -1;
  if (!m || month < 0) return null;
  const year = Number(m[3]);
  const day = (d: number) => Date.UTC(year, month, d) / 86_400_000;
  if (m[1]) return { from: day(Number(m[1])), to: day(Number(m[1])) };
  return { from: day(1), to: Date.UTC(year, month + 1, 0) / 86_400_000 };
}

/** The first date tag that goes back before one met earlier in the same playthrough, if any. */
export function backwardsDate(dates: string[]): { before: string; after: string } | null {
  let latest: { tag: string; from: number } | null = null;
  for (const tag of dates) {
    const range = dateRange(tag);
    if (!range) continue;
    if (latest && range.to < latest.from) return { before: latest.tag, after: tag };
    if (!latest || range.from > latest.from) latest = { tag, from: range.from };
  }
  return null;
}

export interface DecisionFigure {
  /** Distinct choices (by their place in the story) offered in the runs. */
  offered: number;
  /** Of those, the ones whose taking changed a variable, or what was offered next, against a sibling. */
  matter: number;
  /** Of those, the ones that themselves set a variable to a new value. */
  sets: number;
}

/**
 * How many of a role's choices matter, over `runs` seeded random playthroughs: at every choice
 * point each option is tried from the same state and run to the next choice point; an option
 * matters when the story's variables afterwards, or the choices offered next, differ from those
 * of another option at the same point. An option that only prints its own reply does not.
 */
export function decisionFigure(json: string, roleIndex: number, runs: number, firstSeed: number): DecisionFigure {
  const { story, errors } = bareStory(json, firstSeed);
  const offered = new Set<string>();
  const matter = new Set<string>();
  const sets = new Set<string>();
  // The options of the menu itself are left out of what is offered next: a once-only option that
  // only removes itself from a "Watch X / Y / Z" menu does not matter.
  const signature = (menu: Set<string>) => {
    while (story.canContinue) story.Continue();
    return `${variables()}|${story.currentChoices.map((c) => c.text).filter((t) => !menu.has(t)).join('/')}`;
  };
  // The story's global VARs, as the compiled story declares them.
  const names = [...new Set([...json.matchAll(/"VAR=":"([^"]+)"/g)].map((m) => m[1]!))];
  const variables = () => names.map((name) => `${name}=${String(story.variablesState.$(name))}`).join(';');
  for (let r = 0; r < runs; r++) {
    const seed = firstSeed + r;
    story.ResetState();
    story.state.storySeed = seed;
    errors.length = 0;
    let rng = seed;
    let turns = 0;
    for (;;) {
      while (story.canContinue) story.Continue();
      const choices = story.currentChoices;
      if (!choices.length || errors.length || turns > 2000) break;
      if (turns > 0 && choices.length > 1) {
        const saved = story.state.toJson();
        const ids = choices.map((c) => `${c.sourcePath}#${c.text}`);
        const menu = new Set(choices.map((c) => c.text));
        const before = variables();
        const sigs = choices.map((_, i) => {
          story.state.LoadJson(saved);
          story.ChooseChoiceIndex(i);
          const sig = signature(menu);
          if (sig.split('|')[0] !== before) sets.add(ids[i]!);
          return sig;
        });
        story.state.LoadJson(saved);
        ids.forEach((id, i) => {
          offered.add(id);
          if (sigs.some((s) => s !== sigs[i])) matter.add(id);
        });
      } else if (turns > 0) offered.add(`${choices[0]!.sourcePath}#${choices[0]!.text}`);
      rng = (rng * 48271) % 2147483647;
      story.ChooseChoiceIndex(turns === 0 ? roleIndex : rng % choices.length);
      turns++;
    }
  }
  return { offered: offered.size, matter: matter.size, sets: sets.size };
}
