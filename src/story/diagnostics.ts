// Compiler messages as `path:line: severity: message`, the shape editors and CI understand.

/** `note`: more about the error before it (where an unclosed `{` was opened), counted as nothing. */
export type Severity = 'error' | 'warning' | 'todo' | 'note';

export interface Diagnostic {
  severity: Severity;
  /** The file as the user should see it (relative to the working folder when inside it). */
  file: string | null;
  line: number | null;
  /** 1-based, when known (ink's own messages give none). */
  column?: number | null;
  message: string;
}

// inkjs writes e.g. "ERROR: 'sub/bad.ink' line 2: Unexpected content" or "WARNING: line 9: ...".
const INK_MESSAGE = /^(?:(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*)?(?:'([^']+)'\s+)?(?:line (\d+):\s*)?([\s\S]*)$/;

export function parseInkMessage(
  raw: string,
  severity: Severity,
  fileFor: (inkName: string | null) => string | null,
): Diagnostic {
  const m = INK_MESSAGE.exec(raw.trim());
  if (!m) return { severity, file: fileFor(null), line: null, message: raw.trim() };
  const [, , file, line, message] = m;
  return {
    severity,
    file: fileFor(file ?? null),
    line: line ? Number(line) : null,
    message: (message ?? '').trim(),
  };
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.file ? `${d.file}${d.line ? `:${d.line}` : ''}: ` : '';
  return `${where}${d.severity}: ${d.message}`;
}
