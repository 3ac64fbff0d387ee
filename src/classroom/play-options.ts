// `caviar play`'s classroom flags: --role ID (start in a role), --student NAME (recorded in
// saves and transcripts, and nothing else about the student), --screen-reader (plain mode that
// says how many choices follow).

import { UsageError } from '../errors.ts';
import type { LoadedStory } from '../story/load.ts';
import { cleanName } from '../escape.ts';
import { findRole } from './roles.ts';

export const MAX_STUDENT_NAME = 100;

export interface ClassroomFlags {
  role?: string;
  student?: string;
  screenReader?: boolean;
  /** --load or --continue: going on with a saved playthrough. */
  resuming: boolean;
}

export interface ClassroomStart {
  /** Where a new session starts (the role's knot). */
  startPath?: string;
  student?: string;
  /** --role or --student: plain mode shows the briefing and the debrief by itself. */
  classroom: boolean;
  screenReader: boolean;
}

export function classroomStart(story: LoadedStory, flags: ClassroomFlags): ClassroomStart {
  if (flags.role !== undefined && flags.resuming) {
    throw new UsageError('--role starts a new playthrough; to go on with a saved one, use --continue or --load without --role');
  }
  const student = flags.student === undefined ? undefined : studentName(flags.student);
  const role = flags.role === undefined ? undefined : findRole(story, flags.role);
  return {
    ...(role?.knot ? { startPath: role.knot } : {}),
    ...(student ? { student } : {}),
    classroom: role !== undefined || student !== undefined,
    screenReader: flags.screenReader ?? false,
  };
}

function studentName(text: string): string {
  const name = cleanName(text, Infinity);
  if (!name) throw new UsageError('--student needs a name, e.g. --student "Ada L."');
  if (name.length > MAX_STUDENT_NAME) throw new UsageError(`--student takes a name of at most ${MAX_STUDENT_NAME} characters`);
  return name;
}
