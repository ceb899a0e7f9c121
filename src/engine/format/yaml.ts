// Reads one untrusted YAML file into plain data, remembering where every value came from.
// Safe core schema only; aliases, custom tags, prototype keys, deep nesting and huge files are
// refused with a located error, in time and memory bounded by the file's size.
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
} from 'yaml';

export const MAX_FILE_BYTES = 1024 * 1024;
export const MAX_DEPTH = 32;
/** Keys that could reach an object's prototype if data were ever merged carelessly. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

export type Path = readonly (string | number)[];

export interface Position {
  readonly line: number;
  readonly col: number;
}

export interface YamlIssue {
  readonly path: Path;
  readonly pos: Position;
  readonly code: string;
  readonly message: string;
  readonly hint?: string;
}

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
  text: string,
): { ok: true; file: YamlFile } | { ok: false; issues: YamlIssue[] } {
  // UTF-8 takes at most 3 bytes per UTF-16 unit, so most files need no encoding to be measured.
  const bytes =
    text.length * 3 <= MAX_FILE_BYTES ? text.length : new TextEncoder().encode(text).length;
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
  const tooDeep = prescanDepth(text);
  if (tooDeep) return { ok: false, issues: [tooDeep] };

  // The library's duplicate-key check compares each key with every earlier key of its map; a
  // file is first read without it, its keys checked as the walk below builds each object. A file
  // with any problem at all is read again with every check of the library on, so what is
  // reported about it is exactly what the library finds.
  const quick = toPlain(text, false);
  const { value, issues } = quick.issues.length || quick.duplicate ? toPlain(text, true) : quick;
  if (issues.length) return { ok: false, issues };

  // The parsed document is several times the size of the text: it is let go here, and the file
  // is parsed again only when a problem in it has to be located.
  let parsed: Parsed | null = null;
  const doc = (): Parsed => (parsed ??= parse(text, true));
  const locate = (path: Path, key = false): Position => {
    const { top, posAt } = doc();
    for (let n = path.length; n >= 0; n--) {
      const found = walk(top, path.slice(0, n));
      if (!found) continue;
      const keyStart = found.keyNode?.range?.[0];
      const offset =
        key && n === path.length && keyStart !== undefined
          ? keyStart
          : (found.node?.range?.[0] ?? keyStart);
      if (offset !== undefined) return posAt(offset);
    }
    return TOP;
  };
  const locateInString = (path: Path, offset: number): Position => {
    const { top, posAt } = doc();
    const node = walk(top, path)?.node;
    if (!isScalar(node) || !node.range) return locate(path);
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
    return posAt(node.range[0] + offset + (quoted ? 1 : 0));
  };
  return { ok: true, file: { value, locate, locateInString } };
}

interface Parsed {
  readonly top: Node | null;
  posAt(offset: number): Position;
}

/** Parses a file with the library, which sees aliases, tags and keys the conversion refuses. */
function parse(text: string, uniqueKeys: boolean): Parsed & { doc: Document.Parsed } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    schema: 'core',
    lineCounter,
    uniqueKeys,
    strict: true,
    prettyErrors: false,
    keepSourceTokens: false,
  });
  const posAt = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, col: p.col };
  };
  return { doc, top: doc.contents as Node | null, posAt };
}

/** Parses a file and converts it to plain data, collecting the problems that forbid its use. */
function toPlain(
  text: string,
  uniqueKeys: boolean,
): { value: unknown; issues: YamlIssue[]; duplicate: boolean } {
  const { doc, posAt } = parse(text, uniqueKeys);
  const issues: YamlIssue[] = [];
  for (const e of doc.errors)
    issues.push({
      path: [],
      pos: posAt(e.pos[0]),
      code: 'E_YAML_SYNTAX',
      message: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
    });
  if (issues.length) return { value: null, issues, duplicate: false };

  // The path of the node being converted; copied only into a problem's report.
  const path: (string | number)[] = [];
  let duplicate = false;
  const convert = (node: Node | null | undefined, depth: number): unknown => {
    if (node === null || node === undefined) return null;
    const start = node.range?.[0] ?? 0;
    if (depth > MAX_DEPTH) {
      issues.push({
        path: [...path],
        pos: posAt(start),
        code: 'E_TOO_DEEP',
        message: `nesting deeper than ${MAX_DEPTH} levels`,
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
      for (let i = 0; i < out.length; i++) {
        path.push(i);
        out[i] = convert(node.items[i] as Node, depth + 1);
        path.pop();
      }
      return out;
    }
    if (isMap(node)) {
      const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
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
        // `out` has no prototype, so `in` sees only the keys already read.
        if (!uniqueKeys && key in out) duplicate = true;
        path.push(key);
        out[key] = convert(pair.value as Node | null, depth + 1);
        path.pop();
      }
      return out;
    }
    return null;
  };

  const value = convert(doc.contents as Node | null, 0);
  return { value, issues, duplicate };
}

/** The node at a path of keys and indices, and the key node it hangs from, if any. */
function walk(top: Node | null, path: Path): { node: Node | null; keyNode: Node | null } | null {
  let node: Node | null = top;
  let keyNode: Node | null = null;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return null;
      keyNode = pair.key as Node;
      node = (pair.value as Node | null) ?? null;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)] as Node | undefined;
      if (item === undefined) return null;
      keyNode = null;
      node = item;
    } else return null;
  }
  return { node, keyNode };
}

/** Refuses flow collections nested absurdly deep and absurd indentation before parsing. */
function prescanDepth(text: string): YamlIssue | null {
  const NEWLINE = 10;
  const SPACE = 32;
  const DOUBLE = 34;
  const SINGLE = 39;
  let depth = 0;
  let line = 1;
  let col = 0;
  let quote = 0; // the character code of the quote being read, 0 outside quotes
  let indent = 0;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    col++;
    if (c === NEWLINE) {
      line++;
      col = 0;
      indent = 0;
      atLineStart = true;
      if (quote === SINGLE) quote = 0;
      continue;
    }
    if (atLineStart) {
      if (c === SPACE) {
        if (++indent > 8 * MAX_DEPTH)
          return {
            path: [],
            pos: { line, col },
            code: 'E_TOO_DEEP',
            message: `indentation deeper than ${8 * MAX_DEPTH} spaces`,
          };
        continue;
      }
      atLineStart = false;
    }
    if (quote) {
      if (c === quote) quote = 0;
      continue;
    }
    if (c === DOUBLE || c === SINGLE) quote = c;
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > 2 * MAX_DEPTH)
        return {
          path: [],
          pos: { line, col },
          code: 'E_TOO_DEEP',
          message: `nesting deeper than ${MAX_DEPTH} levels`,
        };
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth = Math.max(0, depth - 1);
  }
  return null;
}
