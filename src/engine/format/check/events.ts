// events/*.yaml: when each event fires, who decides it and how, what it does, and which events
// nothing can ever fire.
import { parseDate } from '../../expr/parse';
import { turnOfTick } from '../../calendar';
import type { ChoiceDef, EventDef, OrderDef } from '../../types';
import { checkTriggerCycles, collectTriggers } from './triggers';
import { endingsLedTo, warnFollowUpsFiringAlone } from './follow-ups';
import type { CheckContext } from './context';

export function checkEvents(
  c: CheckContext,
  { start, end }: { start: number; end: number },
  orderDefs: readonly OrderDef[],
) {
  const { err, warn, where, s, cal, date, dayOf, events, checkFaction, optBool, effects } = c;
  const { triggers } = c;
  const eventDefs: EventDef[] = events.map(({ item: e, file, path }) => {
    const choices = e.choices ?? [];
    if (choices.length && e.decider === undefined)
      err(file, [...path, 'choices'], 'E_NO_DECIDER', 'an event with choices needs a `decider`');
    if (e.decider !== undefined) {
      checkFaction(file, [...path, 'decider'], e.decider, true);
      if (!choices.length)
        warn(file, [...path, 'decider'], 'W_IGNORED', '`decider` without `choices` has no effect');
    }
    const canonChoices = choices.filter((c) => c.canon);
    if (choices.length && canonChoices.length !== 1)
      err(
        file,
        [...path, 'choices'],
        'E_CANON_CHOICE',
        `an event with choices marks exactly one option \`canon: true\` (it has ${canonChoices.length})`,
        'the option the source timeline took',
      );
    const seen = new Map<string, number>();
    choices.forEach((c, j) => {
      const first = seen.get(c.id);
      if (first !== undefined)
        err(
          file,
          [...path, 'choices', j, 'id'],
          'E_DUPLICATE_ID',
          `option \`${c.id}\` is declared twice: here and at ${where(file, [...path, 'choices', first, 'id'])}`,
          'the options of one event have ids of their own: rename one',
        );
      else seen.set(c.id, j);
    });
    (e.visibleTo ?? []).forEach((f, j) => checkFaction(file, [...path, 'visibleTo', j], f));
    if (e.visibleTo && !e.hidden)
      warn(
        file,
        [...path, 'visibleTo'],
        'W_IGNORED',
        '`visibleTo` only matters for a hidden event',
      );
    if (e.cooldown !== undefined && !e.repeat)
      warn(
        file,
        [...path, 'cooldown'],
        'W_IGNORED',
        '`cooldown` only matters for a repeatable event',
      );
    const eventDate = e.date === undefined ? null : date(file, [...path, 'date'], e.date);
    if (
      eventDate !== null &&
      (e.after !== undefined || e.before !== undefined || e.mtth !== undefined)
    )
      err(
        file,
        [...path, 'date'],
        'E_BAD_VALUE',
        'an event with a `date` fires on that month: it takes no `after`, `before` or `mtth`',
      );
    // An impossible date has had its error; it is not outside the calendar besides.
    if (
      eventDate !== null &&
      parseDate(e.date!) &&
      (eventDate < start ||
        turnOfTick({ calendar: cal, start }, eventDate) > turnOfTick({ calendar: cal, start }, end))
    )
      err(
        file,
        [...path, 'date'],
        'E_OUT_OF_CALENDAR',
        `${e.date} is outside the scenario's calendar, so the event never fires`,
        `the calendar runs from ${s.start} to ${s.end}`,
      );
    if (e.canon && eventDate === null)
      err(
        file,
        [...path, 'canon'],
        'E_BAD_VALUE',
        'a canon event needs the `date` the source timeline gives it',
      );
    const followUpOnly =
      e.followUp === true ||
      (eventDate === null &&
        e.after === undefined &&
        e.before === undefined &&
        e.when === undefined &&
        e.mtth === undefined);
    // A canon follow-up's `date` is the source timeline's, which the chronicle reads: not ignored.
    const ignored = e.followUp
      ? (['date', 'after', 'mtth'] as const).filter(
          (k) => e[k] !== undefined && !(k === 'date' && e.canon),
        )
      : [];
    if (ignored.length)
      warn(
        file,
        [...path, 'followUp'],
        'W_IGNORED',
        `a follow-up event fires only when triggered: its ${ignored.map((k) => `\`${k}\``).join(', ')} ${ignored.length === 1 ? 'is' : 'are'} ignored (its \`when\` still applies)`,
      );
    const mtth = e.mtth ?? null;
    return {
      id: e.id,
      date: eventDate,
      day: dayOf(e.date),
      after: e.after === undefined ? null : date(file, [...path, 'after'], e.after),
      before: e.before === undefined ? null : date(file, [...path, 'before'], e.before),
      when: optBool(file, [...path, 'when'], e.when),
      monthlyChance: mtth === null ? 1 : 1 - Math.pow(2, -1 / mtth),
      mtth,
      repeat: e.repeat ?? false,
      cooldown: e.cooldown ?? 0,
      hidden: e.hidden ?? false,
      visibleTo: e.hidden ? (e.visibleTo ?? []) : null,
      canon: e.canon ?? false,
      followUpOnly,
      effects: effects(file, [...path, 'effects'], e.effects, e.id),
      decider: e.decider ?? null,
      choices: choices.map((c, j): ChoiceDef => ({
        id: c.id,
        canon: c.canon ?? false,
        when: optBool(file, [...path, 'choices', j, 'when'], c.when),
        effects: effects(file, [...path, 'choices', j, 'effects'], c.effects, e.id),
      })),
    };
  });
  checkTriggerCycles(eventDefs, triggers, err);
  const triggered = new Set([...triggers.values()].flat().map((t) => t.to));
  for (const o of orderDefs) collectTriggers(o.effects.concat(o.failure), triggered);
  warnFollowUpsFiringAlone(events, eventDefs, triggers, warn);
  const ledTo = endingsLedTo(eventDefs, orderDefs);
  events.forEach(({ item, file, path }, i) => {
    if (eventDefs[i]!.followUpOnly && !triggered.has(item.id))
      warn(
        file,
        [...path, 'id'],
        'W_UNREACHABLE_EVENT',
        `event \`${item.id}\` has no date, window or condition and nothing triggers it`,
      );
  });
  return { eventDefs, ledTo };
}
