// How renderers list entries: an event and the choice made on it read as one item, even when
// other events of the month fired between the event and the choice.
import type { ChronicleEntry } from '../types';

export interface Item {
  readonly lead: ChronicleEntry;
  /** The choice made on the lead event. */
  readonly choice: ChronicleEntry | null;
}

/** The latest item of the event a choice was made on, if it has no choice yet. */
function eventItem(
  items: { lead: ChronicleEntry; choice: ChronicleEntry | null }[],
  choice: ChronicleEntry,
) {
  for (let k = items.length - 1; k >= 0; k--) {
    const i = items[k]!;
    if (i.lead.kind === 'event' && i.lead.id === choice.id && i.lead.turn === choice.turn)
      return i.choice === null ? i : undefined;
  }
  return undefined;
}

export function itemsOf(entries: readonly ChronicleEntry[]): Item[] {
  const out: { lead: ChronicleEntry; choice: ChronicleEntry | null }[] = [];
  for (const e of entries) {
    const owner = e.kind === 'choice' ? eventItem(out, e) : undefined;
    if (owner) owner.choice = e;
    else out.push({ lead: e, choice: null });
  }
  return out;
}
