// The one entry into inkjs. `inkjs/full` (runtime + compiler) is the only entry used at run
// time, because its classes differ from those of the other entries (mixing breaks instanceof);
// its bundled typings do not resolve under NodeNext, so the types come from the per-file
// declarations and are attached here.

import * as full from 'inkjs/full';
import type { Story as StoryClass } from 'inkjs/engine/Story';
import type { Compiler as CompilerClass } from 'inkjs/compiler/Compiler';
import type { CompilerOptions as CompilerOptionsClass } from 'inkjs/compiler/CompilerOptions';

export const Story = full.Story as typeof StoryClass;
export type Story = StoryClass;
export const Compiler = full.Compiler as typeof CompilerClass;
export type Compiler = CompilerClass;
export const CompilerOptions = full.CompilerOptions as typeof CompilerOptionsClass;
