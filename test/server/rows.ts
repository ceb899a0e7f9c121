// A match's row as the store holds it, for a match built in this process without a database.
import type { MatchRow } from '../../src/server/store';

/** The row of live match `m<g>` of `scenario`, seeded with `g`, at `turn`. */
export function liveMatchRow(scenario: string, g: number, turn = 0): MatchRow {
  return {
    id: `m${g}`,
    scenario,
    content_hash: '',
    seed: g,
    pace: JSON.stringify({ kind: 'live' }),
    status: 'live',
    seq: 0,
    turn,
    rematch_of: null,
    rematch: null,
    created_at: 0,
  };
}
