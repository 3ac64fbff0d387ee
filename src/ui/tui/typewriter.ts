// The optional typewriter reveal of new text. It only counts characters on a timer; the story
// view decides what that shows. Any key completes it (the UI calls finish()).

export const CHARS_PER_FRAME = 10;
export const FRAME_MS = 25;

export class Typewriter {
  private timer: NodeJS.Timeout | null = null;
  shown = 0;
  private total = 0;

  constructor(
    private readonly onFrame: () => void,
    private readonly step = CHARS_PER_FRAME,
    private readonly frameMs = FRAME_MS,
  ) {}

  get running(): boolean {
    return this.timer !== null;
  }

  start(total: number): void {
    this.stop();
    this.total = total;
    this.shown = 0;
    if (total <= 0) return;
    this.timer = setInterval(() => {
      this.shown = Math.min(this.total, this.shown + this.step);
      if (this.shown >= this.total) this.stop();
      this.onFrame();
    }, this.frameMs);
  }

  finish(): void {
    this.shown = this.total;
    this.stop();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
