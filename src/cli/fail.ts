// Errors the user can fix (bad names, broken files): printed as one clear line, never a stack.

export class CliError extends Error {
  constructor(
    message: string,
    /** Lines printed after the message (scenario errors, suggestions). */
    readonly details: readonly string[] = [],
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export function fail(message: string, ...details: string[]): never {
  throw new CliError(message, details);
}
