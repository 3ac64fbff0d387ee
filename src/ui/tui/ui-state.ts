// Everything the terminal UI knows besides the session: in one object, changed only by the one
// event being handled (update.ts), read by the frame (frame.ts). The parts that are widgets of
// their own (an open window, the line being typed, the story pane's scroll) keep their inner
// state; which of them are open, and everything else, is here.

import type { Settings } from '../../settings.ts';
import type { LineEditor } from './line-editor.ts';
import type { Overlay } from './overlays/overlay.ts';
import { ProblemLog } from './problem-log.ts';
import { StoryPane } from './story-pane.ts';
import { makeTheme, type Theme } from './theme.ts';
import type { Typewriter } from './typewriter.ts';

export type Focus = 'choices' | 'story';

/** A message on the hint line; `more` names the key that shows what did not fit. */
export interface Flash {
  text: string;
  style: 'notice' | 'error';
  more?: string;
}

export interface UiState {
  /** The open window, if any. */
  overlay: Overlay | null;
  /** The `:` line while it is open. */
  command: LineEditor | null;
  /** Lines run from the `:` line, for recall. */
  readonly commandHistory: string[];
  flash: Flash | null;
  /** The selected choice (0-based). */
  selected: number;
  /** Where the arrows go: through the choices, or scrolling the story. */
  focus: Focus;
  /** A classroom session reached an ending: the debrief opens once its text is shown. */
  debriefDue: boolean;
  settings: Settings;
  theme: Theme;
  readonly story: StoryPane;
  readonly typewriter: Typewriter;
  readonly problems: ProblemLog;
}

export function initialUi(settings: Settings, env: NodeJS.ProcessEnv, typewriter: Typewriter): UiState {
  return {
    overlay: null,
    command: null,
    commandHistory: [],
    flash: null,
    selected: 0,
    focus: 'choices',
    debriefDue: false,
    settings: { ...settings },
    theme: makeTheme(settings.theme, env),
    story: new StoryPane(),
    typewriter,
    problems: new ProblemLog(),
  };
}
