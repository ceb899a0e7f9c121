// Two chronicles of forks of one game: where they part ways, and their entries aligned month by
// month so they can be read side by side (an event with the choice made on it as one item).
import type { MonthIndex } from '../../engine';
import { chronicleEntries } from '../story/build';
import { itemsOf, type Item } from '../story/items';
import type { Chronicle, ChronicleEntry } from '../types';

/** The first entry where the two chronicles differ (null on the side that has ended). */
export interface ChronicleFork {
  /** How many entries the two share before it. */
  readonly index: number;
  readonly month: MonthIndex;
  readonly date: string;
  readonly a: ChronicleEntry | null;
  readonly b: ChronicleEntry | null;
}

/** One line of the side-by-side reading: an item of each (an entry, or an event with the
 *  choice made on it), or of one only. */
export interface AlignedRow {
  readonly month: MonthIndex;
  readonly a: Item | null;
  readonly b: Item | null;
  /** Both sides tell the same thing. */
  readonly same: boolean;
}

export interface ChronicleComparison {
  /** Both tell a game of the same scenario from the same seed (forks of one game). */
  readonly sameGame: boolean;
  /** Null when the chronicles tell the same story. */
  readonly fork: ChronicleFork | null;
  readonly rows: readonly AlignedRow[];
}

/** What makes two entries the same fact of the game. How often a folded order was repeated,
 *  and where, is left out: what differs later in the act is not where two games part ways
 *  (build both chronicles with `fold: false` to compare every order month by month). */
export function entryKey(e: ChronicleEntry): string {
  return [
    e.kind,
    e.turn,
    e.day ?? '',
    e.id,
    e.option ?? '',
    e.faction ?? '',
    e.target ?? '',
    // An order's words follow from the fields above, save the places a folded one adds.
    e.kind === 'order' || e.kind === 'exposed' ? '' : e.text,
  ].join('\u0000');
}

function findFork(
  a: readonly ChronicleEntry[],
  b: readonly ChronicleEntry[],
): ChronicleFork | null {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x && y && entryKey(x) === entryKey(y)) continue;
    const first = !x
      ? y!
      : !y
        ? x
        : x.month < y.month || (x.month === y.month && (x.day ?? 0) <= (y.day ?? 0))
          ? x
          : y;
    return { index: i, month: first.month, date: first.date, a: x, b: y };
  }
  return null;
}

const itemKey = (i: Item) => `${entryKey(i.lead)}\u0001${i.choice ? entryKey(i.choice) : ''}`;

/** Aligns two lists of one month's items: the longest common run of equal items stays on the
 *  same rows, and what differs between two matches is set side by side. */
function alignMonth(month: MonthIndex, a: readonly Item[], b: readonly Item[]): AlignedRow[] {
  const ka = a.map(itemKey);
  const kb = b.map(itemKey);
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] =
        ka[i] === kb[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const rows: AlignedRow[] = [];
  let gapA: Item[] = [];
  let gapB: Item[] = [];
  const flush = () => {
    for (let k = 0; k < Math.max(gapA.length, gapB.length); k++)
      rows.push({ month, a: gapA[k] ?? null, b: gapB[k] ?? null, same: false });
    gapA = [];
    gapB = [];
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && ka[i] === kb[j]) {
      flush();
      rows.push({ month, a: a[i]!, b: b[j]!, same: true });
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && lcs[i + 1]![j]! >= lcs[i]![j + 1]!))
      gapA.push(a[i++]!);
    else gapB.push(b[j++]!);
  }
  flush();
  return rows;
}

function byMonth(items: readonly Item[]): Map<MonthIndex, Item[]> {
  const out = new Map<MonthIndex, Item[]>();
  for (const i of items) {
    const list = out.get(i.lead.month);
    if (list) list.push(i);
    else out.set(i.lead.month, [i]);
  }
  return out;
}

export function compareChronicles(a: Chronicle, b: Chronicle): ChronicleComparison {
  const ea = chronicleEntries(a);
  const eb = chronicleEntries(b);
  const ma = byMonth(a.acts.flatMap((act) => itemsOf(act.entries)));
  const mb = byMonth(b.acts.flatMap((act) => itemsOf(act.entries)));
  const months = [...new Set([...ma.keys(), ...mb.keys()])].sort((x, y) => x - y);
  return {
    sameGame: a.scenario === b.scenario && a.seed === b.seed,
    fork: findFork(ea, eb),
    rows: months.flatMap((m) => alignMonth(m, ma.get(m) ?? [], mb.get(m) ?? [])),
  };
}
