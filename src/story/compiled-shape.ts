// The outline a compiled story must have before inkjs is given it: inkjs takes any JSON on
// trust, and a foreign or damaged file ("root": "hello", "root": null, 50,000 arrays deep) makes
// it throw its own messages from deep inside or overflow the stack. This runs on the parsed
// object, whoever parsed it, and walks it without recursion.

/**
 * How deep a compiled story may nest. Ink's compiler nests a container per knot, stitch, weave
 * level and choice: Caviar reaches 20, inkjs's own test stories 14. Far beyond that is no story
 * ink wrote, and inkjs's recursive reading would run out of stack.
 */
export const MAX_COMPILED_DEPTH = 1000;

const kindOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;

/** Why `data` is not a compiled ink story inkjs can read, in a few words; null when its outline is sound. */
export function compiledShapeProblem(data: unknown): string | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return `it is ${kindOf(data)}, not a JSON object`;
  const story = data as Record<string, unknown>;
  if (!Object.hasOwn(story, 'inkVersion')) return 'no "inkVersion" field';
  if (typeof story.inkVersion !== 'number' || !Number.isInteger(story.inkVersion)) {
    return `"inkVersion" is ${kindOf(story.inkVersion)}${typeof story.inkVersion === 'string' ? ` ("${story.inkVersion.slice(0, 20)}")` : ''}, not a whole number`;
  }
  if (!Object.hasOwn(story, 'root')) return 'no "root" field';
  if (!Array.isArray(story.root)) return `"root" is ${kindOf(story.root)}, not a container (a list)`;
  if (Object.hasOwn(story, 'listDefs') && (typeof story.listDefs !== 'object' || story.listDefs === null || Array.isArray(story.listDefs))) {
    return `"listDefs" is ${kindOf(story.listDefs)}, not an object`;
  }
  return containerProblem(story.root);
}

/**
 * Every container (a list in a container, or named in the object that ends one) ends in null or
 * an object (its named content and flags); other values (a divert, a list's origins) are only
 * counted for depth.
 */
function containerProblem(root: unknown[]): string | null {
  const stack: Array<[value: unknown, depth: number, container: boolean]> = [[root, 1, true]];
  while (stack.length) {
    const [value, depth, container] = stack.pop()!;
    if (depth > MAX_COMPILED_DEPTH) return `it nests deeper than ${MAX_COMPILED_DEPTH} levels`;
    if (typeof value !== 'object' || value === null) continue;
    if (!container || !Array.isArray(value)) {
      for (const item of Object.values(value)) stack.push([item, depth + 1, false]);
      continue;
    }
    const last: unknown = value[value.length - 1];
    if (value.length === 0 || (last !== null && (typeof last !== 'object' || Array.isArray(last)))) {
      return 'a container does not end with its names (null or an object)';
    }
    value.forEach((item, i) => {
      if (i < value.length - 1) stack.push([item, depth + 1, Array.isArray(item)]);
    });
    if (last !== null) {
      for (const [name, item] of Object.entries(last)) stack.push([item, depth + 1, name !== '#f' && name !== '#n' && Array.isArray(item)]);
    }
  }
  return null;
}
