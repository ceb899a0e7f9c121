// The look-ups a compiled scenario carries, built once after checking.
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
      eventsByMonth: eventsByMonth(s.events),
      openEvents: s.events.filter((e) => e.date === null && !e.followUpOnly),
    },
  };
}

function eventsByMonth(events: readonly EventDef[]): Map<number, EventDef[]> {
  const out = new Map<number, EventDef[]>();
  for (const e of events) {
    if (e.date === null || e.followUpOnly) continue;
    const list = out.get(e.date) ?? [];
    list.push(e);
    out.set(e.date, list);
  }
  for (const list of out.values()) list.sort((a, b) => (a.day ?? 0) - (b.day ?? 0));
  return out;
}
