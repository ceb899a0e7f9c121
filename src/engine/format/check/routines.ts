// routines.yaml: how factions act by rule. Every rule names one of its faction's orders; a rule
// for an order aimed at a region may narrow and rank its targets, with `target` naming the region.
import type { NameTable } from '../../expr/compile';
import { didYouMean } from '../../suggest';
import type { CompiledBool, CompiledNum, OrderDef, RoutineDef, RoutineRule } from '../../types';
import type { RoutineInput } from '../schema';
import type { LoadedFile } from '../source';
import type { Path } from '../yaml';

export interface RoutineEnv {
  readonly names: NameTable;
  readonly orders: ReadonlyMap<string, OrderDef>;
  err(file: LoadedFile, path: Path, code: string, message: string, hint?: string): void;
  bool(file: LoadedFile, path: Path, value: unknown, table: NameTable): CompiledBool | null;
  num(file: LoadedFile, path: Path, value: unknown, table: NameTable): CompiledNum | null;
}

export function checkRoutines(file: LoadedFile | undefined, env: RoutineEnv): RoutineDef[] {
  if (!file) return [];
  const { names, err } = env;
  const seen = new Set<string>();
  return (file.value as { routines: RoutineInput[] }).routines.map((r, i) => {
    const path = ['routines', i];
    if (!names.factions.has(r.faction))
      err(
        file,
        [...path, 'faction'],
        'E_UNKNOWN_REF',
        `unknown faction \`${r.faction}\``,
        didYouMean(r.faction, names.factions),
      );
    if (seen.has(r.faction))
      err(
        file,
        [...path, 'faction'],
        'E_DUPLICATE_ID',
        `faction \`${r.faction}\` has two routines`,
        'write all its rules in one list: they are tried in order',
      );
    seen.add(r.faction);
    const rules = r.rules.flatMap((rule, j): RoutineRule[] => {
      const at = [...path, 'rules', j];
      const def = env.orders.get(rule.order);
      if (!def) {
        err(
          file,
          [...at, 'order'],
          'E_UNKNOWN_REF',
          `unknown order \`${rule.order}\``,
          didYouMean(rule.order, env.orders.keys()),
        );
        return [];
      }
      if (def.faction !== r.faction) {
        err(
          file,
          [...at, 'order'],
          'E_NOT_YOUR_ORDER',
          `order \`${rule.order}\` belongs to \`${def.faction}\`, not \`${r.faction}\``,
          'a routine gives only its own faction’s orders',
        );
        return [];
      }
      const aimed: NameTable = def.targeted ? { ...names, target: true } : names;
      for (const key of ['where', 'most', 'least'] as const)
        if (rule[key] !== undefined && !def.targeted)
          err(
            file,
            [...at, key],
            'E_BAD_VALUE',
            `\`${key}\` picks a region, and order \`${def.id}\` is not aimed at one`,
          );
      if (rule.most !== undefined && rule.least !== undefined)
        err(
          file,
          [...at, 'least'],
          'E_BAD_VALUE',
          'a rule ranks by `most` or by `least`, not both',
        );
      const when =
        rule.when === undefined ? null : env.bool(file, [...at, 'when'], rule.when, names);
      const where =
        rule.where === undefined ? null : env.bool(file, [...at, 'where'], rule.where, aimed);
      const byMost = rule.most !== undefined;
      const rankSrc = byMost ? rule.most : rule.least;
      const by =
        rankSrc === undefined
          ? null
          : env.num(file, [...at, byMost ? 'most' : 'least'], rankSrc, aimed);
      return [{ order: def.id, when, where, rank: by ? { by, sign: byMost ? 1 : -1 } : null }];
    });
    return { faction: r.faction, rules };
  });
}
