// parseScenario: a folder's files (as path + text) become a compiled Scenario, or the list of
// every error found. Never throws on bad input.
import { Value } from '@sinclair/typebox/value';
import { ValueErrorType, type ValueError } from '@sinclair/typebox/errors';
import type { TSchema } from '@sinclair/typebox';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { compareErrors, type ScenarioError } from '../errors';
import { jsonSchema, schemaForFile } from './schema';
import { didYouMean } from '../suggest';
import { readYaml, type YamlFile } from './yaml';
import type { LoadedFile, Reporter } from './source';
import { checkScenario } from './check';

export { MAX_FILES, type ScenarioFileText } from './source';
export { MAX_FILE_BYTES } from './limits';
import { MAX_FILES, type ScenarioFileText } from './source';

export type LoadResult =
  | { ok: true; scenario: import('../types').Scenario; warnings: ScenarioError[] }
  | { ok: false; errors: ScenarioError[] };

/** Problems best pointed at the key of the entry rather than at its value: the name is the key. */
const KEY_CODES: ReadonlySet<string> = new Set([
  'E_UNKNOWN_KEY',
  'E_FORBIDDEN_KEY',
  'E_UNKNOWN_REF',
]);

export function parseScenario(files: readonly ScenarioFileText[]): LoadResult {
  return parseScenarioWith(files, null);
}

/**
 * A store of scenarios already read and shape-checked, by key (see `parseScenarioWith`). The
 * command line keeps one on disk; what it holds is untrusted like any file.
 */
export interface CheckedStore {
  get(key: string): string | undefined;
  set(key: string, text: string): void;
  /** The SHA-256 of a text's UTF-8 bytes, in hex, where the platform has a faster one than the
   *  engine's own (the command line's is native): the content hash is the same either way. */
  sha256Hex?(text: string): string;
}

/** Bumped whenever what a store holds, or how it is read, changes. */
const STORE_FORMAT = 1;
let schemaStamp: string | null = null;

/** The key of a scenario's files in a store: their content hash, the store's format and a hash of
 *  the schema they were shape-checked against, so a change to either never reads a stale entry. */
function storeKey(hash: string): string {
  schemaStamp ??= bytesToHex(sha256(utf8ToBytes(JSON.stringify(jsonSchema())))).slice(0, 16);
  return `${hash}-${STORE_FORMAT}-${schemaStamp}`;
}

/**
 * `parseScenario`, skipping what the store already knows: a scenario that loaded without error
 * is kept in it as the plain values of its files, so loading it again reads them from JSON
 * instead of parsing its YAML. Everything else is checked and compiled again (compiled rules
 * cannot be stored), so the result, warnings included, is the same. An entry that does not read
 * back as the same files' values is ignored and replaced.
 */
export function parseScenarioWith(
  files: readonly ScenarioFileText[],
  store: CheckedStore | null,
): LoadResult {
  const problems: ScenarioError[] = [];
  const reporter: Reporter = {
    report(file, path, severity, code, message, hint, offset) {
      const name = typeof file === 'string' ? file : file.name;
      const pos =
        typeof file === 'string'
          ? { line: 1, col: 1 }
          : offset !== undefined
            ? file.yaml.locateInString(path, offset)
            : file.yaml.locate(path, KEY_CODES.has(code));
      problems.push({
        severity,
        file: name,
        line: pos.line,
        col: pos.col,
        path: path.join('/'),
        code,
        message,
        ...(hint ? { hint } : {}),
      });
    },
  };

  if (files.length > MAX_FILES) {
    reporter.report(
      '.',
      [],
      'error',
      'E_TOO_MANY_FILES',
      `the scenario has ${files.length} files; the limit is ${MAX_FILES}`,
    );
    return { ok: false, errors: problems };
  }

  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : 1));
  const hash = contentHash(files, store?.sha256Hex);
  const key = store ? storeKey(hash) : '';
  const stored = store ? fromStore(store.get(key), sorted) : null;
  const read = stored ?? readFiles(sorted, reporter, problems, store !== null);
  const { loaded, missing } = read;

  const hasErrors = () => problems.some((p) => p.severity === 'error');
  let scenario: import('../types').Scenario | null = null;
  // A missing section is checked as an empty one, so it hides no other error; only the names
  // it would have declared are not reported as unknown one by one.
  if (problems.filter((p) => p.severity === 'error').length === missing.length) {
    const before = problems.length;
    scenario = checkScenario(loaded, hash, reporter);
    const kinds = missing.map((m) => m.replace(/s$/, ''));
    const unknownOfMissing = (p: ScenarioError) =>
      (p.code === 'E_UNKNOWN_REF' || p.code === 'E_UNKNOWN_NAME') &&
      kinds.some((k) => p.message.startsWith(`unknown ${k} `));
    const found = problems.splice(before).filter((p) => !unknownOfMissing(p));
    problems.push(...found);
  }

  problems.sort(compareErrors);
  if (hasErrors() || !scenario) return { ok: false, errors: problems };
  if (store && !stored && read.values.length === loaded.length)
    store.set(key, toStore(read.values));
  return { ok: true, scenario, warnings: problems };
}

interface ReadFiles {
  readonly loaded: LoadedFile[];
  /** Required sections absent, each reported once. */
  readonly missing: string[];
  /** Each scenario file's path and plain value, as read before any check: what a store keeps
   *  (taken only when there is a store to keep them). */
  readonly values: { readonly path: string; readonly json: string }[];
}

/** Every scenario file parsed from YAML and shape-checked; with `keep`, also each one's value as
 *  JSON, for a store. */
function readFiles(
  sorted: readonly ScenarioFileText[],
  reporter: Reporter,
  problems: ScenarioError[],
  keep: boolean,
): ReadFiles {
  const loaded: LoadedFile[] = [];
  const missing: string[] = [];
  const values: { path: string; json: string }[] = [];
  for (const f of sorted) {
    if (!/\.ya?ml$/.test(f.path)) continue;
    const schema = schemaForFile(f.path);
    if (!schema) {
      reporter.report(
        f.path,
        [],
        'warning',
        'W_UNKNOWN_FILE',
        `\`${f.path}\` is not a scenario file and is ignored`,
        f.path.endsWith('.yml')
          ? 'scenario files end in `.yaml`'
          : 'expected scenario.yaml, orders.yaml, events/*.yaml, endings.yaml, ai.yaml or texts/<lang>.yaml',
      );
      continue;
    }
    const read = readYaml(f.text);
    if (!read.ok) {
      for (const issue of read.issues)
        problems.push({
          severity: 'error',
          file: f.path,
          line: issue.pos.line,
          col: issue.pos.col,
          path: issue.path.join('/'),
          code: issue.code,
          message: issue.message,
          ...(issue.hint ? { hint: issue.hint } : {}),
        });
      continue;
    }
    // taken before any check, which may patch a missing section into the value
    const json = keep ? storable(read.file.value) : null;
    if (json !== null) values.push({ path: f.path, json });
    const file: LoadedFile = { name: f.path, yaml: read.file, value: read.file.value };
    const shape = checkShape(file, schema, reporter);
    if (shape.ok) loaded.push(file);
    missing.push(...shape.missing);
  }
  return { loaded, missing, values };
}

/** A value as JSON, or null if JSON would not give it back as it is (a number JSON cannot
 *  write, or -0): such a file is never stored. */
function storable(value: unknown): string | null {
  let exact = true;
  const json = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0))) exact = false;
    return v;
  });
  return exact && json !== undefined ? json : null;
}

function toStore(values: ReadFiles['values']): string {
  return `{"files":[${values.map((v) => `{"path":${JSON.stringify(v.path)},"value":${v.json}}`).join(',')}]}`;
}

/**
 * The files as a store's entry holds them, if it holds exactly the scenario files of `sorted`,
 * each of the shape its schema asks; else null, and the files are read afresh. Where a check
 * needs a position in a file, the file's YAML is parsed then, and only then.
 */
function fromStore(
  text: string | undefined,
  sorted: readonly ScenarioFileText[],
): ReadFiles | null {
  if (text === undefined) return null;
  let entry: unknown;
  try {
    entry = JSON.parse(text);
  } catch {
    return null;
  }
  const list = (entry as { files?: unknown } | null)?.files;
  const expected = sorted.filter((f) => /\.ya?ml$/.test(f.path) && schemaForFile(f.path));
  if (!Array.isArray(list) || list.length !== expected.length) return null;
  const loaded: LoadedFile[] = [];
  for (let i = 0; i < expected.length; i++) {
    const f = expected[i]!;
    const item = list[i] as { path?: unknown; value?: unknown } | null;
    if (item?.path !== f.path || !Value.Check(schemaForFile(f.path)!, item.value)) return null;
    loaded.push({ name: f.path, yaml: lazyYaml(f.text, item.value), value: item.value });
  }
  return { loaded, missing: [], values: [] };
}

/** A file's locator, parsing its YAML the first time a position is asked for. */
function lazyYaml(text: string, value: unknown): YamlFile {
  let file: YamlFile | null = null;
  const parsed = (): YamlFile => {
    if (file) return file;
    const read = readYaml(text);
    // the store held this text's values, so it parses; should it not, positions fall back
    file = read.ok ? read.file : { value, locate: () => TOP, locateInString: () => TOP };
    return file;
  };
  return {
    value,
    locate: (path, key) => parsed().locate(path, key),
    locateInString: (path, offset) => parsed().locateInString(path, offset),
  };
}

const TOP = { line: 1, col: 1 };

/** A hash of the folder's files, so saves can tell which content they were played on. */
export function contentHash(
  files: readonly ScenarioFileText[],
  sha256Hex: (text: string) => string = (text) => bytesToHex(sha256(utf8ToBytes(text))),
): string {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : 1));
  const text = sorted.map((f) => `${f.path}\u0000${f.text}\u0000`).join('');
  return sha256Hex(text).slice(0, 16);
}

/**
 * Checks a file's shape. A file whose only fault is a missing required list at its top is still
 * checked (as if that list were empty), so that the fault hides nothing else.
 */
function checkShape(
  file: LoadedFile,
  schema: TSchema,
  reporter: Reporter,
): { ok: boolean; missing: string[] } {
  if (Value.Check(schema, file.value)) return { ok: true, missing: [] };
  const seen = new Set<string>();
  const missing: string[] = [];
  let other = false;
  for (const e of Value.Errors(schema, file.value)) {
    const path = e.path
      .split('/')
      .slice(1)
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    const key = path.join('/');
    if (seen.has(key)) continue; // one message per place: unions report every branch
    seen.add(key);
    const { code, message, hint } = describeShapeError(e, path);
    reporter.report(file, path, 'error', code, message, hint);
    if (
      e.type === ValueErrorType.ObjectRequiredProperty &&
      path.length === 1 &&
      (e.schema as { type?: string }).type === 'array'
    )
      missing.push(path[0]!);
    else other = true;
  }
  if (other || !missing.length) return { ok: false, missing: [] };
  const value = file.value as Record<string, unknown>;
  for (const k of missing) value[k] = [];
  // Patched, the file must now have its shape; if not, it is not checked further.
  return Value.Check(schema, value) ? { ok: true, missing } : { ok: false, missing: [] };
}

function describeShapeError(
  e: ValueError,
  path: string[],
): { code: string; message: string; hint?: string } {
  const where = path.length ? `\`${path[path.length - 1]}\`` : 'the file';
  const expected = describeSchema(e.schema);
  switch (e.type) {
    case ValueErrorType.ObjectAdditionalProperties: {
      const known = Object.keys((e.schema as { properties?: object }).properties ?? {});
      return {
        code: 'E_UNKNOWN_KEY',
        message: `unexpected key ${where}`,
        hint:
          didYouMean(String(path[path.length - 1]), known) ??
          (known.length ? `expected one of ${known.join(', ')}` : undefined),
      };
    }
    case ValueErrorType.ObjectRequiredProperty:
      return {
        code: 'E_MISSING_KEY',
        message: `missing required key ${where}`,
        hint: `add \`${path[path.length - 1]}:\` here${path.length === 1 ? '; until then the rest is checked as if it were empty' : ''}`,
      };
    case ValueErrorType.StringPattern:
      return {
        code: 'E_BAD_VALUE',
        message: `${where} has the wrong form: ${quoteValue(e.value)}`,
        hint: patternHint((e.schema as { pattern?: string }).pattern ?? ''),
      };
    default:
      return {
        code: 'E_TYPE',
        message: `${where} should be ${expected}${e.value === undefined ? '' : `, not ${quoteValue(e.value)}`}`,
      };
  }
}

/** What the author wrote, quoted in backticks (which it may not hold itself), cut at 60
 *  characters. */
function quoteValue(value: unknown): string {
  const json = (JSON.stringify(value) ?? String(value)).replace(/`/g, "'");
  return `\`${json.length > 60 ? `${json.slice(0, 59)}…` : json}\``;
}

function patternHint(pattern: string): string {
  if (pattern.includes('\\d{4}')) return 'dates are YYYY-MM or YYYY-MM-DD';
  if (pattern.includes('[a-z0-9_]*$') && pattern.startsWith('^[a-z]'))
    return 'ids are snake_case: a lowercase letter, then lowercase letters, digits and _';
  if (pattern.includes('[A-Z]{3}')) return 'a three-letter ISO country code, like MEX';
  if (pattern.includes('#')) return 'a colour like #c0392b';
  return `expected to match ${pattern}`;
}

function describeSchema(schema: TSchema): string {
  const s = schema as {
    type?: string;
    anyOf?: TSchema[];
    minimum?: number;
    maximum?: number;
    description?: string;
    const?: unknown;
  };
  if (s.anyOf) return s.anyOf.map(describeSchema).join(' or ');
  if (s.const !== undefined) return JSON.stringify(s.const);
  const range =
    s.minimum !== undefined || s.maximum !== undefined
      ? ` (${s.minimum ?? '…'} to ${s.maximum ?? '…'})`
      : '';
  switch (s.type) {
    case 'string':
      return 'a string';
    case 'number':
      return `a number${range}`;
    case 'integer':
      return `a whole number${range}`;
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
      return 'a mapping';
    default:
      return 'a list of effects';
  }
}
