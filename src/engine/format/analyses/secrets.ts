// What a playable faction decides on must be what it can see: the conditions and costs of its
// orders and the conditions of the options it chooses among read only tracks, flags and events
// visible to it. Legal actions are then worked out from the faction's view alone, and agree with `step`.
import { readsHidden } from '../../rules/view/secrecy';
import type { CompiledBool, Scenario } from '../../types';
import type { LoadedFile } from '../source';
import type { Path } from '../yaml';

export type SecretError = (
  file: LoadedFile,
  path: Path,
  code: string,
  message: string,
  hint?: string,
) => void;

export interface Located {
  readonly file: LoadedFile;
  readonly path: Path;
}

const HINT =
  'what a faction decides on must be visible to it: make what it reads public, or visible to this faction';

export function checkSecrets(
  scenario: Scenario,
  orders: readonly Located[],
  events: readonly Located[],
  err: SecretError,
): void {
  const check = (
    faction: string,
    expr: CompiledBool | null,
    at: Located,
    field: Path,
    what: string,
  ) => {
    if (expr && readsHidden(scenario, faction, expr))
      err(
        at.file,
        [...at.path, ...field],
        'E_HIDDEN_CONDITION',
        `${what} \`${expr.source}\` reads something \`${faction}\` cannot see`,
        HINT,
      );
  };
  // Factions that give orders or choose: the others act by routine, from what they believe.
  const plays = (f: string) => scenario.index.faction.get(f)?.playable === true;
  scenario.orders.forEach((o, i) => {
    const at = orders[i]!;
    if (!plays(o.faction)) return;
    check(o.faction, o.when, at, ['when'], 'the condition');
    check(o.faction, o.where, at, ['where'], 'the condition');
    o.cost.forEach(([track]) => {
      const def = scenario.index.track.get(track);
      if (def?.private && def.owner !== o.faction)
        err(
          at.file,
          [...at.path, 'cost', track],
          'E_HIDDEN_CONDITION',
          `the cost is paid from \`${track}\`, a track \`${o.faction}\` cannot see`,
          HINT,
        );
    });
  });
  scenario.events.forEach((e, i) => {
    const at = events[i]!;
    if (e.decider && plays(e.decider))
      e.choices.forEach((c, j) =>
        check(e.decider!, c.when, at, ['choices', j, 'when'], 'the condition'),
      );
  });
}
