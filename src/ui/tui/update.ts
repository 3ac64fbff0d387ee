// One event's changes to the UI state: a key, a click, a typewriter frame, news from outside
// (live reload). Everything that changes the UI state goes through an Update, made for one event
// and dropped after it; what the shell must do about the terminal or the process (quit, suspend,
// redraw) it leaves in `exit` and `terminal` for the shell to do.

import type { Controller, Outcome } from '../../commands/controller.ts';
import { UsageError } from '../../errors.ts';
import { saveSettings, type Settings } from '../../settings.ts';
import { paneLayout, sessionViewOf, storyGeometry, type SessionView } from './frame.ts';
import { EXIT } from './lifecycle.ts';
import { debrief } from './overlays/debrief.ts';
import { type Overlay, type OverlayContext, TextOverlay, textRows } from './overlays/overlay.ts';
import { storyErrors } from './overlays/reload.ts';
import { sanitize, units } from './text-width.ts';
import { makeTheme } from './theme.ts';
import type { UiState } from './ui-state.ts';

/** What an event may look at besides the UI state. */
export interface World {
  readonly controller: Controller;
  readonly env: NodeJS.ProcessEnv;
  readonly classroom: boolean;
  readonly cols: number;
  readonly rows: number;
  /** The windows' way to act on the UI: it acts through the Update of the event being handled. */
  readonly context: OverlayContext;
}

export class Update {
  /** The process should end with this code (the shell restores the terminal first). */
  exit: number | null = null;
  /** The shell should hand the terminal back for a moment (Ctrl-Z), or draw every cell again. */
  terminal: 'suspend' | 'redraw' | null = null;

  constructor(
    readonly ui: UiState,
    readonly world: World,
  ) {}

  get session() {
    return this.world.controller.session;
  }

  sessionView(): SessionView {
    return sessionViewOf(this.world.controller, this.world.classroom);
  }

  get tooSmall(): boolean {
    return paneLayout(this.sessionView(), this.ui, this.world.cols, this.world.rows).tooSmall;
  }

  // ── following the session ──────────────────────────────────────────────────────────────

  /** Follows the session after a move; `animate` lets the typewriter reveal new text. */
  follow(animate: boolean): void {
    const { ui } = this;
    const state = this.session.state;
    ui.problems.record(state);
    const change = ui.story.follow(state, this.session.path());
    if (change === 'none') return;
    ui.selected = 0;
    ui.focus = 'choices';
    const view = ui.story.view;
    ui.story.fit(storyGeometry(paneLayout(this.sessionView(), ui, this.world.cols, this.world.rows), this.world.rows));
    if (change === 'forward') {
      view.showNewest();
      if (animate && ui.settings.typewriter) {
        ui.typewriter.start(view.freshLength);
        view.reveal = 0;
      }
    } else view.toBottom();
    if (state.warnings.length) {
      const more = state.warnings.length > 1 ? ` (and ${state.warnings.length - 1} more)` : '';
      ui.flash = { text: `${state.warnings[0]}${more}`, style: 'error', more: 'w' };
    }
    // As plain mode does: the debrief after every ending reached (or loaded) in a classroom.
    if (this.world.classroom && state.ended) ui.debriefDue = true;
    if (!ui.typewriter.running) this.showDueDebrief();
  }

  private showDueDebrief(): void {
    if (!this.ui.debriefDue) return;
    this.ui.debriefDue = false;
    if (!this.ui.overlay?.typing) this.open(debrief(this.context()));
  }

  /**
   * News from outside the keys (live reload). A new version of the story replaced the session:
   * the pane shows the whole path again as it reads now, the first change in view, and windows
   * built from the old session close. Compile errors are shown in a window; the session goes on
   * with the version it has. Whatever the hint line said before is about another version: it goes.
   */
  pushed(outcome: Outcome): void {
    const { ui } = this;
    ui.flash = null;
    if (outcome.show) {
      this.finishReveal();
      if (outcome.reloaded) ui.story.replace(outcome.reloaded, this.session.state);
      else ui.story.reset();
      if (!ui.overlay?.typing) this.close();
      this.tell(outcome.messages);
      this.follow(false);
      if (outcome.reloaded) {
        ui.selected = 0;
        ui.focus = 'choices';
        ui.story.fit(storyGeometry(paneLayout(this.sessionView(), ui, this.world.cols, this.world.rows), this.world.rows));
        ui.story.view.showFirstChanged();
      }
      return;
    }
    if (outcome.messages.length > 1 && !ui.overlay?.typing && !ui.command) {
      this.open(storyErrors(outcome.messages));
      // On the hint line too, so that it says what is true now beside the window and after it.
      ui.flash = { text: outcome.messages[0]!.replace(/:$/, '.'), style: 'error' };
    } else if (outcome.messages.length) {
      ui.flash = { text: outcome.messages.join(' '), style: 'error' };
    }
    this.follow(false);
  }

  /** Runs one plain-mode input line through the controller and shows what came of it. */
  run(line: string, animate = false): void {
    this.perform(() => this.world.controller.input(line), animate);
  }

  /** Runs a command of the controller and shows what came of it. */
  perform(action: () => Outcome, animate = false): void {
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
    this.follow(animate);
  }

  tell(messages: string[]): void {
    // One short message goes on the hint line; more, or one too long for it, get a window.
    if (messages.length > 1 || (messages.length === 1 && units(sanitize(messages[0]!)) > this.world.cols - 2)) {
      this.open(new TextOverlay('Messages', (width) => textRows(messages, width)));
    } else if (messages.length === 1) {
      this.ui.flash = { text: messages[0]!, style: 'notice' };
    }
  }

  pick(n: number): void {
    if (n < 1 || n > this.session.state.choices.length) return;
    this.run(String(n), true);
  }

  /** Runs what was typed on the `:` line. */
  submitCommand(text: string): void {
    this.ui.command = null;
    if (!text) return;
    this.ui.commandHistory.push(text);
    this.run(text.startsWith(':') || /^\d+$/.test(text) ? text : `:${text}`, true);
  }

  // ── leaving ────────────────────────────────────────────────────────────────────────────

  /** q and :quit: 0, or 1 while the story stands stopped on an error (as plain mode does). */
  leave(): void {
    this.exit = this.session.state.issue ? EXIT.error : EXIT.quit;
  }

  quit(code: number): void {
    this.exit = code;
  }

  // ── the typewriter ─────────────────────────────────────────────────────────────────────

  finishReveal(): void {
    this.ui.typewriter.finish();
    this.ui.story.view.reveal = null;
    this.showDueDebrief();
  }

  /** A frame of the typewriter: a little more of the new text. */
  revealFrame(): void {
    const { typewriter, story } = this.ui;
    story.view.reveal = typewriter.shown;
    // Text below the pane is not worth waiting for: show it all, the reader scrolls on.
    if (!typewriter.running || typewriter.shown >= story.view.visibleFreshEnd()) this.finishReveal();
  }

  // ── windows ────────────────────────────────────────────────────────────────────────────

  open(overlay: Overlay): void {
    this.ui.overlay = overlay;
  }

  close(): void {
    this.ui.overlay = null;
  }

  changeSettings(change: Partial<Settings>): void {
    const { ui } = this;
    ui.settings = { ...ui.settings, ...change };
    ui.theme = makeTheme(ui.settings.theme, this.world.env);
    const problem = saveSettings(this.world.env, change);
    if (problem) ui.flash = { text: problem, style: 'error' };
  }

  context(): OverlayContext {
    return this.world.context;
  }
}

/**
 * The context windows are given. A window outlives the event that opened it (the save menu acts
 * on a later Enter), so it acts through whichever Update is current: the later event's. What it
 * reads (also while it is drawn, between events) it reads from the UI state.
 */
export function overlayContext(controller: Controller, ui: UiState, current: () => Update): OverlayContext {
  return {
    controller,
    run: (line) => current().run(line),
    perform: (action) => current().perform(() => action(controller)),
    tell: (messages) => current().tell(messages),
    close: () => current().close(),
    open: (overlay) => current().open(overlay),
    settings: () => ui.settings,
    changeSettings: (change) => current().changeSettings(change),
    problems: () => ui.problems.entries,
  };
}
