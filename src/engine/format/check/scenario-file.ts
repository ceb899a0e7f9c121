// scenario.yaml: the calendar, factions, tracks, derived figures, regions and characters.
import { countsDays, turnOfTick } from '../../calendar';
import type { CharacterDef, TrackDef } from '../../types';
import { checkStages } from '../analyses/ranges';
import type { CheckContext } from './context';

export function checkScenarioFile(c: CheckContext) {
  const { main, err, s, cal, date, playable, flags, derivedIn, characters, checkFaction, names } =
    c;
  const { modifiers } = c;
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
  return { start, end, acts, tracks, derived, regions, chars };
}
