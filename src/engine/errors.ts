// Errors and warnings about scenario files: collected, never thrown, each located.

export type Severity = 'error' | 'warning';

export interface ScenarioError {
  readonly severity: Severity;
  readonly file: string;
  readonly line: number;
  readonly col: number;
  /** Where inside the document, as `events/3/choices/0/effects`. */
  readonly path: string;
  /** A stable code: `E_…` for errors, `W_…` for warnings. */
  readonly code: string;
  readonly message: string;
  readonly hint?: string;
}

/** `file:line:col CODE message (hint)`: the one-line form every front end prints. */
export function formatScenarioError(e: ScenarioError): string {
  return `${e.file}:${e.line}:${e.col} ${e.code} ${e.message}${e.hint ? ` (${e.hint})` : ''}`;
}

export function compareErrors(a: ScenarioError, b: ScenarioError): number {
  return a.file < b.file
    ? -1
    : a.file > b.file
      ? 1
      : a.line - b.line || a.col - b.col || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}
