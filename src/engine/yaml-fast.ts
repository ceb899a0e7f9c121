// A fast reader for the plain subset of YAML that scenario files are written in: block mappings
// and sequences, one-line flow collections, one-line quoted and plain scalars, `>-` and `|-`
// blocks, comments. It gives up (returns NOT_PLAIN) on anything else, including anything the full
// reader would refuse, so `readYaml` can fall back to the full parser for exact behaviour and
// errors. When it does answer, its value is the one the full reader would give.
import { FORBIDDEN_KEYS, MAX_DEPTH } from './yaml-limits';

export const NOT_PLAIN: unique symbol = Symbol('not plain YAML');

/** Thrown inside the reader to give up; caught at its entry point. */
class NotPlain extends Error {}
const giveUp = (): never => {
  throw new NotPlain();
};

/** Keys the core schema would read as something other than a plain string, or refuses. */
const NON_STRING_KEYS: ReadonlySet<string> = new Set([
  'null',
  'Null',
  'NULL',
  'true',
  'True',
  'TRUE',
  'false',
  'False',
  'FALSE',
]);
const KEY = /^([A-Za-z_][A-Za-z0-9_.-]*):(?: +|$)/;
/** YAML refuses implicit keys past 1024 characters; stay well inside that. */
const MAX_KEY_LENGTH = 1000;
const FLOW_KEY = /[A-Za-z_][A-Za-z0-9_.-]*/y;

export function readPlainYaml(text: string): unknown {
  if (/[\t\r\uFEFF]/.test(text)) return NOT_PLAIN;
  try {
    return new PlainReader(text.split('\n')).document();
  } catch (e) {
    if (e instanceof NotPlain) return NOT_PLAIN;
    throw e;
  }
}

class PlainReader {
  private line = 0;

  constructor(private readonly lines: readonly string[]) {}

  document(): unknown {
    const first = this.nextIndent();
    if (first !== 0 || /^(?:---|\.\.\.|%)/.test(this.lines[this.line]!)) giveUp();
    const value = this.map(0, 0, 0);
    if (this.nextIndent() !== -1) giveUp();
    return value;
  }

  /** The indentation of the next line with content (skipping blank and comment lines), or -1. */
  private nextIndent(): number {
    for (; this.line < this.lines.length; this.line++) {
      const l = this.lines[this.line]!;
      const indent = indentOf(l);
      if (indent < l.length && l[indent] !== '#') return indent;
    }
    return -1;
  }

  /** A block mapping whose keys sit at column `col`; the first key starts at `start` on this line. */
  private map(col: number, start: number, depth: number): Record<string, unknown> {
    if (depth >= MAX_DEPTH) giveUp();
    const out = Object.create(null) as Record<string, unknown>;
    let at = start;
    for (;;) {
      const rest = this.lines[this.line]!.slice(at);
      const m = KEY.exec(rest) ?? giveUp();
      const key = m[1]!;
      if (!usableKey(key) || key in out) giveUp();
      out[key] = this.value(col, at + m[0].length, depth);
      const next = this.nextIndent();
      if (next < col) return out;
      if (next > col) giveUp();
      at = col;
    }
  }

  /** A block sequence whose dashes sit at column `col`. */
  private seq(col: number, depth: number): unknown[] {
    if (depth >= MAX_DEPTH) giveUp();
    const out: unknown[] = [];
    for (;;) {
      const l = this.lines[this.line]!;
      if (l[col] !== '-' || (l.length > col + 1 && l[col + 1] !== ' ')) return out;
      const at = col + 1 + indentOf(l.slice(col + 1));
      if (KEY.test(l.slice(at))) out.push(this.map(at, at, depth + 1));
      else if (l[at] === '-' || l[at] === '>' || l[at] === '|') giveUp();
      else out.push(this.value(col, at, depth));
      const next = this.nextIndent();
      if (next < col) return out;
      if (next > col) giveUp();
    }
  }

  /**
   * The value of a key or dash at column `col`, starting at `at` on the current line; leaves the
   * reader past it.
   */
  private value(col: number, at: number, depth: number): unknown {
    const l = this.lines[this.line]!;
    const rest = l.slice(at);
    if (rest === '' || rest[0] === '#') {
      this.line++;
      const next = this.nextIndent();
      if (next === -1) return null;
      const nl = this.lines[this.line]!;
      const dash = nl[next] === '-' && (nl.length === next + 1 || nl[next + 1] === ' ');
      if (next > col) return dash ? this.seq(next, depth + 1) : this.map(next, next, depth + 1);
      if (next === col && dash && KEY.test(l.slice(col))) return this.seq(next, depth + 1);
      return null;
    }
    if (rest === '>-' || rest === '|-') return this.block(col, rest[0] === '>');
    let value: unknown;
    let end: number;
    if (rest[0] === '{' || rest[0] === '[') [value, end] = flow(rest, 0, depth + 1);
    else if (rest[0] === '"' || rest[0] === "'") [value, end] = quoted(rest, 0);
    else return this.plainLine(rest);
    if (!/^ *(?: #.*)?$/.test(rest.slice(end))) giveUp();
    this.line++;
    return value;
  }

  private plainLine(rest: string): unknown {
    const hash = rest.indexOf(' #');
    const text = trimSpaces(hash === -1 ? rest : rest.slice(0, hash));
    this.line++;
    return plainScalar(text);
  }

  /** A `>-` (folded) or `|-` (literal) block below a key or dash at column `col`. */
  private block(col: number, folded: boolean): string {
    this.line++;
    const first = this.lines[this.line];
    if (first === undefined) giveUp();
    const indent = indentOf(first!);
    if (indent <= col || indent === first!.length) giveUp();
    let out = '';
    let blanks = -1; // empty lines since the last content line; -1 before the first
    for (; this.line < this.lines.length; this.line++) {
      const l = this.lines[this.line]!;
      if (l === '') {
        blanks++;
        continue;
      }
      const i = indentOf(l);
      if (i === l.length) giveUp(); // whitespace-only lines: leave their subtleties to the parser
      if (i < indent) break;
      if (i > indent || l.endsWith(' ')) giveUp();
      const content = l.slice(indent);
      if (blanks === -1) out = content;
      else if (!folded) out += '\n'.repeat(blanks + 1) + content;
      else out += (blanks === 0 ? ' ' : '\n'.repeat(blanks)) + content;
      blanks = 0;
    }
    return out;
  }
}

/** A key the core schema reads as this very string, and the reader accepts. */
function usableKey(key: string): boolean {
  return key.length <= MAX_KEY_LENGTH && !NON_STRING_KEYS.has(key) && !FORBIDDEN_KEYS.has(key);
}

function indentOf(l: string): number {
  let i = 0;
  while (l.charCodeAt(i) === 32) i++;
  return i;
}

/** A one-line flow collection starting at `s[at]`; the value and the index past it. */
function flow(s: string, at: number, depth: number): [unknown, number] {
  if (depth >= MAX_DEPTH) giveUp();
  const isMap = s[at] === '{';
  const close = isMap ? '}' : ']';
  const map = Object.create(null) as Record<string, unknown>;
  const list: unknown[] = [];
  let i = skipSpaces(s, at + 1);
  if (s[i] === close) return [isMap ? map : list, i + 1];
  for (;;) {
    if (isMap) {
      FLOW_KEY.lastIndex = i;
      const m = FLOW_KEY.exec(s) ?? giveUp();
      const key = m[0];
      i += key.length;
      if (s[i] !== ':' || s[i + 1] !== ' ') giveUp();
      if (!usableKey(key) || key in map) giveUp();
      const [v, end] = flowValue(s, skipSpaces(s, i + 1), depth);
      map[key] = v;
      i = end;
    } else {
      const [v, end] = flowValue(s, i, depth);
      list.push(v);
      i = end;
    }
    i = skipSpaces(s, i);
    if (s[i] === close) return [isMap ? map : list, i + 1];
    if (s[i] !== ',') giveUp();
    i = skipSpaces(s, i + 1);
    if (s[i] === close || s[i] === ',') giveUp();
  }
}

function flowValue(s: string, at: number, depth: number): [unknown, number] {
  const c = s[at];
  if (c === '{' || c === '[') return flow(s, at, depth + 1);
  if (c === '"' || c === "'") return quoted(s, at);
  let end = at;
  while (end < s.length && !',]}'.includes(s[end]!)) end++;
  const text = trimSpaces(s.slice(at, end));
  if (text === '' || /[:#[{]/.test(text)) giveUp();
  return [plainScalar(text), end];
}

function trimSpaces(s: string): string {
  let end = s.length;
  while (s.charCodeAt(end - 1) === 32) end--;
  return s.slice(0, end);
}

function skipSpaces(s: string, i: number): number {
  while (s.charCodeAt(i) === 32) i++;
  return i;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\',
  '"': '"',
  '/': '/',
  n: '\n',
  t: '\t',
};

/** A one-line quoted scalar starting at `s[at]`; the string and the index past it. */
function quoted(s: string, at: number): [string, number] {
  const q = s[at]!;
  let out = '';
  for (let i = at + 1; i < s.length; i++) {
    const c = s[i]!;
    if (c === q) {
      if (q === "'" && s[i + 1] === "'") {
        out += "'";
        i++;
        continue;
      }
      return [out, i + 1];
    }
    if (c === '\\' && q === '"') {
      out += ESCAPES[s[++i] ?? ''] ?? giveUp();
      continue;
    }
    out += c;
  }
  return giveUp();
}

/** A plain scalar as YAML's core schema reads it (the `yaml` package's tests, in its order). */
function plainScalar(text: string): unknown {
  if (/^(?:~|[Nn]ull|NULL)?$/.test(text)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text)) return text[0] === 't' || text[0] === 'T';
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(text))
    return parseFloat(text);
  // Octal, hexadecimal, infinities and NaN, indicators, and what could end a plain scalar.
  if (
    /^(?:0o|0x|[-+]?\.inf|[-+]?\.Inf|[-+]?\.INF|\.nan|\.NaN|\.NAN|- |-$|[?:,[\]{}#&*!|>'"%@`])/.test(
      text,
    )
  )
    giveUp();
  if (/: |:$| #/.test(text)) giveUp();
  return text;
}
