// Every `# ending: ID Title` tag written in a compiled story (static tags only: a tag built
// from ink expressions is only known when it is reached).

import { splitIdAndTitle } from './tags.ts';

export interface EndingInfo {
  id: string;
  title: string;
}

// In compiled JSON a tag is the sequence "#", "^tag text", "/#".
const ENDING_TAG = /"#","\^\s*ending:\s*((?:[^"\\]|\\.)*)","\/#"/g;

export function endingsOf(json: string): EndingInfo[] {
  const seen = new Map<string, EndingInfo>();
  for (const m of json.matchAll(ENDING_TAG)) {
    const { id, title } = splitIdAndTitle(JSON.parse(`"${m[1]}"`) as string);
    if (id && !seen.has(id)) seen.set(id, { id, title });
  }
  return [...seen.values()];
}
