// What the checker tells of a condition from the bounds of what it reads: a comparison they
// decide, and the expression printed back as its author would write it, for messages.
import { compareIntervals, showInterval, showNumber, type Interval } from './numbers';
import type { Node } from './parse';

/** A comparison that the bounds of what it reads decide: its text, where and why. */
export interface Verdict {
  readonly at: number;
  readonly text: string;
  readonly why: string;
  /** What the comparison always gives. */
  readonly holds: boolean;
}

/** A compiled number, as far as the verdict needs it. */
interface Bounded {
  readonly constant: number | null;
  readonly range: Interval;
}

/** A comparison of numbers that the bounds of what it reads decide, one way or the other. */
export function verdictOf(
  node: Extract<Node, { kind: 'binary' }>,
  left: Bounded,
  right: Bounded,
): { never?: Verdict; always?: Verdict } {
  // A comparison of constants is what the author wrote on purpose (`1 == 1`), not a slip.
  if (left.constant !== null && right.constant !== null) return {};
  const holds = compareIntervals(node.op, left.range, right.range);
  if (holds === null) return {};
  const side = (n: Node, c: Bounded) =>
    c.constant !== null
      ? []
      : [`${n.kind === 'name' ? n.name : `\`${show(n)}\``} stays within ${showInterval(c.range)}`];
  const why = [...side(node.left, left), ...side(node.right, right)].join(' and ');
  const verdict: Verdict = { at: node.at, text: show(node), why, holds };
  return holds ? { always: verdict } : { never: verdict };
}

const PRECEDENCE: Record<string, number> = {
  or: 1,
  and: 2,
  '==': 3,
  '!=': 3,
  '<': 3,
  '<=': 3,
  '>': 3,
  '>=': 3,
  '+': 4,
  '-': 4,
  '*': 5,
  '/': 5,
};

/** An expression as the author would write it, for messages. */
export function show(node: Node): string {
  switch (node.kind) {
    case 'num':
      return showNumber(node.value);
    case 'bool':
      return String(node.value);
    case 'date':
      return `${Math.floor(node.month / 12)}-${String((node.month % 12) + 1).padStart(2, '0')}`;
    case 'name':
      return node.name;
    case 'call':
      return `${node.name}(${node.args.map(show).join(', ')})`;
    case 'neg':
      return `-${node.arg.kind === 'binary' ? `(${show(node.arg)})` : show(node.arg)}`;
    case 'not':
      return `not ${node.arg.kind === 'binary' ? `(${show(node.arg)})` : show(node.arg)}`;
    case 'binary': {
      const p = PRECEDENCE[node.op]!;
      const wrap = (n: Node, right: boolean) =>
        n.kind === 'binary' && (PRECEDENCE[n.op]! < p || (right && PRECEDENCE[n.op]! === p))
          ? `(${show(n)})`
          : show(n);
      return `${wrap(node.left, false)} ${node.op} ${wrap(node.right, true)}`;
    }
  }
}
