// The terminal UI: it renders the session's state into the panes and turns keys into the same
// commands plain mode takes (Controller), so both front ends behave alike.

import type { Controller, Outcome } from '../../commands/controller.ts';
import { UsageError } from '../../errors.ts';
import { openScreen, type KeyPress, type Pane, type TerminalScreen } from './blessed.ts';
import { choicesPane, choicesPaneRows } from './choices-pane.ts';
import { hintRow } from './hint.ts';
import { allKeys, mainHints } from './key-hints.ts';
import { inner, layout } from './layout.ts';
import { EXIT, guardProcess, suspend } from './lifecycle.ts';
import { LineEditor } from './line-editor.ts';
import { type Overlay, type OverlayContext, TextOverlay, textRows } from './overlays/overlay.ts';
import { briefingAtStart } from './overlays/briefing.ts';
import { debrief } from './overlays/debrief.ts';
import { overlayFrame } from './overlays/frame.ts';
import { storyErrors } from './overlays/reload.ts';
import { OVERLAYS } from './overlays/registry.ts';
import { loadMenu } from './overlays/saves.ts';
import { saveSettings, type Settings } from '../../settings.ts';
import { sidebarRows } from './sidebar-view.ts';
import { StoryView } from './story-view.ts';
import type { Row } from './styled.ts';
import { sanitize, units } from './text-width.ts';
import { makeTheme, paint, type Theme } from './theme.ts';
import { tooSmallRows } from './too-small.ts';
import { Transcript } from './transcript.ts';
import { Typewriter } from './typewriter.ts';
import { fit } from './wrap.ts';

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

type Focus = 'choices' | 'story';

/** The longest story line, in cells: beyond about 100 the eye loses its way back. */
const MEASURE = 100;

export function startTui(controller: Controller, options: TuiOptions): TuiHandle {
  const app = new App(controller, options);
  return { done: app.done, quit: (code) => app.quit(code) };
}

class App {
  readonly done: Promise<number>;
  private resolve!: (code: number) => void;
  private readonly screen: TerminalScreen;
  private readonly panes: Record<'story' | 'choices' | 'sidebar' | 'hint' | 'overlay' | 'notice', Pane>;
  private readonly transcript = new Transcript();
  private readonly view = new StoryView();
  private readonly typewriter: Typewriter;
  private theme: Theme;
  private settings: Settings;
  private overlay: Overlay | null = null;
  private command: LineEditor | null = null;
  private readonly commandHistory: string[] = [];
  private flash: { text: string; style: 'notice' | 'error' } | null = null;
  private selected = 0;
  private focus: Focus = 'choices';
  private finished = false;
  private unguard: () => void = () => {};
  /** For mouse clicks: the choice shown on each row of the choices pane. */
  private choiceAtRow: number[] = [];
  private built = { version: -1, width: -1, height: -1, spaced: false };
  private version = 0;
  /** A classroom session reached an ending: the debrief opens once its text is shown. */
  private debriefDue = false;

  constructor(
    private readonly controller: Controller,
    private readonly options: TuiOptions,
  ) {
    this.done = new Promise((resolve) => (this.resolve = resolve));
    this.settings = { ...options.settings };
    this.theme = makeTheme(this.settings.theme, options.env);
    const pace = options.typewriter;
    this.typewriter = new Typewriter(() => this.onTypewriterFrame(), pace?.step, pace?.frameMs);
    this.screen = openScreen({
      input: options.input,
      output: options.output,
      env: options.env,
      mouse: options.mouse,
      title: controller.session.state.title,
    });
    this.panes = {
      story: this.screen.pane({ border: true }),
      choices: this.screen.pane({ border: true }),
      sidebar: this.screen.pane({ border: true }),
      hint: this.screen.pane({ border: false }),
      overlay: this.screen.pane({ border: true }),
      notice: this.screen.pane({ border: false }),
    };
    if (options.guardProcess) {
      this.unguard = guardProcess({ quit: (code) => this.quit(code), crash: (e) => this.crash(e) }, options);
    }
    this.screen.onKey((key) => this.guarded(() => this.onKey(key)));
    this.screen.onResize(() => this.guarded(() => this.render()));
    this.screen.onMouse((event) =>
      this.guarded(() => {
        if (event.action === 'click') return this.onClick(event.y);
        // Over an overlay the wheel moves through it like the arrows; elsewhere it scrolls the story.
        const up = event.action === 'wheelup';
        const full = this.overlay ? (up ? 'up' : 'down') : event.action;
        this.onKey({ full, name: full, ch: undefined });
      }),
    );
    // Even the first frame can fail; then too the terminal must come back.
    this.guarded(() => {
      this.sync(false);
      const briefing = options.classroom ? briefingAtStart(controller) : null;
      if (briefing && !this.overlay) this.openOverlay(briefing);
      this.render();
    });
    options.onReady?.((outcome) => this.guarded(() => this.pushed(outcome)));
  }

  // ── leaving ────────────────────────────────────────────────────────────────────────────

  quit(code: number): void {
    if (this.finished) return;
    this.finished = true;
    this.typewriter.stop();
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

  /** q and :quit: 0, or 1 while the story stands stopped on an error (as plain mode does). */
  private leave(): void {
    this.quit(this.controller.session.state.issue ? EXIT.error : EXIT.quit);
  }

  private crash(error: unknown): void {
    if (this.finished) return;
    this.finished = true;
    this.typewriter.stop();
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

  /** Runs a handler; anything it throws is a crash, reported once the terminal is back. */
  private guarded(fn: () => void): void {
    if (this.finished) return;
    try {
      fn();
    } catch (error) {
      this.crash(error);
    }
  }

  // ── the session ────────────────────────────────────────────────────────────────────────

  /** Follows the session after a move; `animate` lets the typewriter reveal new text. */
  private sync(animate: boolean): void {
    const state = this.controller.session.state;
    const change = this.transcript.update(state, this.controller.session.path());
    if (change === 'none') return;
    this.version++;
    this.selected = 0;
    this.focus = 'choices';
    this.buildStory(true);
    if (change === 'forward') {
      this.view.showNewest();
      if (animate && this.settings.typewriter) {
        this.typewriter.start(this.view.freshLength);
        this.view.reveal = 0;
      }
    } else this.view.toBottom();
    if (state.warnings.length) this.flash = { text: `Story warning: ${state.warnings[0]}`, style: 'error' };
    // As plain mode does: the debrief after every ending reached (or loaded) in a classroom.
    if (this.options.classroom && state.ended) this.debriefDue = true;
    if (!this.typewriter.running) this.showDueDebrief();
  }

  private showDueDebrief(): void {
    if (!this.debriefDue) return;
    this.debriefDue = false;
    if (!this.overlay?.typing) this.openOverlay(debrief(this.context()));
  }

  /**
   * News from outside the keys (live reload). A new version of the story replaced the session:
   * the old passages belong to the old text, so the pane starts afresh at the current moment,
   * and windows built from the old session close. Compile errors are shown in a window; the
   * session goes on with the version it has.
   */
  private pushed(outcome: Outcome): void {
    if (outcome.show) {
      this.transcript.reset();
      this.finishReveal();
      if (!this.overlay?.typing) this.closeOverlay();
      this.tell(outcome.messages);
    } else if (outcome.messages.length > 1 && !this.overlay?.typing && !this.command) {
      this.openOverlay(storyErrors(outcome.messages));
    } else if (outcome.messages.length) {
      this.flash = { text: outcome.messages.join(' '), style: 'error' };
    }
    this.sync(false);
    this.render();
  }

  /** Runs one plain-mode input line through the controller and shows what came of it. */
  private run(line: string, animate = false): void {
    this.perform(() => this.controller.input(line), animate);
  }

  /** Runs a command of the controller and shows what came of it. */
  private perform(action: () => Outcome, animate = false): void {
    let outcome: Outcome;
    try {
      outcome = action();
    } catch (error) {
      // A failure of the engine (a save that cannot be rebuilt, a disk error) is told, not fatal.
      const message = error instanceof UsageError ? error.message : `that did not work: ${(error as Error).message}`;
      outcome = { messages: [message], show: false };
    }
    if (outcome.quit) return this.leave();
    this.tell(outcome.messages);
    this.sync(animate);
  }

  private tell(messages: string[]): void {
    // One short message goes on the hint line; more, or one too long for it, get a window.
    if (messages.length > 1 || (messages.length === 1 && units(sanitize(messages[0]!)) > this.screen.cols - 2)) {
      this.openOverlay(new TextOverlay('Messages', (width) => textRows(messages, width)));
    } else if (messages.length === 1) {
      this.flash = { text: messages[0]!, style: 'notice' };
    }
  }

  private pick(n: number): void {
    const state = this.controller.session.state;
    if (n < 1 || n > state.choices.length) return;
    this.run(String(n), true);
  }

  // ── keys ───────────────────────────────────────────────────────────────────────────────

  private onKey(key: KeyPress): void {
    const k = key.full;
    if (k === 'return' || k === 'linefeed') return; // blessed sends 'enter' as well
    if (k === 'C-c') return this.quit(EXIT.SIGINT);
    if (k === 'C-z') return suspend(this.screen, () => this.render());
    if (k === 'C-l') {
      this.render();
      return this.screen.redraw();
    }
    const { cols, rows } = this.screen;
    if (layout(cols, rows, () => 0).tooSmall) {
      if (k === 'q') this.leave();
      return;
    }
    // Any key completes the typewriter, and does nothing else.
    if (this.typewriter.running) {
      this.finishReveal();
      return this.render();
    }
    this.flash = null;
    if (this.command) this.commandKey(key);
    else if (this.overlay) this.overlayKey(key);
    else this.mainKey(key);
    if (!this.finished) this.render();
  }

  private commandKey(key: KeyPress): void {
    const result = this.command!.key(key);
    if (result === 'cancel') this.command = null;
    else if (result === 'submit') {
      const text = this.command!.text.trim();
      this.command = null;
      if (!text) return;
      this.commandHistory.push(text);
      this.run(text.startsWith(':') || /^\d+$/.test(text) ? text : `:${text}`, true);
    }
  }

  private overlayKey(key: KeyPress): void {
    const overlay = this.overlay!;
    if (key.full === 'escape') return this.closeOverlay();
    const result = overlay.key(key);
    if (result === 'close') return this.closeOverlay();
    if (result === 'done' || overlay.typing) return;
    if (key.full === 'q') return this.leave();
    // Another overlay's key switches to it.
    const entry = OVERLAYS.find((o) => o.key === key.ch);
    if (entry) this.openOverlay(entry.open(this.context()));
  }

  private mainKey(key: KeyPress): void {
    const k = key.full;
    const state = this.controller.session.state;
    const scrollStory = this.focus === 'story' || !state.choices.length;
    if (/^[1-9]$/.test(k)) return this.pick(Number(k));
    switch (k) {
      case 'q':
        return this.leave();
      case ':':
        this.command = new LineEditor(this.commandHistory);
        return;
      case 'enter':
        if (!scrollStory) this.pick(this.selected + 1);
        return;
      case 'up':
      case 'k':
        if (scrollStory) this.view.scroll(-1);
        else this.selected = Math.max(0, this.selected - 1);
        return;
      case 'down':
      case 'j':
        if (scrollStory) this.view.scroll(1);
        else this.selected = Math.min(state.choices.length - 1, this.selected + 1);
        return;
      case 'S-up':
      case 'wheelup':
        return this.view.scroll(k === 'wheelup' ? -3 : -1);
      case 'S-down':
      case 'wheeldown':
        return this.view.scroll(k === 'wheeldown' ? 3 : 1);
      case 'pageup':
        return this.view.page(-1);
      case 'pagedown':
      case 'space':
        return this.view.page(1);
      case 'home':
        return this.view.home();
      case 'end':
        return this.view.toBottom();
      case 'tab':
        this.focus = this.focus === 'story' ? 'choices' : 'story';
        return;
      case 'u':
        return this.run(':undo');
      case 'r':
        return this.run(':redo', true);
    }
    if (state.issue && k === 'l') return this.openOverlay(loadMenu(this.context()));
    const entry = OVERLAYS.find((o) => o.key === key.ch);
    if (entry) this.openOverlay(entry.open(this.context()));
  }

  private onClick(y: number): void {
    if (this.overlay || this.command || this.typewriter.running) return;
    const { choices } = layout(this.screen.cols, this.screen.rows, (w) => this.choiceRowCount(w), this.urgent());
    const row = y - choices.top - 1;
    const choice = this.choiceAtRow[row];
    if (choice !== undefined) {
      this.pick(choice + 1);
      this.render();
    }
  }

  private finishReveal(): void {
    this.typewriter.finish();
    this.view.reveal = null;
    this.showDueDebrief();
  }

  private onTypewriterFrame(): void {
    if (this.finished) return;
    this.guarded(() => {
      this.view.reveal = this.typewriter.shown;
      // Text below the pane is not worth waiting for: show it all, the reader scrolls on.
      if (!this.typewriter.running || this.typewriter.shown >= this.view.visibleFreshEnd()) this.finishReveal();
      this.render();
    });
  }

  // ── overlays ───────────────────────────────────────────────────────────────────────────

  private context(): OverlayContext {
    return {
      controller: this.controller,
      run: (line) => this.run(line),
      perform: (action) => this.perform(() => action(this.controller)),
      tell: (messages) => this.tell(messages),
      close: () => this.closeOverlay(),
      open: (overlay) => this.openOverlay(overlay),
      settings: () => this.settings,
      changeSettings: (change) => this.changeSettings(change),
      keys: allKeys,
    };
  }

  private openOverlay(overlay: Overlay): void {
    this.overlay = overlay;
  }

  private closeOverlay(): void {
    this.overlay = null;
  }

  private changeSettings(change: Partial<Settings>): void {
    this.settings = { ...this.settings, ...change };
    this.theme = makeTheme(this.settings.theme, this.options.env);
    const problem = saveSettings(this.options.env, change);
    if (problem) this.flash = { text: problem, style: 'error' };
    this.built.version = -1;
  }

  // ── drawing ────────────────────────────────────────────────────────────────────────────

  private urgent(): boolean {
    return this.controller.session.state.issue !== null;
  }

  private choiceRowCount(width: number): number {
    const { state, canUndo } = this.controller.session;
    return choicesPaneRows(state, canUndo, this.selected, width, this.seen(), this.endHint());
  }

  /** The choices taken from this point before, in any playthrough (the branch map knows). */
  private seen(): ReadonlySet<number> {
    return this.controller.seenChoices();
  }

  private endHint(): string {
    const debrief = this.options.classroom ? ', d the debrief' : '';
    return `h goes back to any turn to take another path, m the branch map, e the endings${debrief}, l loads, q quits.`;
  }

  private buildStory(force = false): void {
    const { cols, rows } = this.screen;
    const l = layout(cols, rows, (w) => this.choiceRowCount(w), this.urgent());
    const { width: paneWidth, height } = inner(l.story);
    // A margin each side, and lines no longer than is comfortable to read on wide terminals.
    const width = Math.min(MEASURE, paneWidth - 2);
    const spaced = rows >= 20;
    const b = this.built;
    if (!force && b.version === this.version && b.width === width && b.height === height && b.spaced === spaced) return;
    this.view.build(this.transcript.paragraphs(spaced), width, height);
    this.built = { version: this.version, width, height, spaced };
  }

  render(): void {
    if (this.finished) return;
    const { cols, rows } = this.screen;
    const l = layout(cols, rows, (w) => this.choiceRowCount(w), this.urgent());
    const p = this.panes;
    const paint_ = (rs: Row[]) => rs.map((r) => paint(r, this.theme));
    if (l.tooSmall) {
      for (const pane of [p.story, p.choices, p.sidebar, p.hint, p.overlay]) pane.hide();
      p.notice.show({ left: 0, top: 0, width: cols, height: rows });
      p.notice.setRows(paint_(tooSmallRows(cols, rows)));
      p.notice.toFront();
      this.screen.render();
      return;
    }
    p.notice.hide();
    const state = this.controller.session.state;
    const b = this.theme.border;

    // Story
    this.buildStory();
    p.story.show(l.story);
    const storyInner = inner(l.story);
    p.story.setRows(paint_(this.view.visible().map((row): Row => (row.length ? [{ text: ' ', style: 'text' }, ...row] : row))));
    const where = [l.sidebar ? '' : state.title, state.status.date, state.status.location].filter(Boolean).map((s) => sanitize(s!));
    p.story.setLabel(where.length ? ` ${fit(where.join(' · '), storyInner.width - 4)} ` : '');
    p.story.setBorderColor(this.focus === 'story' ? b.focus : b.normal, this.focus === 'story');

    // Choices, the end, or the error panel
    p.choices.show(l.choices);
    const ci = inner(l.choices);
    const pane = choicesPane({
      state,
      canUndo: this.controller.session.canUndo,
      selected: this.selected,
      revealing: this.typewriter.running,
      focused: this.focus === 'choices',
      seen: this.seen(),
      endHint: this.endHint(),
      ...ci,
    });
    this.choiceAtRow = pane.choiceAtRow;
    p.choices.setLabel(pane.label);
    p.choices.setBorderColor(b[pane.border], pane.border !== 'normal');
    p.choices.setRows(paint_(pane.rows));

    // Sidebar
    if (l.sidebar) {
      p.sidebar.show(l.sidebar);
      const si = inner(l.sidebar);
      p.sidebar.setBorderColor(b.normal);
      p.sidebar.setRows(paint_(sidebarRows(state, si.width).slice(0, si.height)));
    } else p.sidebar.hide();

    // Hint line
    p.hint.show(l.hint);
    p.hint.setRows([paint(this.hintRow(cols), this.theme)]);

    // Overlay
    if (this.overlay) this.renderOverlay(cols, rows);
    else p.overlay.hide();
    this.screen.render();
  }

  private hintRow(cols: number): Row {
    if (this.command) return this.command.row(':', cols - 1);
    if (this.flash) return [{ text: ` ${fit(sanitize(this.flash.text), cols - 2)}`, style: this.flash.style }];
    return hintRow(mainHints(this.controller.session.state, this.view.moreBelow, this.overlay !== null), cols - 1);
  }

  private renderOverlay(cols: number, rows: number): void {
    const frame = overlayFrame(this.overlay!, cols, rows);
    const pane = this.panes.overlay;
    pane.show(frame.rect);
    pane.setLabel(frame.label);
    pane.setBorderColor(this.theme.border.overlay, true);
    pane.setRows(frame.rows.map((r) => paint(r, this.theme)));
    pane.toFront();
  }
}
