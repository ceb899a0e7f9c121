// How renderers list entries: an event and the choice made on it read as one item.
import type { ChronicleEntry } from './types';

export interface Item {
  readonly lead: ChronicleEntry;
  /** The choice made on the lead event, when it follows it directly. */
  readonly choice: ChronicleEntry | null;
}

export function itemsOf(entries: readonly ChronicleEntry[]): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < entries.length; i++) {
    const lead = entries[i]!;
    const next = entries[i + 1];
    const pairs = lead.kind === 'event' && next?.kind === 'choice' && next.id === lead.id && next.turn === lead.turn;
    out.push({ lead, choice: pairs ? next : null });
    if (pairs) i++;
  }
  return out;
}
