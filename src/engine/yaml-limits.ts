// The limits every read of a scenario file obeys, whichever reader does the reading.
export const MAX_FILE_BYTES = 1024 * 1024;
export const MAX_DEPTH = 32;
/** Keys that could reach an object's prototype if data were ever merged carelessly. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);
