// Whether `play` can use the full-screen UI: only on a real terminal both ways that can address
// the cursor (BLESSED-NOTES #5). Kept apart from the UI so plain mode never loads blessed.

export interface Streams {
  stdin: { isTTY?: boolean };
  stdout: { isTTY?: boolean };
}

export function canUseTui(io: Streams, env: NodeJS.ProcessEnv): boolean {
  if (!io.stdin.isTTY || !io.stdout.isTTY) return false;
  const term = env.TERM ?? '';
  return term !== '' && term !== 'dumb' && term !== 'unknown';
}
