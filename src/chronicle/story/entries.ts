// One log entry becomes one chronicle entry, dated and in words; where it leaves the source
// timeline (a non-canon choice, a non-canon ending) it carries what happened there instead.
import {
  hasText,
  nameOf,
  tickName,
  turnName,
  turnStartOf,
  turnTick,
  type LogEntry,
  type Scenario,
} from '../../engine';
import {
  canonChoice,
  choiceSentence,
  endingNote,
  eventSentence,
  eventTitle,
  orderWords,
} from './sentences';
import type { ChronicleEntry } from '../types';

type Base = Omit<ChronicleEntry, 'kind' | 'id' | 'title' | 'text'>;

/** The date of an event, if it is dated to this very turn (a follow-up may fire elsewhen). */
function datedIn(
  scenario: Scenario,
  event: string,
  turn: number,
): { tick: number; day: number | null } | null {
  const def = scenario.index.event.get(event);
  return def && def.date !== null && turnStartOf(scenario, def.date) === turnTick(scenario, turn)
    ? { tick: def.date, day: def.day }
    : null;
}

function base(
  scenario: Scenario,
  e: LogEntry,
  dated: { tick: number; day: number | null } | null = null,
): Base {
  const month = turnTick(scenario, e.turn);
  return {
    turn: e.turn,
    month,
    day: dated?.day ?? null,
    date: dated ? tickName(scenario.calendar, dated.tick, dated.day) : turnName(scenario, e.turn),
    option: null,
    faction: null,
    target: null,
    repeat: null,
    source: null,
  };
}

/** The chronicle entry for a log entry, or null for what the chronicle leaves out (orders that
 *  failed or have no chronicle sentence). */
export function entryOf(scenario: Scenario, e: LogEntry, lang: string): ChronicleEntry | null {
  switch (e.kind) {
    case 'event': {
      const b = base(scenario, e, datedIn(scenario, e.event, e.turn));
      const title = eventTitle(scenario, e.event, lang);
      return {
        ...b,
        kind: 'event',
        id: e.event,
        title,
        text: eventSentence(scenario, e.event, lang),
      };
    }
    case 'choice': {
      const b = base(scenario, e, datedIn(scenario, e.event, e.turn));
      const canon = canonChoice(scenario, e.event, lang);
      return {
        ...b,
        kind: 'choice',
        id: e.event,
        option: e.option,
        faction: e.faction,
        title: eventTitle(scenario, e.event, lang),
        text: choiceSentence(scenario, e.event, e.option, e.faction, lang),
        source: canon && canon.id !== e.option ? canon : null,
      };
    }
    case 'order':
    case 'exposed': {
      if (
        e.kind === 'order' &&
        (!e.success || !hasText(scenario, `order.${e.order}.chronicle`, lang))
      )
        return null;
      const targets = e.target === undefined ? [] : [e.target];
      return {
        ...base(scenario, e, null),
        kind: e.kind,
        id: e.order,
        faction: e.faction,
        target: e.target ?? null,
        ...orderWords(scenario, e.kind, e.faction, e.order, targets, lang),
      };
    }
    case 'death': {
      const name = nameOf(scenario, 'character', e.character, lang);
      return {
        ...base(scenario, e, null),
        kind: 'death',
        id: e.character,
        title: name,
        text: `${name} died.`,
      };
    }
    case 'ending': {
      const reached = endingNote(scenario, e.ending, lang);
      const def = scenario.index.ending.get(e.ending);
      const canon = scenario.endings.find((x) => x.canon);
      return {
        ...base(scenario, e, null),
        kind: 'ending',
        id: e.ending,
        title: reached.title,
        text: reached.text,
        source: def && !def.canon && canon ? endingNote(scenario, canon.id, lang) : null,
      };
    }
  }
}
