// The tag protocol: every tag caviar understands, in one table. A tag is how a story talks to
// caviar (README "The tag protocol"); unknown tags are kept on their line and otherwise ignored.
//
// Each entry says where the tag belongs (global: the top of the main file; line: any line), what
// it does when a line carrying it is shown (`apply`, on the passage's effects), and what
// `caviar check` verifies about it (`lint`). Adding a tag is one entry here and one fixture test
// (docs/architecture.md, "Add a tag").

import { parseTag, splitIdAndTitle } from './tags.ts';

/** What the tags of one passage (the text of one step) do, gathered line by line. */
export interface PassageEffects {
  status: { role?: string; location?: string; date?: string };
  notes: string[];
  facts: string[];
  fiction: number;
  ending: { id: string; title: string } | null;
  /** `# decision: ID Summary`: the choice point this passage ends at is a key decision. */
  decision: { id: string; summary: string } | null;
  /** `# phase: ID Title`: a checkpoint of a lesson was reached. */
  phase: { id: string; title: string } | null;
  /** `# crossing: ID Summary`: lines of this passage show what a tablemate did. */
  crossings: Array<{ id: string; summary: string }>;
}

/** What a tag marks on its own line. */
export interface LineMarks {
  speaker?: string;
  clear?: boolean;
  facts?: string[];
  fiction?: boolean;
}

/** What a lint check can see of the story. */
export interface LintContext {
  /** Is `name` a global VAR of the story? */
  hasVariable(name: string): boolean;
  /** The facts file's keys; null when the story has no usable facts file. */
  factKeys: ReadonlySet<string> | null;
  factsFile: string;
  /** Remembers a value across the whole story (e.g. an ending's title, to spot a second one). */
  seen: Map<string, string>;
  /** The text of the line that carries the tag, without its tags and comments. */
  lineText: string;
}

export interface TagSpec {
  key: string;
  scope: 'global' | 'line';
  /** One line for the docs and `caviar check`. */
  summary: string;
  apply?: (value: string, line: LineMarks, effects: PassageEffects) => void;
  /** Problems with one occurrence of the tag, as warnings. */
  lint?: (value: string, ctx: LintContext) => string[];
}

const idAndTitle = (example: string) => (value: string, ctx: LintContext, key: string) => {
  const { id, title } = splitIdAndTitle(value);
  if (!id) return [`# ${key}: needs an id, e.g. # ${key}: ${example}`];
  const seenKey = `${key}:${id}`;
  const before = ctx.seen.get(seenKey);
  if (before !== undefined && before !== title) return [`${key} "${id}" has two titles: "${before}" and "${title}"`];
  ctx.seen.set(seenKey, title);
  return [];
};

const words = (value: string) => value.split(/[\s,]+/).filter(Boolean);

// Speech opens with a quotation mark or a dash; narration does not. The line is read as written
// in the source, so ink's weave bullets, labels and glue come off first; a line opening with
// ink logic (`{...}`) cannot be judged and passes.
const SPEECH = /^["“”‘'«»„—–{]/;
const INK_MARKUP = /^\s*(?:[*+-]\s*)*(?:\(\w+\)\s*)?(?:<>\s*)?\[?\s*/;

export const TAGS: readonly TagSpec[] = [
  { key: 'title', scope: 'global', summary: 'the story\'s title, shown in the UI, transcripts and saves' },
  { key: 'author', scope: 'global', summary: 'the story\'s author' },
  {
    key: 'watch',
    scope: 'global',
    summary: 'the sidebar shows ink variable VAR as "Label text" (# watch: VAR Label text)',
    lint: (value, ctx) => {
      const variable = value.split(/\s+/)[0] ?? '';
      return ctx.hasVariable(variable) ? [] : [`# watch: names "${variable}", which is not a VAR of the story`];
    },
  },
  {
    key: 'shared',
    scope: 'global',
    summary: 'in a live class, these VARs are shared by the seats at one table (# shared: var_a var_b)',
    lint: (value, ctx) => {
      if (!words(value).length) return ['# shared: names no variable, e.g. # shared: leak_told'];
      return words(value).filter((v) => !ctx.hasVariable(v)).map((v) => `# shared: names "${v}", which is not a VAR of the story`);
    },
  },
  {
    key: 'speaker',
    scope: 'line',
    summary: 'the line is spoken by Name (shown "Name: text")',
    apply: (value, line) => {
      if (value) line.speaker = value;
    },
    lint: (_value, ctx) =>
      !ctx.lineText.trim() || SPEECH.test(ctx.lineText.replace(INK_MARKUP, ''))
        ? []
        : ['# speaker: on a line that does not start with speech (a quotation mark or a dash): tag only the spoken words'],
  },
  { key: 'location', scope: 'line', summary: 'where the scene is (status bar, sidebar)', apply: status('location') },
  { key: 'date', scope: 'line', summary: 'the in-story date (status bar, sidebar)', apply: status('date') },
  { key: 'role', scope: 'line', summary: 'the player\'s role; `--role ID` starts in the knot holding it', apply: status('role') },
  {
    key: 'clear',
    scope: 'line',
    summary: 'a new page (mid-turn: a scene break that keeps unread text)',
    apply: (_value, line) => {
      line.clear = true;
    },
  },
  {
    key: 'clue',
    scope: 'line',
    summary: 'adds the text to the player\'s notebook',
    apply: (value, _line, effects) => {
      if (value) effects.notes.push(value);
    },
  },
  {
    key: 'fact',
    scope: 'line',
    summary: 'the passage rests on documented fact KEY of the story\'s facts.json',
    apply: (value, line, effects) => {
      for (const fact of words(value)) {
        (line.facts ??= []).push(fact);
        effects.facts.push(fact);
      }
    },
    lint: (value, ctx) =>
      ctx.factKeys ? words(value).filter((k) => !ctx.factKeys!.has(k)).map((k) => `# fact: ${k} is not in ${ctx.factsFile}`) : [],
  },
  {
    key: 'fiction',
    scope: 'line',
    summary: 'the passage is invented',
    apply: (_value, line, effects) => {
      line.fiction = true;
      effects.fiction++;
    },
  },
  {
    key: 'ending',
    scope: 'line',
    summary: 'an ending was reached (# ending: ID Title words)',
    apply: (value, _line, effects) => {
      const ending = splitIdAndTitle(value);
      if (ending.id) effects.ending = ending;
    },
    lint: (value, ctx) => idAndTitle('good_end The Good End')(value, ctx, 'ending'),
  },
  {
    key: 'decision',
    scope: 'line',
    summary: 'the choices after this passage are a key decision (# decision: ID One-line summary)',
    apply: (value, _line, effects) => {
      const { id, title } = splitIdAndTitle(value);
      if (id) effects.decision = { id, summary: title };
    },
    lint: (value, ctx) => {
      const { id, title } = splitIdAndTitle(value);
      if (id && title === id) return [`# decision: ${id} needs a one-line summary after its id`];
      return idAndTitle('tell_the_truth Does she tell the truth?')(value, ctx, 'decision');
    },
  },
  {
    key: 'phase',
    scope: 'line',
    summary: 'a checkpoint a teacher can hold a live class at (# phase: ID Title)',
    apply: (value, _line, effects) => {
      const { id, title } = splitIdAndTitle(value);
      if (id) effects.phase = { id, title };
    },
    lint: (value, ctx) => idAndTitle('day1_end End of the first day')(value, ctx, 'phase'),
  },
  {
    key: 'crossing',
    scope: 'line',
    summary: 'the line shows what a tablemate did, carried by shared VAR (# crossing: VAR[.part] One-line summary)',
    apply: (value, _line, effects) => {
      const { id, title } = splitIdAndTitle(value);
      if (id) effects.crossings.push({ id, summary: title });
    },
    lint: (value, ctx) => {
      const { id, title } = splitIdAndTitle(value);
      if (!id) return ['# crossing: needs an id and a summary, e.g. # crossing: leak_told Your tablemate told the press'];
      if (title === id) return [`# crossing: ${id} needs a one-line summary after its id`];
      // The id names the VAR that carries the crossing, so the debrief can say who set it.
      const variable = crossingVariable(id);
      if (!ctx.hasVariable(variable)) return [`# crossing: ${id} names "${variable}", which is not a VAR of the story`];
      return idAndTitle('leak_told Your tablemate told the press')(value, ctx, 'crossing');
    },
  },
];

/** The VAR a crossing's id names: the id up to its first dot (`table_tip.bar` is carried by `table_tip`). */
export function crossingVariable(id: string): string {
  return id.split('.')[0]!;
}

function status(key: 'location' | 'date' | 'role') {
  return (value: string, _line: LineMarks, effects: PassageEffects) => {
    if (value) effects.status[key] = value;
  };
}

const BY_KEY = new Map(TAGS.map((t) => [t.key, t]));

export function tagSpec(key: string): TagSpec | undefined {
  return BY_KEY.get(key);
}

export function noEffects(): PassageEffects {
  return { status: {}, notes: [], facts: [], fiction: 0, ending: null, decision: null, phase: null, crossings: [] };
}

/** Applies one line's tags: marks on the line, effects on the passage. */
export function applyTags(tags: readonly string[], line: LineMarks, effects: PassageEffects): void {
  for (const raw of tags) {
    const { key, value } = parseTag(raw);
    BY_KEY.get(key)?.apply?.(value, line, effects);
  }
}
