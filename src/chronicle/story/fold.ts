// Orders are given month after month; told each time they would drown the events. Within an
// act, every successful order (and every exposure) of one faction is told once, where it first
// happened, with how often and until when.
import type { Scenario } from '../../engine';
import { orderWords } from './sentences';
import type { ChronicleEntry, Repeat } from '../types';

const foldable = (e: ChronicleEntry) => e.kind === 'order' || e.kind === 'exposed';
const keyOf = (e: ChronicleEntry) => `${e.kind} ${e.faction ?? ''} ${e.id}`;

/** "7 times, until June 1947". */
export function repeatNote(r: Repeat): string {
  return `${r.times} times, until ${r.until}`;
}

/** The entries of one act with repeated orders and exposures folded into their first. */
export function foldRepeats(
  scenario: Scenario,
  entries: readonly ChronicleEntry[],
  lang: string,
): ChronicleEntry[] {
  const groups = new Map<string, ChronicleEntry[]>();
  for (const e of entries) {
    if (!foldable(e)) continue;
    const list = groups.get(keyOf(e));
    if (list) list.push(e);
    else groups.set(keyOf(e), [e]);
  }
  const out: ChronicleEntry[] = [];
  for (const e of entries) {
    if (!foldable(e)) {
      out.push(e);
      continue;
    }
    const group = groups.get(keyOf(e))!;
    if (group[0] !== e) continue;
    if (group.length === 1) {
      out.push(e);
      continue;
    }
    const last = group[group.length - 1]!;
    const targets = [...new Set(group.flatMap((g) => (g.target === null ? [] : [g.target])))];
    const words = orderWords(
      scenario,
      e.kind === 'order' ? 'order' : 'exposed',
      e.faction ?? '',
      e.id,
      targets,
      lang,
    );
    out.push({
      ...e,
      ...words,
      repeat: { times: group.length, untilMonth: last.month, until: last.date, targets },
    });
  }
  return out;
}
