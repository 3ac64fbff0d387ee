// Moving along the path: undo, redo, back, history, restart, quit.

import { type Command, type CommandHost, tell } from './command.ts';

const moved = (host: CommandHost, messages: string[]) => {
  host.autosave();
  return { messages, show: true };
};

export const SESSION_COMMANDS: readonly Command[] = [
  {
    name: 'undo',
    usage: ':undo',
    help: 'take back the last choice',
    run: (host) => {
      if (!host.session.undo()) return tell(['Nothing to undo: this is the start of the story.']);
      return moved(host, [`Back to turn ${host.session.state.turn}.`]);
    },
  },
  {
    name: 'redo',
    usage: ':redo',
    help: 'take again a choice you took back',
    run: (host) => {
      if (!host.session.redo()) return tell(['Nothing to redo.']);
      // A redo that fails shows the error; the autosave keeps the moment before it anyway.
      if (!host.session.state.issue) host.autosave();
      return { messages: [], show: true };
    },
  },
  {
    name: 'back',
    usage: ':back N',
    help: 'return to the moment before choice N',
    run: (host, args) => {
      const n = Number(args[0]);
      if (args.length !== 1 || !Number.isInteger(n)) return tell(['Usage: :back N, where N is a choice number from :history.']);
      host.session.back(n);
      return moved(host, [`Back to the moment before choice ${n}.`]);
    },
  },
  {
    name: 'history',
    usage: ':history',
    help: 'every choice so far',
    run: (host) => {
      const path = host.session.path();
      if (!path.length) return tell(['No choices yet.']);
      return tell([...path.map((c) => `  ${String(c.turn).padStart(3)}. ${c.text}`), `Now at turn ${host.session.state.turn}.`]);
    },
  },
  {
    name: 'restart',
    usage: ':restart',
    help: 'start the story again (:redo replays the path)',
    run: (host) => {
      host.session.restart();
      return moved(host, ['Back to the start. (:redo replays your path.)']);
    },
  },
];

export const QUIT_COMMAND: Command = {
  name: 'quit',
  aliases: ['q', 'exit'],
  usage: ':quit',
  help: 'save and leave',
  run: (host) => {
    host.autosave();
    return { messages: [], show: false, quit: true };
  },
};
