// ai.yaml: what the priority bot of each faction values, checked against the scenario's names.
import type { AiFile } from '../schema';
import type { LoadedFile } from '../source';
import { didYouMean } from '../../suggest';
import type { AiDef } from '../../types';
import type { Path } from '../yaml';

/** Weights that value unrest rather than a track. */
export const UNREST_WEIGHTS = ['unrest_own', 'unrest_rivals'] as const;

interface Known {
  readonly factions: ReadonlySet<string>;
  readonly tracks: ReadonlySet<string>;
  readonly flags: ReadonlySet<string>;
  readonly orders: ReadonlySet<string>;
  readonly events: ReadonlyMap<string, readonly string[]>;
}

type Err = (file: LoadedFile, path: Path, code: string, message: string, hint?: string) => void;

export function checkAi(file: LoadedFile | undefined, known: Known, err: Err): AiDef[] {
  if (!file) return [];
  const ai = file.value as AiFile;
  const check = (
    faction: string,
    section: string,
    keys: readonly string[],
    ok: (k: string) => boolean,
    what: string,
    candidates: Iterable<string>,
  ) => {
    for (const k of keys)
      if (!ok(k))
        err(
          file,
          ['factions', faction, section, k],
          'E_UNKNOWN_REF',
          `unknown ${what} \`${k}\``,
          didYouMean(k, candidates),
        );
  };
  const weightNames = [...known.tracks, ...UNREST_WEIGHTS];
  const choiceNames = [...known.events].flatMap(([e, options]) => options.map((o) => `${e}.${o}`));
  return Object.entries(ai.factions).map(([faction, def]) => {
    if (!known.factions.has(faction))
      err(
        file,
        ['factions', faction],
        'E_UNKNOWN_REF',
        `unknown faction \`${faction}\``,
        didYouMean(faction, known.factions),
      );
    check(
      faction,
      'weights',
      Object.keys(def.weights),
      (k) => weightNames.includes(k),
      'track',
      weightNames,
    );
    check(
      faction,
      'flags',
      Object.keys(def.flags ?? {}),
      (k) => known.flags.has(k),
      'flag',
      known.flags,
    );
    check(
      faction,
      'orders',
      Object.keys(def.orders ?? {}),
      (k) => known.orders.has(k),
      'order',
      known.orders,
    );
    check(
      faction,
      'choices',
      Object.keys(def.choices ?? {}),
      (k) => choiceNames.includes(k),
      'option (`event.option`)',
      choiceNames,
    );
    return {
      faction,
      weights: { ...def.weights },
      flags: { ...(def.flags ?? {}) },
      orders: { ...(def.orders ?? {}) },
      choices: { ...(def.choices ?? {}) },
    };
  });
}
