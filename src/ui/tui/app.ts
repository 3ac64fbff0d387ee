// The terminal UI's shell: it opens the screen, turns each event (a key, a click, a resize, a
// typewriter frame, live reload's news) into one Update of the UI state (update.ts, routing.ts),
// draws the frame of the result (frame.ts), and owns every way out. Keys become the same
// commands plain mode takes (Controller), so both front ends behave alike.

import type { Controller, Outcome } from '../../commands/controller.ts';
import type { Settings } from '../../settings.ts';
import { openScreen, type KeyPress, type Pane, type TerminalScreen } from './blessed.ts';
import { frame, type Frame, type PaneFrame, sessionViewOf } from './frame.ts';
import { EXIT, guardProcess, suspend } from './lifecycle.ts';
import { briefingAtStart } from './overlays/briefing.ts';
import type { OverlayContext } from './overlays/overlay.ts';
import { routeClick, routeKey } from './routing.ts';
import type { Row } from './styled.ts';
import { paint } from './theme.ts';
import { Typewriter } from './typewriter.ts';
import { initialUi, type UiState } from './ui-state.ts';
import { overlayContext, Update } from './update.ts';

export interface TuiOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Where a crash is reported once the terminal is restored. */
  errors: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  /** Settings for this run (remembered ones, with the command line's flags applied). */
  settings: Settings;
  mouse: boolean;
  /** Install the process's signal and exception handlers (the real app does; tests may not). */
  guardProcess: boolean;
  /** Typewriter pace, for tests. */
  typewriter?: { step: number; frameMs: number };
  /** A classroom session (--role, --student): the briefing at the start, the debrief at each ending. */
  classroom?: boolean;
  /**
   * Called once the UI is up with a function that shows news from outside the keys (live
   * reload: a new version of the story, or its compile errors) and redraws.
   */
  onReady?: (push: (outcome: Outcome) => void) => void;
}

export interface TuiHandle {
  /** Resolves with the exit code once the terminal is restored. */
  done: Promise<number>;
  quit(code: number): void;
}

type PaneName = 'story' | 'choices' | 'sidebar' | 'hint' | 'overlay' | 'notice';

export function startTui(controller: Controller, options: TuiOptions): TuiHandle {
  const app = new App(controller, options);
  return { done: app.done, quit: (code) => app.quit(code) };
}

class App {
  readonly done: Promise<number>;
  private resolve!: (code: number) => void;
  private readonly screen: TerminalScreen;
  private readonly panes: Record<PaneName, Pane>;
  private readonly ui: UiState;
  private readonly context: OverlayContext;
  /** The Update of the event being handled: windows act through it (update.ts overlayContext). */
  private current: Update | null = null;
  private finished = false;
  private renderQueued = false;
  private unguard: () => void = () => {};
  /** What was drawn last: clicks are read against it. */
  private drawn: Frame | null = null;

  constructor(
    private readonly controller: Controller,
    private readonly options: TuiOptions,
  ) {
    this.done = new Promise((resolve) => (this.resolve = resolve));
    const pace = options.typewriter;
    const typewriter = new Typewriter(() => this.event((u) => u.revealFrame()), pace?.step, pace?.frameMs);
    this.ui = initialUi(options.settings, options.env, typewriter);
    this.context = overlayContext(controller, this.ui, () => this.current!);
    this.screen = openScreen({
      input: options.input,
      output: options.output,
      env: options.env,
      mouse: options.mouse,
      title: controller.session.state.title,
    });
    const pane = (border: boolean) => this.screen.pane({ border });
    this.panes = { story: pane(true), choices: pane(true), sidebar: pane(true), hint: pane(false), overlay: pane(true), notice: pane(false) };
    if (options.guardProcess) {
      this.unguard = guardProcess({ quit: (code) => this.quit(code), crash: (e) => this.crash(e) }, options);
    }
    this.screen.onKey((key) => this.event((u) => routeKey(u, key)));
    this.screen.onResize(() => this.event(() => {}));
    this.screen.onMouse((event) =>
      this.event((u) => {
        if (event.action === 'click') return routeClick(u, this.choiceAt(event.y));
        // Over a window the wheel moves through it like the arrows; elsewhere it scrolls the story.
        const up = event.action === 'wheelup';
        const full = this.ui.overlay ? (up ? 'up' : 'down') : event.action;
        const key: KeyPress = { full, name: full, ch: undefined };
        routeKey(u, key);
      }),
    );
    // Even the first frame can fail; then too the terminal must come back.
    this.event((u) => {
      u.follow(false);
      const briefing = options.classroom ? briefingAtStart(controller) : null;
      if (briefing && !this.ui.overlay) u.open(briefing);
    });
    options.onReady?.((outcome) => this.event((u) => u.pushed(outcome)));
  }

  /**
   * Handles one event: an Update of the UI state, then what it asks of the terminal or the
   * process, then a frame. Anything thrown on the way is a crash, reported once the terminal is
   * back.
   */
  private event(handle: (u: Update) => void): void {
    if (this.finished) return;
    try {
      const { cols, rows } = this.screen;
      const u = new Update(this.ui, { controller: this.controller, env: this.options.env, classroom: !!this.options.classroom, cols, rows, context: this.context });
      this.current = u;
      handle(u);
      this.current = null;
      if (u.exit !== null) return this.quit(u.exit);
      if (u.terminal === 'suspend') return suspend(this.screen, () => this.guarded(() => this.render()));
      if (u.terminal === 'redraw') {
        this.render();
        return this.screen.redraw();
      }
      this.queueRender();
    } catch (error) {
      this.crash(error);
    }
  }

  private guarded(fn: () => void): void {
    if (this.finished) return;
    try {
      fn();
    } catch (error) {
      this.crash(error);
    }
  }

  /**
   * One frame for all the events of one read: a paste arrives as one key per character, all in
   * one go, and the screen is drawn once after the last of them.
   */
  private queueRender(): void {
    if (this.renderQueued) return;
    this.renderQueued = true;
    queueMicrotask(() => {
      this.renderQueued = false;
      this.guarded(() => this.render());
    });
  }

  private choiceAt(y: number): number | undefined {
    const f = this.drawn;
    return f?.kind === 'panes' ? f.clicks.choiceAtRow[y - f.clicks.top] : undefined;
  }

  // ── leaving ────────────────────────────────────────────────────────────────────────────

  quit(code: number): void {
    if (this.finished) return;
    this.finished = true;
    this.ui.typewriter.stop();
    let problem: string | null = null;
    try {
      this.controller.autosave();
    } catch (error) {
      problem = `caviar: could not write the autosave: ${(error as Error).message}\n`;
    }
    this.release();
    if (problem) this.options.errors.write(problem);
    this.resolve(problem && code === 0 ? EXIT.error : code);
  }

  private crash(error: unknown): void {
    if (this.finished) return;
    this.finished = true;
    this.ui.typewriter.stop();
    try {
      this.controller.autosave();
    } catch {
      // the autosave of the last move is still on disk
    }
    this.release();
    const message = error instanceof Error ? error.message : String(error);
    const detail = this.options.env.CAVIAR_DEBUG === '1' && error instanceof Error ? `${error.stack}\n` : '';
    this.options.errors.write(`${detail}caviar: internal error: ${message}\n(Your place is saved: caviar --continue. Run with CAVIAR_DEBUG=1 for details.)\n`);
    this.resolve(EXIT.error);
  }

  private release(): void {
    try {
      this.screen.destroy();
    } finally {
      this.unguard();
    }
  }

  // ── drawing ────────────────────────────────────────────────────────────────────────────

  private render(): void {
    if (this.finished) return;
    const { cols, rows } = this.screen;
    const f = frame(sessionViewOf(this.controller, !!this.options.classroom), this.ui, cols, rows);
    this.drawn = f;
    const p = this.panes;
    const painted = (rs: Row[]) => rs.map((r) => paint(r, this.ui.theme));
    if (f.kind === 'too-small') {
      for (const name of ['story', 'choices', 'sidebar', 'hint', 'overlay'] as const) p[name].hide();
      p.notice.show({ left: 0, top: 0, width: cols, height: rows });
      p.notice.setRows(painted(f.rows));
      p.notice.toFront();
      this.screen.render();
      return;
    }
    p.notice.hide();
    const place = (pane: Pane, pf: PaneFrame | null) => {
      if (!pf) return pane.hide();
      pane.show(pf.rect);
      pane.setLabel(pf.label);
      pane.setBorderColor(this.ui.theme.border[pf.border.color], pf.border.bold);
      pane.setRows(painted(pf.rows));
    };
    place(p.story, f.story);
    place(p.choices, f.choices);
    place(p.sidebar, f.sidebar);
    p.hint.show(f.hint.rect);
    p.hint.setRows(painted([f.hint.row]));
    place(p.overlay, f.overlay);
    if (f.overlay) p.overlay.toFront();
    this.screen.render();
  }
}
