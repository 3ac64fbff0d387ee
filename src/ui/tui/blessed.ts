// The one module that touches blessed (BLESSED-NOTES.md). Everything blessed-specific lives
// here, behind a small interface: the terminal check, the casts its typings need, the
// workarounds for its traps. The rest of the UI sees panes that take painted rows.

import blessed from 'blessed';
import { ReplyFilter } from './terminal-replies.ts';
import { cellWidth, WIDE_CHAR } from './text-width.ts';

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Pane {
  /** Places the pane and shows it. */
  show(rect: Rect): void;
  hide(): void;
  /** Rows already painted (theme.ts) and fitted to the inner width. */
  setRows(rows: string[]): void;
  setLabel(text: string): void;
  setBorderColor(color: string | undefined, bold?: boolean): void;
  toFront(): void;
}

export interface PaneOptions {
  border: boolean;
}

export interface KeyPress {
  /** blessed's full key name: 'a', 'S-a', 'C-c', 'enter', 'up', 'pageup', ... */
  full: string;
  name: string;
  /** The character typed, when the key is printable. */
  ch: string | undefined;
}

export interface MouseEvent {
  action: 'wheelup' | 'wheeldown' | 'click';
  x: number;
  y: number;
}

export interface TerminalScreen {
  readonly cols: number;
  readonly rows: number;
  pane(options: PaneOptions): Pane;
  render(): void;
  onKey(listener: (key: KeyPress) => void): void;
  onResize(listener: () => void): void;
  onMouse(listener: (event: MouseEvent) => void): void;
  /** Hands the terminal back (for Ctrl-Z), every byte written before returning. */
  release(): void;
  /** Takes the terminal again after release() and redraws. */
  reacquire(): void;
  /** Clears the terminal and draws every cell again (Ctrl-L, after something wrote over it). */
  redraw(): void;
  /** Restores the terminal: normal screen, cursor on, mouse off, cooked mode. Idempotent. */
  destroy(): void;
}

export interface ScreenOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  mouse: boolean;
  title: string;
}

// Casts for what @types/blessed gets wrong or leaves out (BLESSED-NOTES #2).
interface ProgramInternals {
  flush(): void;
  pause(): () => void;
  useBuffer: boolean;
  output: NodeJS.WritableStream;
}
interface ScreenInternals {
  destroyed?: boolean;
  tput: { brokenACS: boolean };
  program: ProgramInternals;
  alloc(): void;
  realloc(): void;
}
interface BoxInternals {
  _label?: blessed.Widgets.BoxElement;
}
interface TputLike {
  numbers: Record<string, number>;
}
interface UnicodeModule {
  charWidth: (str: string | number, i?: number) => number;
  codePointAt: (str: string, i: number) => number;
  chars: { all: RegExp };
}
const lib = blessed as unknown as typeof blessed & {
  tput: new (options: { terminal: string; extended?: boolean }) => TputLike;
  unicode: UnicodeModule;
};

let unicodePatched = false;

/**
 * blessed draws an emoji in one cell where terminals draw two, which shifts the rest of the row
 * into the border (BLESSED-NOTES #6). Teaching it the modern width table makes it put a filler
 * cell after each wide character and skip that cell when drawing, as it already does for CJK.
 */
function patchUnicode(): void {
  if (unicodePatched) return;
  unicodePatched = true;
  const unicode = lib.unicode;
  const original = unicode.charWidth;
  unicode.charWidth = (str, i) => {
    const cp = typeof str === 'number' ? str : unicode.codePointAt(str, i ?? 0);
    if (cp > 0x7f && cp !== undefined && cellWidth(cp) === 2) return 2;
    return original(str, i);
  };
  unicode.chars.all = WIDE_CHAR;
}

/** Runs fn with console.error silenced: blessed dumps generated code on some terminfo (#4). */
/**
 * Puts the reply filter (terminal-replies.ts) in front of every reader of the input, blessed's
 * key and mouse decoders included: each 'data' chunk is filtered before it is handed out, and a
 * chunk that was only replies is not handed out at all. Returns the undoing.
 */
function filterReplies(input: NodeJS.ReadableStream): () => void {
  const filter = new ReplyFilter();
  // Kept to be called with its own `this`, and put back as it was.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const emit = input.emit;
  input.emit = function (this: NodeJS.ReadableStream, event: string | symbol, ...args: unknown[]): boolean {
    if (event !== 'data') return emit.call(this, event, ...args);
    const chunk = args[0];
    const bytes = Buffer.isBuffer(chunk) ? chunk.toString('latin1') : String(chunk);
    const keys = filter.push(bytes);
    if (!keys) return false;
    return emit.call(this, event, Buffer.isBuffer(chunk) ? Buffer.from(keys, 'latin1') : keys);
  } as typeof input.emit;
  return () => {
    input.emit = emit;
  };
}

function quietly<T>(fn: () => T): T {
  const error = console.error;
  console.error = () => {};
  try {
    return fn();
  } finally {
    console.error = error;
  }
}

/**
 * The terminal name to give blessed. It cannot read the newer terminfo format, and for
 * screen-256color or tmux-256color silently falls back to 8-colour xterm (#3): such names
 * become xterm-256color, which blessed ships a copy of.
 */
function terminalName(env: NodeJS.ProcessEnv): string {
  const term = env.TERM || 'xterm';
  if (!/256colou?r/.test(term) || term === 'xterm-256color') return term;
  try {
    const tput = quietly(() => new lib.tput({ terminal: term, extended: true }));
    if ((tput.numbers.max_colors ?? tput.numbers.colors ?? 0) >= 256) return term;
  } catch {
    // unreadable: fall through to the copy blessed ships
  }
  return 'xterm-256color';
}

/**
 * The modes the UI sets, reset directly: alternate screen off, cursor shown, mouse reporting
 * off, keypad and cursor keys back to normal, attributes reset; the tty's line editing back.
 */
function restoreByHand(options: ScreenOptions): void {
  try {
    options.output.write('\x1b[?1000l\x1b[?1002l\x1b[?1003l\x1b[?1006l\x1b[?1l\x1b>\x1b[0m\x1b[?25h\x1b[?1049l');
  } catch {
    // the terminal may be gone (a hangup): nothing left to restore
  }
  const input = options.input as NodeJS.ReadableStream & { setRawMode?: (raw: boolean) => void; isTTY?: boolean };
  if (input.isTTY) input.setRawMode?.(false);
}

export function openScreen(options: ScreenOptions): TerminalScreen {
  patchUnicode();
  const terminal = terminalName(options.env);
  const screen = quietly(() =>
    blessed.screen({
      // @types/blessed has input and output the wrong way round (#2).
      input: options.input as never,
      output: options.output as never,
      terminal,
      title: options.title,
      fullUnicode: true,
      forceUnicode: true,
      smartCSR: true,
      autoPadding: false,
      warnings: false,
      sendFocus: false,
      // Reflow at once on resize: rows are cheap to rebuild, and a delay shows a torn screen.
      resizeTimeout: 0,
    }),
  );
  const unfilter = filterReplies(options.input);
  const internals = screen as unknown as ScreenInternals;
  // Borders and punctuation go out as UTF-8, like the story text, rather than through the
  // terminal's alternate character set: one encoding for everything, and a pane capture
  // (tmux, a screen reader's review) reads "┌─┐" and "·" instead of "lqk" and "~".
  internals.tput.brokenACS = true;
  if (options.mouse) screen.enableMouse();

  const pane = ({ border }: PaneOptions): Pane => {
    const box = blessed.box({
      parent: screen,
      hidden: true,
      tags: false, // story text may hold {braces}: keep them literal (#10)
      wrap: true,
      border: border ? { type: 'line' } : undefined,
      style: { border: {} },
    });
    return {
      show(rect) {
        box.left = rect.left;
        box.top = rect.top;
        box.width = rect.width;
        box.height = rect.height;
        box.show();
      },
      hide: () => box.hide(),
      setRows: (rows) => box.setContent(rows.join('\n')),
      setLabel(text) {
        // A label is hidden, never removed: blessed repositions it on an Immediate after every
        // move or resize of its box, and one queued before a removal would find it gone (the
        // crash when widening across 80 columns took the title out of the story's border).
        const label = (box as unknown as BoxInternals)._label;
        if (text) {
          box.setLabel(text);
          label?.show();
        } else label?.hide();
      },
      setBorderColor(color, bold) {
        const style = box.style as { border: { fg?: string; bold?: boolean } };
        style.border.fg = color;
        style.border.bold = bold ?? false;
      },
      toFront: () => box.setFront(),
    };
  };

  let destroyed = false;
  let resume: (() => void) | null = null;
  return {
    get cols() {
      return screen.width as number;
    },
    get rows() {
      return screen.height as number;
    },
    pane,
    render: () => {
      if (!destroyed) screen.render();
    },
    onKey(listener) {
      screen.on('keypress', (ch: string | undefined, key: { full?: string; name?: string } | undefined) => {
        const name = key?.name ?? '';
        listener({ full: key?.full ?? ch ?? name, name, ch: ch && ch >= ' ' && ch !== '\x7f' ? ch : undefined });
      });
    },
    onResize(listener) {
      screen.on('resize', listener);
    },
    onMouse(listener) {
      if (!options.mouse) return;
      screen.on('mouse', (data: { action: string; x: number; y: number }) => {
        const action = data.action === 'mousedown' ? 'click' : data.action;
        if (action === 'wheelup' || action === 'wheeldown' || action === 'click') listener({ action, x: data.x, y: data.y });
      });
    },
    release() {
      // blessed's pause() buffers the leave-alt-screen bytes and then mutes the output, so
      // they would only be written after the process resumes (#9): write them unbuffered.
      const program = internals.program;
      program.flush();
      const buffered = program.useBuffer;
      program.useBuffer = false;
      resume = program.pause();
      program.useBuffer = buffered;
    },
    reacquire() {
      if (!resume) return;
      const r = resume;
      resume = null;
      r();
      internals.alloc();
      screen.render();
    },
    redraw() {
      if (destroyed) return;
      internals.realloc();
      screen.program.clear();
      screen.render();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      if (resume) this.reacquire();
      try {
        if (!internals.destroyed) screen.destroy();
        internals.program.flush();
      } catch (error) {
        // blessed could not put the terminal back: do it by hand, then report the failure.
        restoreByHand(options);
        throw error;
      } finally {
        unfilter();
      }
    },
  };
}
