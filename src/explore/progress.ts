// A one-line progress bar on a terminal while the explorer runs (never in pipes or CI logs).

import type { ExploreProgress } from './explore.ts';

const WIDTH = 24;
const EVERY_MS = 100;

export class ProgressBar {
  private last = 0;
  private shown = false;

  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly timeLimitS: number | null,
  ) {}

  update(p: ExploreProgress): void {
    const now = Date.now();
    if (now - this.last < EVERY_MS) return;
    this.last = now;
    this.shown = true;
    this.out.write(`\r\x1b[K${renderProgress(p, this.timeLimitS)}`);
  }

  clear(): void {
    if (this.shown) this.out.write('\r\x1b[K');
    this.shown = false;
  }
}

export function renderProgress(p: ExploreProgress, timeLimitS: number | null): string {
  const fraction = p.total ? p.done / p.total : timeLimitS ? p.elapsedS / timeLimitS : null;
  const bar = fraction === null ? '' : `[${'#'.repeat(Math.round(Math.min(1, fraction) * WIDTH)).padEnd(WIDTH, '.')}] `;
  const time = `${p.elapsedS.toFixed(1)} s${timeLimitS ? ` of ${timeLimitS} s` : ''}`;
  if (p.mode === 'random') return `${bar}${p.done.toLocaleString('en')}/${(p.total ?? 0).toLocaleString('en')} playthroughs  ${time}`;
  return `${bar}${p.done.toLocaleString('en')} choice points, depth ${p.depth ?? 0}, ${(p.frontier ?? 0).toLocaleString('en')} waiting  ${time}`;
}
