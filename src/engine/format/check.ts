// The semantic checker: every name resolved, every expression and effect compiled, every rule
// of the format enforced, every text present. Reports through the loader's reporter. Each file's
// part of the check lives in check/, named for what it checks.
import type { LoadedFile, Reporter } from './source';
import type { RoutineInput } from './schema';
import type { Scenario } from '../types';
import { checkTexts } from './texts';
import { withIndex } from './scenario-index';
import { checkAi } from './check/ai-weights';
import { checkRoutines } from './check/routines';
import { checkUnread } from './analyses/unread';
import { checkSecrets } from './analyses/secrets';
import { startCheck } from './check/basics';
import { declareAll } from './check/declarations';
import { expressionCheckers } from './check/expressions';
import { checkScenarioFile } from './check/scenario-file';
import { checkOrders } from './check/orders';
import { checkEvents } from './check/events';
import { checkEndings } from './check/endings';

export function checkScenario(
  files: readonly LoadedFile[],
  hash: string,
  reporter: Reporter,
): Scenario | null {
  const basics = startCheck(files, reporter);
  if (!basics) return null;
  const declared = declareAll(basics);
  const c = { ...basics, ...declared, ...expressionCheckers({ ...basics, ...declared }) };
  const { byName, main, state, err, warn, s, cal } = c;
  const { factionIds, trackIds, names, flags, orders, events, endings } = c;
  const { bool, num } = c;
  const { start, end, acts, tracks, derived, regions, chars } = checkScenarioFile(c);
  const { orderDefs, routinesFile } = checkOrders(c);
  const { eventDefs, ledTo } = checkEvents(c, { start, end }, orderDefs);
  const endingDefs = checkEndings(c, ledTo);
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
  if (!texts) state.failed = true;

  if (state.failed || !texts) return null;
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
  return state.failed ? null : compiled;
}
