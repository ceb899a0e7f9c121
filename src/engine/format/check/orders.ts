// orders.yaml: who gives each order, what it costs, where and when it may be given, and what it
// does.
import type { NameTable } from '../../expr/compile';
import type { LoadedFile } from '../source';
import type { OrderInput } from '../schema';
import { didYouMean } from '../../suggest';
import type { OrderDef } from '../../types';
import type { Path } from '../yaml';
import type { CheckContext } from './context';

export function checkOrders(c: CheckContext) {
  const { byName, err, warn, date, orders, names, factionIds, playable, trackIds } = c;
  const { checkFaction, optBool, probability, effects } = c;
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
  return { orderDefs, routinesFile };
}
