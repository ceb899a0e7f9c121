// The look-ups a compiled scenario carries, built once after checking.
import { turnStartOf, type Timeline } from '../calendar';
import type { EventDef, Scenario } from '../types';

export function withIndex(s: Omit<Scenario, 'index'>): Scenario {
  const map = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));
  const routineOf = (faction: string) => s.routines.some((r) => r.faction === faction);
  return {
    ...s,
    index: {
      faction: map(s.factions),
      track: map(s.tracks),
      flag: map(s.flags),
      derived: map(s.derived),
      region: map(s.regions),
      character: map(s.characters),
      order: map(s.orders),
      event: map(s.events),
      ending: map(s.endings),
      playable: s.factions.filter((f) => f.playable).map((f) => f.id),
      routine: new Map(s.routines.map((r) => [r.faction, r])),
      automated: s.factions.filter((f) => !f.playable && routineOf(f.id)).map((f) => f.id),
      acting: s.factions.filter((f) => f.playable || routineOf(f.id)).map((f) => f.id),
      eventsByMonth: eventsByMonth(s, s.events),
      openEvents: s.events.filter((e) => e.date === null && !e.followUpOnly),
    },
  };
}

/** Dated events under the first tick of the turn they fall in (their month, when turns are
 *  months), each turn's in the order of their date. */
function eventsByMonth(time: Timeline, events: readonly EventDef[]): Map<number, EventDef[]> {
  const out = new Map<number, EventDef[]>();
  for (const e of events) {
    if (e.date === null || e.followUpOnly) continue;
    const key = turnStartOf(time, e.date);
    const list = out.get(key) ?? [];
    list.push(e);
    out.set(key, list);
  }
  for (const list of out.values())
    list.sort((a, b) => a.date! - b.date! || (a.day ?? 0) - (b.day ?? 0));
  return out;
}
