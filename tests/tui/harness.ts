// Headless terminal for the UI tests (BLESSED-NOTES "Testing headlessly"): blessed writes to a
// PassThrough that claims to be a TTY, every byte goes into a real @xterm/headless terminal,
// and tests read the rows a player would see.

import { PassThrough } from 'node:stream';
import xtermHeadless from '@xterm/headless';
import unicode11 from '@xterm/addon-unicode11';

const { Terminal } = xtermHeadless;
const { Unicode11Addon } = unicode11;

export type FakeTty = PassThrough & { columns: number; rows: number; isTTY: true };

export interface Headless {
  input: PassThrough & { isTTY: true; setRawMode: (raw: boolean) => void; isRaw: boolean };
  output: FakeTty;
  term: InstanceType<typeof Terminal>;
  /** Everything written to the output, for checks on the modes set and reset. */
  written(): string;
  rows(): string[];
  text(): string;
  settle(): Promise<void>;
  press(...keys: string[]): Promise<void>;
  type(text: string): Promise<void>;
  resize(cols: number, rows: number): Promise<void>;
  dispose(): void;
}

export const KEY = {
  enter: '\r',
  esc: '\x1b',
  up: '\x1b[A',
  down: '\x1b[B',
  right: '\x1b[C',
  left: '\x1b[D',
  pageUp: '\x1b[5~',
  pageDown: '\x1b[6~',
  home: '\x1b[H',
  end: '\x1b[F',
  tab: '\t',
  backspace: '\x7f',
  ctrlC: '\x03',
  ctrlL: '\x0c',
} as const;

export function headless(cols: number, rows: number): Headless {
  const input = Object.assign(new PassThrough(), {
    isTTY: true as const,
    isRaw: false,
    setRawMode(raw: boolean) {
      input.isRaw = raw;
    },
  });
  const output = Object.assign(new PassThrough(), { columns: cols, rows, isTTY: true as const });
  const term = new Terminal({ cols, rows, allowProposedApi: true, scrollback: 0 });
  term.loadAddon(new Unicode11Addon());
  term.unicode.activeVersion = '11';
  let all = '';
  output.on('data', (chunk: Buffer) => {
    const s = chunk.toString('utf8');
    all += s;
    term.write(s);
  });
  const settle = async () => {
    for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
    await new Promise<void>((r) => term.write('', r));
  };
  const rowsOf = () => {
    const out: string[] = [];
    const buffer = term.buffer.active;
    for (let y = 0; y < term.rows; y++) out.push(buffer.getLine(y)?.translateToString(true) ?? '');
    return out;
  };
  return {
    input,
    output,
    term,
    written: () => all,
    rows: rowsOf,
    text: () => rowsOf().join('\n'),
    settle,
    async press(...keys) {
      for (const k of keys) {
        input.write(k);
        await settle();
      }
    },
    async type(text) {
      for (const ch of text) {
        input.write(ch);
        await settle();
      }
    },
    async resize(c, r) {
      output.columns = c;
      output.rows = r;
      term.resize(c, r);
      output.emit('resize');
      await settle();
    },
    dispose() {
      term.dispose();
    },
  };
}
