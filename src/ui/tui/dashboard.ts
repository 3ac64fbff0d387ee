// The teacher's live dashboard for `caviar class start`: one row per seat, the latest events,
// and the keys that pace the lesson. It knows the class only through DashboardSource (the CLI
// adapts the class server's Room to it), so it draws and asks, and the Room decides.

import { openScreen, type KeyPress, type Pane, type TerminalScreen } from './blessed.ts';
import { hintRow } from './hint.ts';
import { actionOf, DASHBOARD_SECTIONS, helpSections, hint, type ActionId } from './keymap.ts';
import { EXIT, guardProcess, suspend } from './lifecycle.ts';
import { LineEditor } from './line-editor.ts';
import type { Row, StyleName } from './styled.ts';
import { makeTheme, paint, type Theme, type ThemeName } from './theme.ts';
import { units } from './text-width.ts';
import { fit } from './wrap.ts';

export interface DashboardSeat {
  name: string;
  table: number | null;
  connected: boolean;
  /** Cells in the order of DashboardSnapshot.columns. */
  cells: readonly string[];
}

export interface DashboardSnapshot {
  /** running, paused, held at PHASE, ended. */
  state: string;
  columns: readonly string[];
  seats: readonly DashboardSeat[];
}

export type DashboardAction = 'hold' | 'release' | 'pause' | 'resume' | 'message' | 'move' | 'end';

export interface DashboardSource {
  readonly title: string;
  /** How students join, a line each. */
  readonly join: readonly string[];
  /** The story's phases, for the hold prompt. */
  readonly phases: readonly string[];
  snapshot(): DashboardSnapshot;
  /** The latest events, oldest first, a line each. */
  events(): readonly string[];
  /** Calls back whenever something in the class changed; returns the unsubscription. */
  onChange(listener: () => void): () => void;
  /** Carries out a teacher's action; returns what was done, or throws with why it was refused. */
  act(action: DashboardAction, args: string[]): string;
}

export interface DashboardIO {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  theme: ThemeName;
  /** Install the process's signal and exception handlers (the real server does). */
  guardProcess: boolean;
}

type Prompt = { kind: 'hold' | 'message' | 'table' | 'move' | 'end'; label: string; editor: LineEditor; seat?: DashboardSeat };

// Idle minutes go up without any event: redraw now and then.
const TICK_MS = 15_000;
// Widest a column may be before it is cut with an ellipsis.
const MAX_CELL = [24, 12, 5, 16, 14, 5, 7, 18, 9];

/** Runs the dashboard until the teacher stops the server; resolves with the exit code. */
export function runDashboard(source: DashboardSource, io: DashboardIO): Promise<number> {
  return new Dashboard(source, io).done;
}

class Dashboard {
  readonly done: Promise<number>;
  private resolve!: (code: number) => void;
  private readonly screen: TerminalScreen;
  private readonly theme: Theme;
  private readonly panes: { header: Pane; seats: Pane; events: Pane; footer: Pane; help: Pane };
  private selected = 0;
  private prompt: Prompt | null = null;
  private helpOpen = false;
  private quitArmed = false;
  private status: { text: string; style: StyleName } | null = null;
  private queued = false;
  private finished = false;
  private readonly cleanups: Array<() => void> = [];

  constructor(
    private readonly source: DashboardSource,
    io: DashboardIO,
  ) {
    this.done = new Promise((resolve) => (this.resolve = resolve));
    this.theme = makeTheme(io.theme, io.env);
    this.screen = openScreen({ input: io.input, output: io.output, env: io.env, mouse: false, title: `caviar class: ${source.title}` });
    this.panes = {
      header: this.screen.pane({ border: false }),
      seats: this.screen.pane({ border: true }),
      events: this.screen.pane({ border: true }),
      footer: this.screen.pane({ border: false }),
      help: this.screen.pane({ border: true }),
    };
    this.panes.seats.setLabel(' Seats ');
    this.panes.events.setLabel(' Events ');
    this.panes.help.setLabel(' Help ');
    this.screen.onKey((key) => this.key(key));
    this.screen.onResize(() => this.draw());
    this.cleanups.push(source.onChange(() => this.queueDraw()));
    const tick = setInterval(() => this.queueDraw(), TICK_MS);
    this.cleanups.push(() => clearInterval(tick));
    if (io.guardProcess) {
      this.cleanups.push(
        guardProcess({ quit: (code) => this.quit(code), crash: () => this.quit(EXIT.error) }, { input: io.input, output: io.output }),
      );
    }
    this.draw();
  }

  quit(code: number): void {
    if (this.finished) return;
    this.finished = true;
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.screen.destroy();
    this.resolve(code);
  }

  private queueDraw(): void {
    if (this.queued || this.finished) return;
    this.queued = true;
    setImmediate(() => {
      this.queued = false;
      if (!this.finished) this.draw();
    });
  }

  private say(text: string, style: StyleName = 'notice'): void {
    this.status = { text, style };
  }

  private key(key: KeyPress): void {
    if (this.finished) return;
    const terminal = actionOf('terminal', key);
    if (terminal?.id === 'interrupt') return this.quit(EXIT.SIGINT);
    if (terminal?.id === 'suspend') return suspend(this.screen, () => this.draw());
    if (terminal?.id === 'redraw') {
      this.screen.redraw();
      return this.draw();
    }
    if (this.prompt) this.editKey(key, this.prompt);
    else if (this.helpOpen) {
      if (actionOf('window', key)?.id === 'close' || actionOf('dashboard', key)?.id === 'dashHelp') this.helpOpen = false;
    } else {
      const action = actionOf('dashboard', key);
      if (action) this.run(action.id, action.arg);
    }
    this.draw();
  }

  private run(id: ActionId, arg: number): void {
    const wasArmed = this.quitArmed;
    this.quitArmed = false;
    this.status = null;
    const seats = this.source.snapshot().seats;
    const seat = seats[this.selected];
    switch (id) {
      case 'dashSelect':
        this.selected = Math.max(0, Math.min(seats.length - 1, this.selected + arg));
        return;
      case 'dashHold': {
        const known = this.source.phases.length ? ` (${this.source.phases.join(', ')})` : '';
        return this.ask('hold', `Hold at phase${known}: `);
      }
      case 'dashRelease':
        return this.act('release', []);
      case 'dashPause':
        return this.act(this.source.snapshot().state === 'paused' ? 'resume' : 'pause', []);
      case 'dashMessage':
        return this.ask('message', 'Message to everyone: ');
      case 'dashTable':
        if (seat?.table === null || !seat) return this.say('Select a seat that sits at a table first (↑ ↓).', 'error');
        return this.ask('table', `Message to table ${seat.table}: `, seat);
      case 'dashMove':
        if (!seat) return this.say('No seat to move yet.', 'error');
        return this.ask('move', `Move ${seat.name} to table: `, seat);
      case 'dashEnd':
        return this.ask('end', 'End the lesson for everyone? Type end and Enter: ');
      case 'dashHelp':
        this.helpOpen = true;
        return;
      case 'dashQuit':
        if (wasArmed) return this.quit(EXIT.quit);
        this.quitArmed = true;
        return this.say('Press q again to stop the server (every seat is saved; students rejoin when it starts again).');
    }
  }

  private ask(kind: Prompt['kind'], label: string, seat?: DashboardSeat): void {
    this.prompt = { kind, label, editor: new LineEditor([], 300), seat };
  }

  private editKey(key: KeyPress, prompt: Prompt): void {
    const result = prompt.editor.key(key);
    if (result === 'cancel') this.prompt = null;
    if (result !== 'submit') return;
    this.prompt = null;
    const text = prompt.editor.text.trim();
    if (!text) return;
    switch (prompt.kind) {
      case 'hold':
        return this.act('hold', [text]);
      case 'message':
        return this.act('message', [text]);
      case 'table':
        return this.act('message', ['--table', String(prompt.seat?.table), text]);
      case 'move':
        return this.act('move', [prompt.seat?.name ?? '', text]);
      case 'end':
        if (text.toLowerCase() === 'end') this.act('end', []);
        else this.say('The lesson goes on.');
    }
  }

  private act(action: DashboardAction, args: string[]): void {
    try {
      this.say(this.source.act(action, args));
    } catch (error) {
      this.say(`Refused: ${(error as Error).message}`, 'error');
    }
  }

  private draw(): void {
    if (this.finished) return;
    const { cols, rows } = this.screen;
    const snap = this.source.snapshot();
    this.selected = Math.max(0, Math.min(snap.seats.length - 1, this.selected));
    const connected = snap.seats.filter((s) => s.connected).length;
    const header: Row[] = [
      [
        { text: ` ${this.source.title}`, style: 'title' },
        { text: `  ${snap.state}, ${snap.seats.length} seat${snap.seats.length === 1 ? '' : 's'}, ${connected} connected`, style: 'dim' },
      ],
      ...this.source.join.map((line): Row => [{ text: ` ${line}`, style: 'text' }]),
    ];
    const eventsHeight = Math.max(3, Math.min(10, Math.floor(rows / 4)));
    const headerHeight = Math.min(header.length, Math.max(1, rows - eventsHeight - 4));
    const seatsHeight = Math.max(3, rows - headerHeight - eventsHeight - 1);
    const inner = Math.max(1, cols - 2);
    this.panes.header.show({ left: 0, top: 0, width: cols, height: headerHeight });
    this.panes.header.setRows(header.slice(0, headerHeight).map((r) => this.paint(r, cols)));
    this.panes.seats.show({ left: 0, top: headerHeight, width: cols, height: seatsHeight });
    this.panes.seats.setRows(this.seatRows(snap, inner, seatsHeight - 2));
    this.panes.events.show({ left: 0, top: headerHeight + seatsHeight, width: cols, height: eventsHeight });
    this.panes.events.setRows(this.source.events().slice(-(eventsHeight - 2)).map((e) => this.paint([{ text: e, style: 'text' }], inner)));
    this.panes.footer.show({ left: 0, top: rows - 1, width: cols, height: 1 });
    this.panes.footer.setRows([this.paint(this.footer(cols), cols)]);
    if (this.helpOpen) this.drawHelp(cols, rows);
    else this.panes.help.hide();
    this.screen.render();
  }

  private seatRows(snap: DashboardSnapshot, width: number, height: number): string[] {
    if (!snap.seats.length) return [this.paint([{ text: 'No one has joined yet.', style: 'dim' }], width)];
    const widths = snap.columns.map((c, i) => Math.min(MAX_CELL[i] ?? 12, Math.max(units(c), ...snap.seats.map((s) => units(s.cells[i] ?? '')))));
    const line = (cells: readonly string[]) => cells.map((c, i) => pad(fit(c, widths[i]!), widths[i]!)).join('  ');
    const out = [this.paint([{ text: `  ${line(snap.columns)}`, style: 'label' }], width)];
    // The selected seat stays in view.
    const room = Math.max(1, height - 1);
    const from = Math.max(0, Math.min(this.selected - room + 1, snap.seats.length - room));
    snap.seats.slice(from, from + room).forEach((s, i) => {
      const selected = from + i === this.selected;
      out.push(this.paint([{ text: `${s.connected ? '●' : ' '} ${line(s.cells)}`, style: selected ? 'selected' : s.connected ? 'text' : 'dim' }], width));
    });
    return out;
  }

  private footer(cols: number): Row {
    if (this.prompt) return this.prompt.editor.row(this.prompt.label, cols);
    if (this.status) return [{ text: ` ${this.status.text}`, style: this.status.style }];
    const ids: ActionId[] = ['dashSelect', 'dashHold', 'dashRelease', 'dashPause', 'dashMessage', 'dashTable', 'dashMove', 'dashEnd', 'dashHelp', 'dashQuit'];
    return hintRow(ids.map((id) => hint(id)), cols);
  }

  private drawHelp(cols: number, rows: number): void {
    const lines: Row[] = [];
    for (const section of helpSections(DASHBOARD_SECTIONS)) {
      if (lines.length) lines.push([]);
      lines.push([{ text: section.title, style: 'title' }]);
      const keyWidth = Math.max(...section.rows.map(([k]) => units(k)));
      for (const [keys, what] of section.rows) lines.push([{ text: pad(keys, keyWidth + 2), style: 'key' }, { text: what, style: 'text' }]);
    }
    const width = Math.min(cols, 90);
    const height = Math.min(rows, lines.length + 2);
    this.panes.help.show({ left: Math.floor((cols - width) / 2), top: Math.floor((rows - height) / 2), width, height });
    this.panes.help.setRows(lines.slice(0, height - 2).map((r) => this.paint(r, width - 2)));
    this.panes.help.toFront();
  }

  private paint(row: Row, width: number): string {
    const text = row.map((s) => s.text).join('');
    if (units(text) <= width) return paint(row, this.theme);
    return paint([{ text: fit(text, width), style: row[0]?.style ?? 'text' }], this.theme);
  }
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - units(text)));
}
