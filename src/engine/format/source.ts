// What the loader and the checker share about the files being read.
import type { Severity } from '../errors';
import type { Path, YamlFile } from './yaml';

export const MAX_FILES = 200;

export interface ScenarioFileText {
  /** Path inside the scenario folder, with `/` separators: `events/act1.yaml`. */
  readonly path: string;
  readonly text: string;
}

/** A file read and shape-checked. */
export interface LoadedFile {
  readonly name: string;
  readonly yaml: YamlFile;
  readonly value: unknown;
}

/** Locates and records a problem in a file. */
export interface Reporter {
  report(
    file: LoadedFile | string,
    path: Path,
    severity: Severity,
    code: string,
    message: string,
    hint?: string,
    offset?: number,
  ): void;
}
