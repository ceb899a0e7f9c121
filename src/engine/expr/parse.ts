// The expression language's lexer and parser: a string becomes a tree, or located errors.
// The grammar is small and has no loops or definitions, so evaluation cost is bounded by the
// length of the source, which is itself bounded.

export const MAX_EXPRESSION_LENGTH = 1000;
export const MAX_EXPRESSION_DEPTH = 32;

export type BinaryOp = 'or' | 'and' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/';

export type Node =
  | { readonly kind: 'num'; readonly value: number; readonly at: number }
  | { readonly kind: 'bool'; readonly value: boolean; readonly at: number }
  | {
      readonly kind: 'date';
      readonly month: number;
      readonly day: number | null;
      readonly at: number;
    }
  | { readonly kind: 'name'; readonly name: string; readonly at: number }
  | {
      readonly kind: 'call';
      readonly name: string;
      readonly args: readonly Node[];
      readonly at: number;
    }
  | { readonly kind: 'neg' | 'not'; readonly arg: Node; readonly at: number }
  | {
      readonly kind: 'binary';
      readonly op: BinaryOp;
      readonly left: Node;
      readonly right: Node;
      readonly at: number;
    };

export interface ExprError {
  /** Offset of the problem inside the expression's source. */
  readonly at: number;
  readonly code: string;
  readonly message: string;
  readonly hint?: string;
}

type Token =
  | { readonly t: 'num'; readonly value: number; readonly at: number }
  | {
      readonly t: 'date';
      readonly month: number;
      readonly day: number | null;
      readonly at: number;
      readonly text: string;
    }
  | { readonly t: 'name'; readonly name: string; readonly at: number }
  | { readonly t: 'op'; readonly op: string; readonly at: number }
  | { readonly t: 'end'; readonly at: number };

const DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d.])/;
const NUMBER = /^\d+(?:\.\d+)?/;
const NAME = /^[a-z_][a-z0-9_]*/i;
const OPERATORS = ['==', '!=', '<=', '>=', '<', '>', '+', '-', '*', '/', '(', ')', ','];

/** A date `YYYY-MM[-DD]` as a month index and a day, or null if it is not a real date. */
export function parseDate(text: string): { month: number; day: number | null } | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month < 1 || month > 12) return null;
  if (day !== null && (day < 1 || day > daysIn(year, month))) return null;
  return { month: year * 12 + month - 1, day };
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function lex(src: string): { tokens: Token[] } | { error: ExprError } {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    const rest = src.slice(i);
    const date = DATE.exec(rest);
    if (date) {
      const parsed = parseDate(date[0]);
      if (!parsed)
        return { error: { at: i, code: 'E_BAD_DATE', message: `\`${date[0]}\` is not a date` } };
      tokens.push({ t: 'date', month: parsed.month, day: parsed.day, at: i, text: date[0] });
      i += date[0].length;
      continue;
    }
    const num = NUMBER.exec(rest);
    if (num) {
      tokens.push({ t: 'num', value: Number(num[0]), at: i });
      i += num[0].length;
      continue;
    }
    const name = NAME.exec(rest);
    if (name) {
      tokens.push({ t: 'name', name: name[0], at: i });
      i += name[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => rest.startsWith(o));
    if (op) {
      tokens.push({ t: 'op', op, at: i });
      i += op.length;
      continue;
    }
    const hint =
      c === '=' ? 'compare with `==`' : c === '&' || c === '|' ? 'write `and` / `or`' : undefined;
    return {
      error: {
        at: i,
        code: 'E_SYNTAX',
        message: `unexpected character \`${c}\``,
        ...(hint ? { hint } : {}),
      },
    };
  }
  tokens.push({ t: 'end', at: src.length });
  return { tokens };
}

class ParseFailure {
  constructor(readonly error: ExprError) {}
}

/** Parses an expression. Never throws on bad input: returns the first syntax error, located. */
export type Parsed = { ok: true; node: Node } | { ok: false; error: ExprError };

// The checker parses each expression to compile it, then again to see what it reads and whom it
// tells; trees are never changed once made, so one parse serves all of them. Bounded: a long
// session of editing a scenario parses many expressions that are never seen again.
const parsed = new Map<string, Parsed>();
const MAX_KEPT = 20_000;

export function parseExpression(src: string): Parsed {
  let result = parsed.get(src);
  if (result === undefined) {
    if (parsed.size >= MAX_KEPT) parsed.clear();
    result = parseAfresh(src);
    parsed.set(src, result);
  }
  return result;
}

function parseAfresh(src: string): Parsed {
  if (src.length > MAX_EXPRESSION_LENGTH)
    return {
      ok: false,
      error: {
        at: 0,
        code: 'E_TOO_LONG',
        message: `expression is ${src.length} characters long; the limit is ${MAX_EXPRESSION_LENGTH}`,
      },
    };
  const lexed = lex(src);
  if ('error' in lexed) return { ok: false, error: lexed.error };
  const tokens = lexed.tokens;
  let pos = 0;
  let depth = 0;

  const peek = (): Token => tokens[pos]!;
  const fail = (tok: Token, message: string, hint?: string): never => {
    throw new ParseFailure({ at: tok.at, code: 'E_SYNTAX', message, ...(hint ? { hint } : {}) });
  };
  const isOp = (tok: Token, op: string): boolean => tok.t === 'op' && tok.op === op;
  const isWord = (tok: Token, word: string): boolean => tok.t === 'name' && tok.name === word;
  const describe = (tok: Token): string =>
    tok.t === 'end'
      ? 'the end of the expression'
      : tok.t === 'op'
        ? `\`${tok.op}\``
        : tok.t === 'name'
          ? `\`${tok.name}\``
          : tok.t === 'date'
            ? `\`${tok.text}\``
            : `\`${tok.value}\``;

  const enter = (tok: Token): void => {
    if (++depth > MAX_EXPRESSION_DEPTH)
      throw new ParseFailure({
        at: tok.at,
        code: 'E_TOO_DEEP',
        message: `expression nests deeper than ${MAX_EXPRESSION_DEPTH} levels`,
      });
  };

  const binaryLevel =
    (ops: readonly string[], next: () => Node, words = false) =>
    (): Node => {
      let left = next();
      for (;;) {
        const tok = peek();
        const op = words
          ? tok.t === 'name' && ops.includes(tok.name)
            ? tok.name
            : null
          : tok.t === 'op' && ops.includes(tok.op)
            ? tok.op
            : null;
        if (op === null) return left;
        pos++;
        enter(tok);
        const right = next();
        depth--;
        left = { kind: 'binary', op: op as BinaryOp, left, right, at: tok.at };
      }
    };

  const primary = (): Node => {
    const tok = peek();
    enter(tok);
    try {
      if (tok.t === 'num') {
        pos++;
        return { kind: 'num', value: tok.value, at: tok.at };
      }
      if (tok.t === 'date') {
        pos++;
        return { kind: 'date', month: tok.month, day: tok.day, at: tok.at };
      }
      if (isOp(tok, '(')) {
        pos++;
        const inner = or();
        if (!isOp(peek(), ')')) fail(peek(), `expected \`)\` but found ${describe(peek())}`);
        pos++;
        return inner;
      }
      if (isOp(tok, '-')) {
        pos++;
        return { kind: 'neg', arg: primary(), at: tok.at };
      }
      if (tok.t === 'name') {
        if (tok.name === 'true' || tok.name === 'false') {
          pos++;
          return { kind: 'bool', value: tok.name === 'true', at: tok.at };
        }
        if (['and', 'or', 'not'].includes(tok.name))
          fail(tok, `expected a value but found \`${tok.name}\``);
        pos++;
        if (!isOp(peek(), '(')) return { kind: 'name', name: tok.name, at: tok.at };
        pos++;
        const args: Node[] = [];
        if (!isOp(peek(), ')')) {
          for (;;) {
            args.push(or());
            if (isOp(peek(), ',')) {
              pos++;
              continue;
            }
            if (isOp(peek(), ')')) break;
            fail(peek(), `expected \`,\` or \`)\` but found ${describe(peek())}`);
          }
        }
        pos++;
        return { kind: 'call', name: tok.name, args, at: tok.at };
      }
      return fail(
        tok,
        `expected a value but found ${describe(tok)}`,
        tok.t === 'op' && tok.op === '=' ? 'compare with `==`' : undefined,
      );
    } finally {
      depth--;
    }
  };

  const product = binaryLevel(['*', '/'], primary);
  const sum = binaryLevel(['+', '-'], product);
  const comparison = (): Node => {
    const left = sum();
    const tok = peek();
    if (tok.t === 'op' && ['==', '!=', '<', '<=', '>', '>='].includes(tok.op)) {
      pos++;
      const right = sum();
      const after = peek();
      if (after.t === 'op' && ['==', '!=', '<', '<=', '>', '>='].includes(after.op))
        fail(after, 'comparisons cannot be chained', 'join them with `and`');
      return { kind: 'binary', op: tok.op as BinaryOp, left, right, at: tok.at };
    }
    return left;
  };
  const negation = (): Node => {
    const tok = peek();
    if (isWord(tok, 'not')) {
      pos++;
      enter(tok);
      const arg = negation();
      depth--;
      return { kind: 'not', arg, at: tok.at };
    }
    return comparison();
  };
  const and = binaryLevel(['and'], negation, true);
  const or = binaryLevel(['or'], and, true);

  try {
    const node = or();
    if (peek().t !== 'end') fail(peek(), `unexpected ${describe(peek())}`);
    return { ok: true, node };
  } catch (e) {
    if (e instanceof ParseFailure) return { ok: false, error: e.error };
    throw e;
  }
}
