/** A problem in a spec file, reported as `file:line:col: message` so editors can jump to it. */
export interface SpecDiagnostic {
  file: string;
  line: number;
  col: number;
  message: string;
}

export function formatDiagnostic(d: SpecDiagnostic): string {
  return `${d.file}:${d.line}:${d.col}: ${d.message}`;
}

/** Thrown when specs do not load or validate; carries every problem found, not just the first. */
export class SpecError extends Error {
  constructor(readonly diagnostics: SpecDiagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'SpecError';
  }
}
