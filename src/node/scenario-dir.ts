// Reading a scenario folder from disk (Node only). The engine itself never touches files.
import { existsSync, opendirSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { packageRoot } from './package-root';
import {
  MAX_FILE_BYTES,
  MAX_FILES,
  parseScenarioWith,
  type LoadResult,
  type ScenarioFileText,
} from '../engine/format/load';
import { formatScenarioError, type ScenarioError } from '../engine/errors';
import { readTextFile } from './read-file';
import { checkedStore } from './checked-store';

/** The folder holding the bundled scenarios (looked up when first asked: code that only reads
 *  scenario folders by path works outside the package too). */
export function bundledScenarios(): string {
  return join(packageRoot(), 'scenarios');
}

/** A scenario given by path, or by the name of a bundled scenario (`red-mexico-1945`). */
export function resolveScenarioDir(nameOrPath: string): string {
  if (existsSync(nameOrPath)) return resolve(nameOrPath);
  if (/^[a-z0-9_-]+$/.test(nameOrPath)) {
    const bundled = join(bundledScenarios(), nameOrPath);
    if (existsSync(bundled)) return bundled;
  }
  return resolve(nameOrPath);
}

export function listBundledScenarios(): string[] {
  const dir = bundledScenarios();
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'scenario.yaml')))
    .sort();
}

/** The most entries a scenario's folder (or one of its subfolders) may hold. */
export const MAX_FOLDER_ENTRIES = 4 * MAX_FILES;

export interface FolderRead {
  readonly files: ScenarioFileText[];
  /** Files and folders that could not be read, each named: the folder cannot be loaded. */
  readonly errors: ScenarioError[];
}

/**
 * The YAML files of a folder, as the loader takes them, and what could not be read. Only regular
 * files are read (a link is followed to one), each bounded by the loader's size limit; a FIFO, a
 * device, a broken link or a link loop is an error naming it, never a hang. Stops collecting
 * past the loader's limit on files.
 */
export function readScenarioFolder(dir: string): FolderRead {
  const files: ScenarioFileText[] = [];
  const errors: ScenarioError[] = [];
  const problem = (file: string, code: string, message: string, hint?: string): void => {
    errors.push({
      severity: 'error',
      file: file || '.',
      line: 1,
      col: 1,
      path: '',
      code,
      message,
      ...(hint ? { hint } : {}),
    });
  };
  const walk = (d: string, depth: number): void => {
    const rel = relative(dir, d).split(sep).join('/');
    const names = listFolder(d);
    if (!names.ok)
      return problem(rel, names.code, `cannot read the folder \`${rel || '.'}\`: ${names.message}`);
    for (const name of names.names) {
      if (files.length > MAX_FILES) return;
      const p = join(d, name);
      const path = rel ? `${rel}/${name}` : name;
      if (!/\.ya?ml$/.test(name)) {
        if (depth < 2 && isFolder(p)) walk(p, depth + 1);
        continue;
      }
      const r = readTextFile(p, MAX_FILE_BYTES);
      if (r.ok) files.push({ path, text: r.text });
      else problem(path, r.code, `cannot read \`${path}\`: ${r.message}`, READ_HINTS[r.code]);
    }
  };
  walk(dir, 0);
  return { files, errors };
}

const READ_HINTS: Partial<Record<string, string>> = {
  E_BROKEN_LINK: 'point the link at a file or remove it',
  E_LINK_LOOP: 'point the link at a file or remove it',
  E_NOT_A_FILE: 'a scenario file is a plain text file',
  E_FILE_TOO_LARGE: 'split it: events may be spread over several files',
};

/** A folder's entries, sorted; refused when there are absurdly many. */
function listFolder(
  d: string,
): { ok: true; names: string[] } | { ok: false; code: string; message: string } {
  let dirHandle;
  try {
    dirHandle = opendirSync(d);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      ok: false,
      code: 'E_UNREADABLE',
      message: code === 'EACCES' || code === 'EPERM' ? 'permission denied' : String(code),
    };
  }
  const names: string[] = [];
  try {
    for (let entry = dirHandle.readSync(); entry; entry = dirHandle.readSync()) {
      if (names.length >= MAX_FOLDER_ENTRIES)
        return {
          ok: false,
          code: 'E_TOO_MANY_FILES',
          message: `it holds more than ${MAX_FOLDER_ENTRIES} entries`,
        };
      names.push(entry.name);
    }
  } catch (e) {
    return { ok: false, code: 'E_UNREADABLE', message: String((e as NodeJS.ErrnoException).code) };
  } finally {
    dirHandle.closeSync();
  }
  return { ok: true, names: names.sort() };
}

/** Whether `p` is a folder (following links); a broken link or a loop is not one. */
function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** A folder's YAML files, for folders known to be sound (tests, benchmarks); throws otherwise. */
export function readScenarioFiles(dir: string): ScenarioFileText[] {
  const { files, errors } = readScenarioFolder(dir);
  if (errors.length) throw new Error(errors.map(formatScenarioError).join('\n'));
  return files;
}

/** Loads a scenario folder; a missing or unreadable folder or file is reported like any other
 *  scenario error, naming it. */
export function loadScenarioDir(nameOrPath: string): LoadResult & { dir: string } {
  const dir = resolveScenarioDir(nameOrPath);
  if (!isFolder(dir))
    return {
      dir,
      ok: false,
      errors: [
        {
          severity: 'error',
          file: nameOrPath,
          line: 1,
          col: 1,
          path: '',
          code: 'E_NO_SCENARIO',
          message: `no scenario folder at ${nameOrPath}`,
          hint: `bundled scenarios: ${listBundledScenarios().join(', ') || 'none'}`,
        },
      ],
    };
  const read = readScenarioFolder(dir);
  // A file that cannot be read is fixed first: checking the rest would only report what it lacks.
  if (read.errors.length) return { dir, ok: false, errors: read.errors };
  return { dir, ...parseScenarioWith(read.files, checkedStore()) };
}
