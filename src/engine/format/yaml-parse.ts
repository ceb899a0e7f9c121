// Parsing one YAML file with the library, in time linear in its size and with nesting bounded
// before the library's recursive composer ever sees it; syntax errors in words an author reads.
import {
  Composer,
  Lexer,
  LineCounter,
  Parser,
  type CST,
  type Document,
  type YAMLParseError,
} from 'yaml';

/** Where a value sits in its document: keys and indices from the root. */
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

/** What the converter needs of a parsed file. */
export interface Parsed {
  readonly doc: Document.Parsed | null;
  readonly issues: YamlIssue[];
  posAt(offset: number): Position;
}

/**
 * A file's text as YAML reads it: without a byte-order mark (editors do not count it as a
 * column) and with old Mac line ends (a lone CR, a line break in YAML) turned into LF. The
 * library itself only breaks lines at LF; one character for one keeps every offset.
 */
export function normalize(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noBom.includes('\r') ? noBom.replace(/\r(?!\n)/g, '\n') : noBom;
}

/**
 * Parses `text`, refusing it as soon as the parser's stack (one entry per open collection, plus
 * the document and the node being read) grows past `maxStack`. The parser works with a stack of
 * its own, not recursion, so nothing is deeper than that when the composer runs; the exact limit
 * on nesting is then checked where the data is converted.
 */
export function parseBounded(text: string, maxStack: number, tooDeep: string): Parsed {
  const lineCounter = new LineCounter();
  const posAt = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, col: p.col };
  };
  const parser = new Parser(lineCounter.addNewLine);
  let deepAt = -1;
  const cst: CST.Token[] = [];
  lineCounter.addNewLine(0); // as the parser's own `parse` does
  for (const lexeme of new Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) cst.push(token);
    if (parser.stack.length > maxStack) {
      deepAt = Math.max(0, parser.offset - lexeme.length);
      break;
    }
  }
  if (deepAt < 0) for (const token of parser.end()) cst.push(token);
  const composer = new Composer({
    schema: 'core',
    uniqueKeys: false,
    strict: true,
    prettyErrors: false,
    keepSourceTokens: false,
  });
  // The tokens are read to the end before anything is composed: a file too deep is refused
  // before the composer's recursion starts.
  if (deepAt >= 0) {
    // The parser has counted the lines up to where it stopped, all that placing the error needs.
    return {
      doc: null,
      issues: [{ path: [], pos: posAt(deepAt), code: 'E_TOO_DEEP', message: tooDeep }],
      posAt,
    };
  }
  let doc: Document.Parsed | null = null;
  let second: number | null = null;
  for (const d of composer.compose(cst, true, text.length)) {
    if (!doc) doc = d;
    else {
      second = d.range[0];
      break;
    }
  }
  const issues = syntaxIssues(text, doc?.errors ?? [], posAt);
  if (second !== null)
    issues.push({
      path: [],
      pos: posAt(second),
      code: 'E_YAML_SYNTAX',
      message: 'a second YAML document: a scenario file holds one',
      hint: 'remove the `---` or `...` line',
    });
  return { doc, issues, posAt };
}

/** The library's errors that an indentation slip causes, several to one slip. */
const INDENT_CODES: ReadonlySet<string> = new Set([
  'BAD_INDENT',
  'BLOCK_AS_IMPLICIT_KEY',
  'MULTILINE_IMPLICIT_KEY',
  'MISSING_CHAR',
  'UNEXPECTED_TOKEN',
]);

function syntaxIssues(
  text: string,
  errors: readonly YAMLParseError[],
  posAt: (offset: number) => Position,
): YamlIssue[] {
  const issues: YamlIssue[] = [];
  let lines: string[] | null = null;
  let coveredUpTo = 0; // an indentation slip explains the errors of the lines just after it
  for (const e of errors) {
    const pos = posAt(e.pos[0]);
    if (pos.line <= coveredUpTo) continue;
    if (INDENT_CODES.has(e.code)) {
      lines ??= text.split('\n');
      const slip = indentationSlip(lines, pos.line);
      if (slip) {
        issues.push({
          path: [],
          pos: { line: slip.line, col: slip.indent + 1 },
          code: 'E_YAML_INDENT',
          message: `bad indentation: this line is indented ${slip.indent} spaces, which lines it up with nothing above it`,
          hint: slip.expected.length
            ? `YAML nests by indentation; the levels open here are ${slip.expected.join(', ')} spaces`
            : 'YAML nests by indentation',
        });
        coveredUpTo = slip.line + 1;
        continue;
      }
    }
    issues.push({
      path: [],
      pos,
      code: 'E_YAML_SYNTAX',
      message: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
    });
  }
  return issues;
}

const indentOf = (line: string): number => line.length - line.trimStart().length;
const isContent = (line: string): boolean => {
  const t = line.trim();
  return t !== '' && !t.startsWith('#');
};
/** Whether a line leaves a block open for the lines indented under it. */
const opens = (line: string): boolean => /(:|-|[|>][+-]?\d?)\s*(#.*)?$/.test(line.trimEnd());

/**
 * The line near `near` (that one or the next with content) whose indentation matches no level
 * open above it, with the levels that are open: a heuristic over lines, asked only when the
 * library has already found a problem there.
 */
function indentationSlip(
  lines: readonly string[],
  near: number,
): { line: number; indent: number; expected: number[] } | null {
  const candidates = new Set<number>();
  for (let n = near; n <= lines.length && candidates.size < 2; n++)
    if (isContent(lines[n - 1]!)) candidates.add(n);
  const last = Math.max(...candidates);
  const stack = [0];
  let opened = false;
  let scalarAbove = -1; // the indentation of a block scalar's key: deeper lines are its text
  for (let n = 1; n <= last; n++) {
    const line = lines[n - 1]!.replace(/\t/g, ' ');
    if (!isContent(line)) continue;
    const indent = indentOf(line);
    if (scalarAbove >= 0 && indent > scalarAbove) continue;
    scalarAbove = -1;
    let odd = false;
    if (indent > stack[stack.length - 1]!) {
      if (opened) stack.push(indent);
      else odd = true;
    } else {
      while (stack.length > 1 && stack[stack.length - 1]! > indent) stack.pop();
      if (stack[stack.length - 1] !== indent) odd = true;
    }
    if (odd && candidates.has(n)) return { line: n, indent, expected: [...new Set(stack)] };
    if (odd) stack.push(indent); // a slip further up, already reported or not ours to judge
    // `- - key: v`: each dash opens a level at the column after it.
    const dashes = /^((?:-\s+)+)/.exec(line.slice(indent));
    if (dashes) stack.push(indent + dashes[1]!.length);
    opened = opens(line);
    if (/[|>][+-]?\d?\s*(#.*)?$/.test(line.trimEnd())) scalarAbove = indent;
  }
  return null;
}
