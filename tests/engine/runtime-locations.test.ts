// Runtime errors and warnings in play carry file:line and a clean message (issue 10 item 7):
// ink's "ran out of content" and a tunnel running off its end name no place, and ink's warnings
// arrive as "RUNTIME WARNING: (Ink Pointer -> ... -- index N): ...".
import { describe, expect, it } from 'vitest';
import { Session } from '../../src/engine/session.ts';
import { compileInk } from '../../src/story/compile.ts';
import { formatDiagnostic } from '../../src/story/diagnostics.ts';
import { fixture, loadFixture, runCli, tempDir } from '../helpers.ts';

describe('runtime problems are located in play', () => {
  it('regression: "ran out of content" names the knot and the line it ran out after', () => {
    const session = Session.start(loadFixture('runtime/ran-out.ink'));
    session.choose(0);
    expect(session.state.issue).toEqual({
      kind: 'error',
      message: "ran out of content. Do you need a '-> DONE' or '-> END'?",
      inkPath: 'hall',
      source: 'tests/fixtures/runtime/ran-out.ink:5',
    });
  });

  it('regression: a tunnel running off its end names the tunnel and its last line', () => {
    const session = Session.start(loadFixture('runtime/tunnel-end.ink'));
    session.choose(0);
    expect(session.state.issue).toEqual({
      kind: 'error',
      message: "unexpectedly reached end of content. Do you need a '->->' to return from a tunnel?",
      inkPath: 'platform',
      source: 'tests/fixtures/runtime/tunnel-end.ink:7',
    });
  });

  it('regression: a runtime warning is clean and located, not ink\'s raw message', () => {
    const session = Session.start(loadFixture('runtime/warning.ink'));
    expect(session.state.warnings).toEqual([
      "Ink runtime warning at visit.0 (tests/fixtures/runtime/warning.ink:8): Variable not found: 'tip'. Using default value of 0 (false). " +
        "This can happen with temporary variables if the declaration hasn't yet been hit. " +
        "Globals are always given a default value on load if a value doesn't exist in the save state.",
    ]);
  });

  it('plain mode prints each on stderr with its file:line', async () => {
    const env = { CAVIAR_SAVES: tempDir(), CAVIAR_CACHE: tempDir() };
    const ranOut = await runCli([fixture('runtime', 'ran-out.ink'), '--plain'], '1\n', env);
    expect(ranOut.stderr).toContain(
      "Ink runtime error at hall (tests/fixtures/runtime/ran-out.ink:5): ran out of content. Do you need a '-> DONE' or '-> END'?\n",
    );
    const warned = await runCli([fixture('runtime', 'warning.ink'), '--plain'], '', env);
    expect(warned.stderr).toMatch(/^Ink runtime warning at visit\.0 \(tests\/fixtures\/runtime\/warning\.ink:8\): Variable not found: 'tip'\. [^\n]*\n$/m);
    expect(warned.stderr).not.toMatch(/RUNTIME WARNING|Ink Pointer|^warning: /m);
  }, 60_000);
});

describe('compiler messages', () => {
  // Regression: inkjs 2.4.0 left a template unexpanded in this message.
  it('an unknown variable in ++ names the scopes searched, as inklecate does', () => {
    const lines = compileInk(fixture('broken/unknown-increment.ink')).diagnostics.map(formatDiagnostic);
    expect(lines).toEqual([
      "tests/fixtures/broken/unknown-increment.ink:2: error: variable for increment could not be found: 'total' after searching: 'ledger' and at top scope",
    ]);
  });
});
