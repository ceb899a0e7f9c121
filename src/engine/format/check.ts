// The semantic checker: every name resolved, every expression and effect compiled, every rule
// of the format enforced, every text present. Reports through the loader's reporter.
import { BUILTIN_VARIABLES, compileBool, compileNum, type NameTable } from '../expr/compile';
import { FUNCTION_INDEX, TARGET } from '../expr/functions';
import { parseDate } from '../expr/parse';
import { countsDays, MAX_TURN_LENGTH, MONTHLY, parseTurn, tickOf, turnOfTick } from '../calendar';
import { compileEffectList, type EffectEnv } from '../expr/effects';
import type { LoadedFile, Reporter } from './source';
import type { EndingInput, EventInput, OrderInput, RoutineInput, ScenarioFile } from './schema';
import { didYouMean } from '../suggest';
import {
  SCENARIO_FORMAT_VERSION,
  type CharacterDef,
  type ChoiceDef,
  type CompiledBool,
  type CompiledNum,
  type Effect,
  type EndingDef,
  type EventDef,
  type Modifier,
  type OrderDef,
  type Scenario,
  type TrackDef,
} from '../types';
import { checkTexts } from './texts';
import { withIndex } from './scenario-index';
import { checkTriggerCycles, collectTriggers } from './triggers';
import { endingsLedTo, warnFollowUpsFiringAlone } from './follow-ups';
import { checkAi } from './ai-weights';
import { checkRoutines } from './check-routines';
import { checkUnread } from './unread';
import { checkSecrets } from './secrets';
import { checkMagnitudes, checkProbability, checkStages, reportedAt } from './ranges';
import type { Interval } from '../expr/numbers';
import type { Path } from './yaml';

/** Names no id may take: they would shadow the language or reach JavaScript internals. */
const RESERVED = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  ...Object.keys(BUILTIN_VARIABLES),
  ...FUNCTION_INDEX.keys(),
  TARGET,
  'none',
  'and',
  'or',
  'not',
  'true',
  'false',
]);

/** Which kinds share a namespace, when that is not obvious from the message. */
const NAMESPACE_HINTS: Partial<Record<string, string>> = {
  variable: 'tracks, flags and derived figures share one namespace',
  action: 'orders and events share one namespace',
};

interface Declared<T> {
  readonly item: T;
  readonly file: LoadedFile;
  readonly path: Path;
}

export function checkScenario(
  files: readonly LoadedFile[],
  hash: string,
  reporter: Reporter,
): Scenario | null {
  const byName = new Map(files.map((f) => [f.name, f]));
  const main = byName.get('scenario.yaml');
  if (!main) {
    reporter.report(
      'scenario.yaml',
      [],
      'error',
      'E_MISSING_FILE',
      'the folder has no scenario.yaml',
    );
    return null;
  }
  let failed = false;
  const err = (
    file: LoadedFile,
    path: Path,
    code: string,
    message: string,
    hint?: string,
    offset?: number,
  ) => {
    failed = true;
    reporter.report(file, path, 'error', code, message, hint, offset);
  };
  const warn = (file: LoadedFile, path: Path, code: string, message: string, hint?: string) =>
    reporter.report(file, path, 'warning', code, message, hint);
  const outOfRange = checkMagnitudes(files, err);

  const s = main.value as ScenarioFile;
  if (s.formatVersion > SCENARIO_FORMAT_VERSION)
    err(
      main,
      ['formatVersion'],
      'E_FORMAT_VERSION',
      `this scenario needs format version ${s.formatVersion}; this engine reads up to ${SCENARIO_FORMAT_VERSION}`,
      'update Uchronia',
    );

  const calendar = s.turn === undefined ? MONTHLY : parseTurn(s.turn);
  if (!calendar)
    err(
      main,
      ['turn'],
      'E_BAD_TURN',
      `\`${s.turn}\` is not a turn length`,
      `write \`month\`, \`week\`, \`day\`, or a number of them from 1 to ${MAX_TURN_LENGTH} such as \`3 days\``,
    );
  const cal = calendar ?? MONTHLY;
  const date = (file: LoadedFile, path: Path, text: string): number => {
    const d = parseDate(text);
    if (!d) {
      err(file, path, 'E_BAD_DATE', `\`${text}\` is not a real date`);
      return 0;
    }
    return tickOf(cal, d.month, d.day);
  };
  const dayOf = (text: string | undefined): number | null =>
    text ? (parseDate(text)?.day ?? null) : null;

  // --- declarations -------------------------------------------------------------------------
  const namespaces = new Map<string, Map<string, { file: LoadedFile; path: Path }>>();
  const declare = (ns: string, file: LoadedFile, path: Path, id: string): void => {
    const seen = namespaces.get(ns) ?? new Map<string, { file: LoadedFile; path: Path }>();
    namespaces.set(ns, seen);
    const first = seen.get(id);
    if (RESERVED.has(id))
      err(
        file,
        [...path, 'id'],
        'E_RESERVED_ID',
        `\`${id}\` is a reserved name`,
        'choose another id',
      );
    else if (first) {
      const at = first.file.yaml.locate([...first.path, 'id']);
      err(
        file,
        [...path, 'id'],
        'E_DUPLICATE_ID',
        `\`${id}\` is declared twice: here and at ${first.file.name}:${at.line}:${at.col}`,
        (first.path[0] !== path[0] && NAMESPACE_HINTS[ns]) ||
          'ids of one kind are unique across files',
      );
    } else seen.set(id, { file, path });
  };
  const flags = s.flags ?? [];
  const derivedIn = s.derived ?? [];
  const characters = s.characters ?? [];
  s.factions.forEach((f, i) => declare('faction', main, ['factions', i], f.id));
  s.tracks.forEach((t, i) => declare('variable', main, ['tracks', i], t.id));
  flags.forEach((f, i) => declare('variable', main, ['flags', i], f.id));
  derivedIn.forEach((d, i) => declare('variable', main, ['derived', i], d.id));
  s.regions.forEach((r, i) => declare('region', main, ['regions', i], r.id));
  characters.forEach((c, i) => declare('character', main, ['characters', i], c.id));
  s.acts.forEach((a, i) => declare('act', main, ['acts', i], a.id));

  const orders: Declared<OrderInput>[] = [];
  const events: Declared<EventInput>[] = [];
  const endings: Declared<EndingInput>[] = [];
  for (const file of files) {
    if (file.name === 'orders.yaml')
      (file.value as { orders: OrderInput[] }).orders.forEach((o, i) => {
        orders.push({ item: o, file, path: ['orders', i] });
        declare('action', file, ['orders', i], o.id);
      });
    if (file.name.startsWith('events/'))
      (file.value as { events: EventInput[] }).events.forEach((e, i) => {
        events.push({ item: e, file, path: ['events', i] });
        declare('action', file, ['events', i], e.id);
      });
    if (file.name === 'endings.yaml')
      (file.value as { endings: EndingInput[] }).endings.forEach((e, i) => {
        endings.push({ item: e, file, path: ['endings', i] });
        declare('ending', file, ['endings', i], e.id);
      });
  }
  if (!byName.has('endings.yaml'))
    err(main, [], 'E_MISSING_FILE', 'the folder has no endings.yaml');
  if (!byName.has('texts/en.yaml'))
    err(
      main,
      [],
      'E_MISSING_FILE',
      'the folder has no texts/en.yaml',
      'every text lives there, under keys',
    );

  const factionIds = new Set(s.factions.map((f) => f.id));
  const playable = new Set(s.factions.filter((f) => f.playable).map((f) => f.id));
  const trackIds = new Set(s.tracks.map((t) => t.id));
  const checkFaction = (
    file: LoadedFile,
    path: Path,
    id: string,
    mustPlay = false,
    allowNone = false,
  ): void => {
    if (allowNone && id === 'none') return;
    if (!factionIds.has(id))
      err(file, path, 'E_UNKNOWN_REF', `unknown faction \`${id}\``, didYouMean(id, factionIds));
    else if (mustPlay && !playable.has(id))
      err(
        file,
        path,
        'E_NOT_PLAYABLE',
        `faction \`${id}\` is not playable`,
        'only playable factions give orders and choose',
      );
  };

  const names: NameTable = {
    tracks: trackIds,
    flags: new Set(flags.map((f) => f.id)),
    derived: new Set(derivedIn.map((d) => d.id)),
    events: new Map(events.map((e) => [e.item.id, (e.item.choices ?? []).map((c) => c.id)])),
    factions: factionIds,
    regions: new Set(s.regions.map((r) => r.id)),
    characters: new Set(characters.map((c) => c.id)),
    clocks: new Set(s.tracks.filter((t) => t.stages).map((t) => t.id)),
    tags: new Set(s.regions.flatMap((r) => r.tags ?? [])),
    target: false,
    bounds: new Map(s.tracks.map((t) => [t.id, [t.min ?? 0, t.max ?? 100] as Interval])),
    calendar: cal,
  };
  const endingIds = new Set(endings.map((e) => e.item.id));

  // --- compilation helpers ------------------------------------------------------------------
  const triggers = new Map<string, { to: string; file: LoadedFile; path: Path }[]>();
  const makeEnv = (file: LoadedFile, table: NameTable, from: string | null): EffectEnv => ({
    names: table,
    endings: endingIds,
    report: (path, code, message, hint) => err(file, path, code, message, hint),
    onTrigger: (event, path) => {
      if (from === null) return;
      const list = triggers.get(from) ?? [];
      list.push({ to: event, file, path });
      triggers.set(from, list);
    },
    num: (value, path) => num(file, path, value, table),
    probability: (value, path) => probability(file, path, value, table),
    bool: (value, path) => bool(file, path, value, table),
  });
  const numAndRange = (
    file: LoadedFile,
    path: Path,
    value: unknown,
    table: NameTable,
  ): { value: CompiledNum; range: Interval } | null => {
    if (typeof value !== 'number' && typeof value !== 'string') {
      err(file, path, 'E_TYPE', 'expected a number or an expression');
      return null;
    }
    if (reportedAt(outOfRange, file, path)) return null;
    const r = compileNum(value, table);
    if (r.ok) return r;
    for (const e of r.errors)
      err(file, path, e.code, e.message, e.hint, typeof value === 'string' ? e.at : undefined);
    return null;
  };
  const num = (file: LoadedFile, path: Path, value: unknown, table: NameTable = names) =>
    numAndRange(file, path, value, table)?.value ?? null;
  const probability = (file: LoadedFile, path: Path, value: unknown, table: NameTable) => {
    const r = numAndRange(file, path, value, table);
    if (r) checkProbability(file, path, value, r.value.constant, r.range, err);
    return r?.value ?? null;
  };
  const bool = (
    file: LoadedFile,
    path: Path,
    value: unknown,
    table: NameTable = names,
  ): CompiledBool | null => {
    if (typeof value !== 'boolean' && typeof value !== 'string') {
      err(file, path, 'E_TYPE', 'expected true, false or a condition');
      return null;
    }
    const r = compileBool(value, table);
    if (r.ok && r.never)
      reporter.report(file, path, 'warning', r.never.code, r.never.message, undefined, r.never.at);
    if (r.ok) return r.value;
    for (const e of r.errors)
      err(file, path, e.code, e.message, e.hint, typeof value === 'string' ? e.at : undefined);
    return null;
  };
  const optBool = (file: LoadedFile, path: Path, value: unknown, table: NameTable = names) =>
    value === undefined ? null : bool(file, path, value, table);
  const effects = (
    file: LoadedFile,
    path: Path,
    value: unknown,
    from: string | null,
    table: NameTable = names,
  ): Effect[] =>
    value === undefined ? [] : (compileEffectList(value, path, makeEnv(file, table, from)) ?? []);
  const modifiers = (
    path: Path,
    list: readonly { id: string; when?: unknown; value: unknown }[],
    table: NameTable = names,
  ): Modifier[] => {
    const seen = new Set<string>();
    return list.flatMap((m, i) => {
      if (seen.has(m.id))
        err(
          main,
          [...path, i, 'id'],
          'E_DUPLICATE_ID',
          `modifier \`${m.id}\` is declared twice here`,
        );
      seen.add(m.id);
      const value = num(main, [...path, i, 'value'], m.value, table);
      const when = optBool(main, [...path, i, 'when'], m.when, table);
      return value ? [{ id: m.id, when, value }] : [];
    });
  };

  // --- scenario.yaml ------------------------------------------------------------------------
  const start = date(main, ['start'], s.start);
  const end = date(main, ['end'], s.end);
  if (end < start) err(main, ['end'], 'E_BAD_VALUE', '`end` comes before `start`');
  if (turnOfTick({ calendar: cal, start }, end) > 1200)
    err(
      main,
      ['end'],
      'E_BAD_VALUE',
      countsDays(cal)
        ? 'a scenario may last at most 1200 turns'
        : 'a scenario may last at most 100 years',
    );
  checkFaction(main, ['player'], s.player, true);
  if (playable.size === 0) err(main, ['factions'], 'E_NO_PLAYABLE', 'no faction is playable');
  const acts = s.acts.map((a, i) => ({ id: a.id, from: date(main, ['acts', i, 'from'], a.from) }));
  acts.forEach((a, i) => {
    if (i > 0 && a.from <= acts[i - 1]!.from)
      err(main, ['acts', i, 'from'], 'E_BAD_ORDER', 'acts must be listed in the order they begin');
  });
  if (acts[0] && acts[0].from > start)
    err(main, ['acts', 0, 'from'], 'E_BAD_VALUE', 'the first act must begin on or before `start`');

  flags.forEach((f, i) =>
    (f.visibleTo ?? []).forEach((id, j) => checkFaction(main, ['flags', i, 'visibleTo', j], id)),
  );
  const tracks: TrackDef[] = s.tracks.map((t, i) => {
    const path = ['tracks', i];
    const min = t.min ?? 0;
    const max = t.max ?? 100;
    if (min >= max) err(main, [...path, 'max'], 'E_BAD_VALUE', '`max` must be greater than `min`');
    if (t.initial < min || t.initial > max)
      err(
        main,
        [...path, 'initial'],
        'E_BAD_VALUE',
        `initial value ${t.initial} is outside ${min}..${max}`,
      );
    if (t.owner !== undefined) checkFaction(main, [...path, 'owner'], t.owner);
    if (t.private && t.owner === undefined)
      err(main, [...path, 'private'], 'E_BAD_VALUE', 'a private track needs an `owner`');
    const stages = t.stages ?? [];
    checkStages(main, path, stages, min, max, err);
    stages.forEach((st, j) => {
      if (j > 0 && st.at <= stages[j - 1]!.at)
        err(
          main,
          [...path, 'stages', j, 'at'],
          'E_BAD_ORDER',
          'stages must rise: each `at` above the one before',
        );
    });
    return {
      id: t.id,
      initial: t.initial,
      min,
      max,
      owner: t.owner ?? null,
      private: t.private ?? false,
      drift: modifiers([...path, 'drift'], t.drift ?? []),
      stages: stages.map((st) => ({ id: st.id, at: st.at })),
    };
  });
  const derived = derivedIn.map((d, i) => {
    const earlier = new Set(derivedIn.slice(0, i).map((x) => x.id));
    return {
      id: d.id,
      terms: modifiers(['derived', i, 'terms'], d.terms, { ...names, derived: earlier }),
    };
  });
  const regions = s.regions.map((r, i) => {
    checkFaction(main, ['regions', i, 'control'], r.control, false, true);
    return {
      id: r.id,
      lat: r.lat,
      lon: r.lon,
      country: r.country,
      control: r.control,
      unrest: r.unrest ?? 0,
      tags: r.tags ?? [],
    };
  });
  const chars: CharacterDef[] = characters.map((c, i) => {
    if (c.faction !== undefined) checkFaction(main, ['characters', i, 'faction'], c.faction);
    return {
      id: c.id,
      faction: c.faction ?? null,
      born: date(main, ['characters', i, 'born'], c.born),
      health: c.health,
    };
  });

  // --- orders -------------------------------------------------------------------------------
  const canonTargets = (file: LoadedFile, path: Path, o: OrderInput): string[] | null => {
    const list = o.canon?.targets;
    if (!list) return null;
    if (o.target !== 'region')
      err(file, [...path, 'canon', 'targets'], 'E_BAD_VALUE', '`targets` needs `target: region`');
    list.forEach((r, j) => {
      if (!names.regions.has(r))
        err(
          file,
          [...path, 'canon', 'targets', j],
          'E_UNKNOWN_REF',
          `unknown region \`${r}\``,
          didYouMean(r, names.regions),
        );
    });
    return [...list];
  };
  const routinesFile = byName.get('routines.yaml');
  const routineFactions = new Set(
    ((routinesFile?.value as { routines?: { faction: string }[] } | undefined)?.routines ?? []).map(
      (r) => r.faction,
    ),
  );
  const orderDefs: OrderDef[] = orders.map(({ item: o, file, path }) => {
    // A non-playable faction gives orders only by its routine, which the engine plays.
    if (routineFactions.has(o.faction) && !playable.has(o.faction)) {
      checkFaction(file, [...path, 'faction'], o.faction);
      if (o.canon)
        warn(
          file,
          [...path, 'canon'],
          'W_IGNORED',
          `\`${o.faction}\` follows its routine on every line, the canon one too: \`canon\` is ignored`,
        );
    } else if (factionIds.has(o.faction) && !playable.has(o.faction))
      err(
        file,
        [...path, 'faction'],
        'E_NOT_PLAYABLE',
        `faction \`${o.faction}\` is not playable and has no routine`,
        'give it a routine in routines.yaml, or give the order to a playable faction',
      );
    else checkFaction(file, [...path, 'faction'], o.faction, true);
    const table: NameTable = o.target === 'region' ? { ...names, target: true } : names;
    const cost = Object.entries(o.cost ?? {}).map(([track, amount]) => {
      if (!trackIds.has(track))
        err(
          file,
          [...path, 'cost', track],
          'E_UNKNOWN_REF',
          `unknown track \`${track}\``,
          didYouMean(track, trackIds),
        );
      return [track, amount] as const;
    });
    if (o.where !== undefined && o.target !== 'region')
      err(file, [...path, 'where'], 'E_BAD_VALUE', '`where` needs `target: region`');
    if (o.exposure !== undefined && !o.covert)
      warn(file, [...path, 'exposure'], 'W_IGNORED', '`exposure` only matters for a covert order');
    const canon = o.canon
      ? {
          from: date(file, [...path, 'canon', 'from'], o.canon.from),
          until: date(file, [...path, 'canon', 'until'], o.canon.until),
          targets: canonTargets(file, path, o),
        }
      : null;
    return {
      id: o.id,
      faction: o.faction,
      cost,
      targeted: o.target === 'region',
      where: optBool(file, [...path, 'where'], o.where, table),
      when: optBool(file, [...path, 'when'], o.when, names),
      chance:
        o.chance === undefined ? null : probability(file, [...path, 'chance'], o.chance, table),
      effects: effects(file, [...path, 'effects'], o.effects, null, table),
      failure: effects(file, [...path, 'failure'], o.failure, null, table),
      covert: o.covert ?? false,
      exposure:
        o.exposure === undefined
          ? null
          : probability(file, [...path, 'exposure'], o.exposure, table),
      canon,
    };
  });

  // --- events -------------------------------------------------------------------------------
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
    const seen = new Set<string>();
    choices.forEach((c, j) => {
      if (seen.has(c.id))
        err(
          file,
          [...path, 'choices', j, 'id'],
          'E_DUPLICATE_ID',
          `option \`${c.id}\` is declared twice`,
        );
      seen.add(c.id);
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

  // --- endings ------------------------------------------------------------------------------
  const endingDefs: EndingDef[] = endings.map(({ item: e, file, path }) => {
    for (const f of Object.keys(e.score)) checkFaction(file, [...path, 'score', f], f, true);
    for (const f of playable)
      if (!(f in e.score))
        err(
          file,
          [...path, 'score'],
          'E_MISSING_KEY',
          `score for \`${f}\` is missing`,
          'every ending scores every playable faction',
        );
    if (e.when === undefined && !e.fallback && !ledTo.has(e.id))
      warn(
        file,
        [...path, 'id'],
        'W_UNREACHABLE_ENDING',
        `ending \`${e.id}\` has no \`when\` and no \`end\` effect leads to it`,
        'give it a `when`, or end the game on it with `- end: ' + e.id + '`',
      );
    return {
      id: e.id,
      when: optBool(file, [...path, 'when'], e.when),
      warning: optBool(file, [...path, 'warning'], e.warning),
      priority: e.priority ?? 0,
      canon: e.canon ?? false,
      fallback: e.fallback ?? false,
      score: { ...e.score },
    };
  });
  const endingsFile = byName.get('endings.yaml');
  if (endingsFile) {
    const fallbacks = endingDefs.filter((e) => e.fallback).length;
    if (fallbacks !== 1)
      err(
        endingsFile,
        ['endings'],
        'E_FALLBACK',
        `exactly one ending is the \`fallback\` (found ${fallbacks})`,
        'it is taken when the calendar runs out',
      );
    if (endingDefs.filter((e) => e.canon).length > 1)
      err(endingsFile, ['endings'], 'E_CANON_ENDING', 'at most one ending is `canon`');
  }

  const ai = checkAi(
    byName.get('ai.yaml'),
    {
      factions: factionIds,
      tracks: trackIds,
      flags: names.flags,
      orders: new Set(orderDefs.map((o) => o.id)),
      events: names.events,
    },
    err,
  );

  checkUnread(
    {
      main,
      s,
      orders,
      events,
      endings,
      routines: (routinesFile?.value as { routines: RoutineInput[] } | undefined)?.routines ?? [],
    },
    warn,
  );
  const routines = checkRoutines(routinesFile, {
    names,
    orders: new Map(orderDefs.map((o) => [o.id, o])),
    err,
    bool: (file, path, value, table) => bool(file, path, value, table),
    num: (file, path, value, table) => num(file, path, value, table),
  });

  // --- texts --------------------------------------------------------------------------------
  const texts = checkTexts(
    files,
    { s, tracks, derived, regions, chars, acts, orders, events, endings },
    reporter,
  );
  if (!texts) failed = true;

  if (failed || !texts) return null;
  const scenario: Omit<Scenario, 'index'> = {
    formatVersion: s.formatVersion,
    id: s.id,
    contentHash: hash,
    calendar: cal,
    start,
    end,
    player: s.player,
    acts,
    factions: s.factions.map((f) => ({
      id: f.id,
      playable: f.playable,
      ordersPerTurn: f.ordersPerTurn ?? 2,
      color: f.color ?? null,
    })),
    tracks,
    flags: flags.map((f) => ({
      id: f.id,
      initial: f.initial ?? false,
      visibleTo: f.visibleTo ?? null,
    })),
    derived,
    regions,
    ...(s.map?.countries ? { map: { countries: [...s.map.countries] } } : {}),
    characters: chars,
    orders: orderDefs,
    events: eventDefs,
    endings: [...endingDefs].sort((a, b) => b.priority - a.priority),
    ai,
    routines,
    texts,
  };
  const compiled = withIndex(scenario);
  checkSecrets(compiled, orders, events, err);
  return failed ? null : compiled;
}
