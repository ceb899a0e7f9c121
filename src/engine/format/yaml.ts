// Reads one untrusted YAML file into plain data, remembering where every value came from.
// Safe core schema only; aliases, custom tags, prototype keys, duplicate keys, deep nesting and
// huge files are refused with a located error, in time and memory linear in the file's size.
import { isAlias, isMap, isScalar, isSeq, type Node } from 'yaml';
import { normalize, parseBounded, type Path, type Position, type YamlIssue } from './yaml-parse';
import { MAX_FILE_BYTES } from './limits';

export const MAX_DEPTH = 32;
/** Keys that could reach an object's prototype if data were ever merged carelessly. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

export type { Path, Position, YamlIssue } from './yaml-parse';

export interface YamlFile {
  readonly value: unknown;
  /** Where the value at `path` starts (or its nearest located parent). */
  locate(path: Path, keyRatherThanValue?: boolean): Position;
  /** Where character `offset` of the string at `path` is, for errors inside expressions. */
  locateInString(path: Path, offset: number): Position;
}

/** The tags of YAML's core schema; any other tag is refused. */
const CORE_TAGS: ReadonlySet<string> = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((t) => `tag:yaml.org,2002:${t}`),
);

const TOP: Position = { line: 1, col: 1 };

export function readYaml(
  raw: string,
): { ok: true; file: YamlFile } | { ok: false; issues: YamlIssue[] } {
  // UTF-8 takes at most 3 bytes per UTF-16 unit, so most files need no encoding to be measured.
  const bytes =
    raw.length * 3 <= MAX_FILE_BYTES ? raw.length : new TextEncoder().encode(raw).length;
  if (bytes > MAX_FILE_BYTES)
    return {
      ok: false,
      issues: [
        {
          path: [],
          pos: TOP,
          code: 'E_FILE_TOO_LARGE',
          message: `file is ${bytes} bytes; the limit is ${MAX_FILE_BYTES}`,
        },
      ],
    };
  const text = normalize(raw);
  // The parser's stack holds the document and the node being read besides the collections; a
  // few levels of slack leave the exact limit to the conversion, which names the node.
  const parsed = parseBounded(text, MAX_DEPTH + 8, TOO_DEEP);
  if (parsed.issues.length || !parsed.doc) return { ok: false, issues: parsed.issues };
  const { value, issues, root, spotsOf } = toPlain(parsed.doc, parsed.posAt);
  if (issues.length) return { ok: false, issues };
  const { posAt } = parsed;

  /** The deepest place along `path` that the file has, and whether it is all of `path`. */
  const find = (path: Path): { spot: Spot; whole: boolean; value: unknown } => {
    let spot = root;
    let cur: unknown = value;
    for (const seg of path) {
      const spots = spotsOf(cur);
      const next = Array.isArray(spots)
        ? (spots as readonly Spot[])[Number(seg)]
        : (spots as ReadonlyMap<string, Spot> | undefined)?.get(String(seg));
      if (!next) return { spot, whole: false, value: cur };
      spot = next;
      cur = (cur as Record<string, unknown>)[seg];
    }
    return { spot, whole: true, value: cur };
  };
  const locate = (path: Path, key = false): Position => {
    const { spot, whole } = find(path);
    const offset =
      key && whole && spot.key >= 0 ? spot.key : spot.value >= 0 ? spot.value : spot.key;
    return offset >= 0 ? posAt(offset) : TOP;
  };
  const locateInString = (path: Path, offset: number): Position => {
    const { spot, whole, value: v } = find(path);
    if (!whole || typeof v !== 'string' || spot.value < 0) return locate(path);
    return posAt(spot.value + offset + (spot.quoted ? 1 : 0));
  };
  return { ok: true, file: { value, locate, locateInString } };
}

const TOO_DEEP = `nesting deeper than ${MAX_DEPTH} levels`;

/** Where a value was read: its key's offset and its own (-1 where it has none). */
interface Spot {
  readonly key: number;
  readonly value: number;
  readonly quoted: boolean;
}

/**
 * Converts a parsed file to plain data, collecting the problems that forbid its use. Each
 * mapping and list read keeps the offsets of its items beside it, so a problem is located by
 * following its path: no search, whatever the size of the file.
 */
function toPlain(
  doc: NonNullable<ReturnType<typeof parseBounded>['doc']>,
  posAt: (offset: number) => Position,
): {
  value: unknown;
  issues: YamlIssue[];
  root: Spot;
  spotsOf(v: unknown): ReadonlyMap<string, Spot> | readonly Spot[] | undefined;
} {
  const issues: YamlIssue[] = [];
  const spots = new WeakMap<object, Map<string, Spot> | Spot[]>();
  const spotOf = (key: Node | null, node: Node | null | undefined): Spot => ({
    key: key?.range?.[0] ?? -1,
    value: node?.range?.[0] ?? -1,
    quoted: isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE'),
  });
  // The path of the node being converted; copied only into a problem's report.
  const path: (string | number)[] = [];
  const convert = (node: Node | null | undefined, depth: number): unknown => {
    if (node === null || node === undefined) return null;
    const start = node.range?.[0] ?? 0;
    if (depth > MAX_DEPTH) {
      issues.push({
        path: [...path],
        pos: posAt(start),
        code: 'E_TOO_DEEP',
        message: TOO_DEEP,
      });
      return null;
    }
    if (isAlias(node) || node.anchor) {
      issues.push({
        path: [...path],
        pos: posAt(start),
        code: 'E_YAML_ALIAS',
        message: 'anchors and aliases (`&name`, `*name`) are not allowed in scenario files',
        hint: 'repeat the value instead',
      });
      return null;
    }
    if (node.tag && !CORE_TAGS.has(node.tag)) {
      issues.push({
        path: [...path],
        pos: posAt(start),
        code: 'E_YAML_TAG',
        message: `custom tag \`${node.tag}\` is not allowed`,
      });
      return null;
    }
    if (isScalar(node)) {
      const v = node.value;
      if (typeof v === 'bigint') return Number(v);
      return v === undefined ? null : v;
    }
    if (isSeq(node)) {
      const out = new Array<unknown>(node.items.length);
      const at = new Array<Spot>(out.length);
      for (let i = 0; i < out.length; i++) {
        const item = node.items[i] as Node;
        at[i] = spotOf(null, item);
        path.push(i);
        out[i] = convert(item, depth + 1);
        path.pop();
      }
      spots.set(out, at);
      return out;
    }
    if (isMap(node)) {
      const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      const at = new Map<string, Spot>();
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        const keyStart = keyNode?.range?.[0] ?? start;
        if (
          !isScalar(keyNode) ||
          (typeof keyNode.value !== 'string' && typeof keyNode.value !== 'number')
        ) {
          issues.push({
            path: [...path],
            pos: posAt(keyStart),
            code: 'E_YAML_KEY',
            message: 'mapping keys must be plain names',
          });
          continue;
        }
        const key = String(keyNode.value);
        if (FORBIDDEN_KEYS.has(key)) {
          issues.push({
            path: [...path, key],
            pos: posAt(keyStart),
            code: 'E_FORBIDDEN_KEY',
            message: `the key \`${key}\` is not allowed`,
          });
          continue;
        }
        const first = at.get(key);
        if (first) {
          issues.push({
            path: [...path, key],
            pos: posAt(keyStart),
            code: 'E_DUPLICATE_KEY',
            message: `the key \`${key}\` is given twice in this mapping (first at line ${posAt(first.key).line})`,
            hint: 'keep one of them',
          });
          continue;
        }
        at.set(key, spotOf(keyNode, pair.value as Node | null));
        path.push(key);
        out[key] = convert(pair.value as Node | null, depth + 1);
        path.pop();
      }
      spots.set(out, at);
      return out;
    }
    return null;
  };

  const top = doc.contents as Node | null;
  const value = convert(top, 0);
  return {
    value,
    issues,
    root: spotOf(null, top),
    spotsOf: (v) => (typeof v === 'object' && v !== null ? spots.get(v) : undefined),
  };
}
