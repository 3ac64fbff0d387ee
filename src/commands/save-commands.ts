// Save slots: save, load, the list of saves.

import { localTime } from '../local-time.ts';
import { resumeSave } from '../saves/resume.ts';
import { QUICKSAVE, readSaveFile } from '../saves/store.ts';
import { type Command, type CommandHost, type Outcome, tell } from './command.ts';

export function saveTo(host: CommandHost, slot: string): Outcome {
  const { store } = host;
  if (!store) return tell(['Saving is off in this session.']);
  if (store.exists(slot)) {
    let title: string;
    try {
      title = store.read(slot).story.title;
    } catch {
      return tell([`${slot} holds a file that is not a valid save; it was left alone. Choose another name.`]);
    }
    if (title !== host.session.state.title) {
      return tell([`"${slot}" is a save of another story ("${title}"); it was left alone. Choose another name.`]);
    }
  }
  try {
    store.write(slot, host.toSave());
  } catch (error) {
    return tell([`Could not save as "${slot}" (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`]);
  }
  return tell([`Saved as "${slot}" (turn ${host.session.state.turn}).`]);
}

export function loadFrom(host: CommandHost, slotOrFile: string): Outcome {
  const { store } = host;
  if (!store) return tell(['Saves are off in this session.']);
  const isFile = slotOrFile.endsWith('.json');
  if (isFile && !host.files) return tell(['Load a save by its name (:saves lists them).']);
  const save = isFile ? readSaveFile(slotOrFile) : store.read(slotOrFile);
  const { session, notice } = resumeSave(host.session.story, save, host.session.options);
  host.replaceSession(session, save.createdAt);
  return { messages: [...(notice ? [notice] : []), `Loaded "${slotOrFile}" (turn ${session.state.turn}).`], show: true };
}

function listSaves(host: CommandHost): string[] {
  const slots = host.store?.list() ?? [];
  if (!slots.length) return ['No saves yet.'];
  return slots.map(({ slot, save, problem }) => {
    if (!save) return `  ${slot.padEnd(16)} (unreadable: ${problem})`;
    const when = localTime(save.updatedAt);
    const last = save.choices.at(-1)?.text ?? '(start)';
    const other = save.story.hash === host.session.story.hash ? '' : `  [${save.story.title}, another version]`;
    return `  ${slot.padEnd(16)} ${when}  turn ${String(save.engine.turn).padStart(3)}  ${last}${other}`;
  });
}

/** A slot name given to :save or :load: one word, or the story's quick save. */
function slotArg(host: CommandHost, args: string[], usage: string): string | Outcome {
  if (args.length > 1) return tell([`A save name is one word (letters, digits, "-" or "_"). Usage: ${usage}`]);
  return args[0] ?? quicksaveOf(host);
}

/** The story's quick save slot ("quicksave" where there is no store, so messages still name it). */
export const quicksaveOf = (host: CommandHost): string => host.store?.slotOf(QUICKSAVE, host.session.state.title) ?? QUICKSAVE;

export const SAVE_COMMANDS: readonly Command[] = [
  {
    name: 'save',
    usage: ':save [NAME]',
    help: "save to slot NAME (default: the story's quick save)",
    run: (host, args) => {
      const slot = slotArg(host, args, ':save [NAME]');
      return typeof slot === 'string' ? saveTo(host, slot) : slot;
    },
  },
  {
    name: 'load',
    usage: ':load [NAME]',
    help: "load slot NAME (default: the story's quick save)",
    run: (host, args) => {
      const slot = slotArg(host, args, ':load [NAME]');
      return typeof slot === 'string' ? loadFrom(host, slot) : slot;
    },
  },
  { name: 'saves', usage: ':saves', help: 'list the save slots', run: (host) => tell(listSaves(host)) },
];
