// What analysis keeps of one campaign: its ending and length, what fired and what was chosen,
// and the chosen tracks at the end of every month. The log and the actions are dropped.
import { turnCount, type Action, type GameState, type Scenario } from '../engine';
import type { Policy } from '../ai';
import { runMonthly } from './campaign';

export interface CampaignSummary {
  readonly seed: number;
  readonly ending: string;
  /** The turn play started from: 0, or the turn of the save it continued. */
  readonly firstTurn: number;
  /** The turn it ended on. */
  readonly turn: number;
  /** Event id → how many times it fired in the game (a save's earlier events included). */
  readonly fired: Readonly<Record<string, number>>;
  /** `event.option` → how many times that option was taken. */
  readonly options: Readonly<Record<string, number>>;
  /** The sampled tracks at the end of each month from `firstTurn` to `turn`, month by month:
   *  value of track j in month m at `(m - firstTurn) * tracks.length + j`. */
  readonly tracks: Float64Array;
}

/** Where a campaign starts: a fresh game, or a state reached by a save (its actions kept). */
export interface Start {
  readonly state: GameState;
  readonly actions: readonly Action[];
}

/** Plays one campaign and keeps its summary, sampling `tracks` every month. */
export function playSummarized(
  scenario: Scenario,
  seed: number,
  policies: Readonly<Record<string, Policy>>,
  tracks: readonly string[],
  from?: Start,
): CampaignSummary {
  const firstTurn = from?.state.turn ?? 0;
  const months = turnCount(scenario);
  const samples = new Float64Array(Math.max(0, months - firstTurn) * tracks.length);
  const record = (turn: number, state: GameState) => {
    const at = (turn - firstTurn) * tracks.length;
    if (at + tracks.length > samples.length) return;
    for (let j = 0; j < tracks.length; j++) samples[at + j] = state.tracks[tracks[j]!] ?? 0;
  };
  const { state } = runMonthly(
    scenario,
    seed,
    policies,
    from ? { state: from.state, actions: from.actions } : undefined,
    record,
  );
  const fired: Record<string, number> = {};
  for (const id in state.fired) fired[id] = state.fired[id]!.length;
  const options: Record<string, number> = {};
  for (const entry of state.log)
    if (entry.kind === 'choice') {
      const key = `${entry.event}.${entry.option}`;
      options[key] = (options[key] ?? 0) + 1;
    }
  const used = Math.min(samples.length, (state.turn - firstTurn + 1) * tracks.length);
  return {
    seed,
    ending: state.ending!,
    firstTurn,
    turn: state.turn,
    fired,
    options,
    tracks: samples.slice(0, used),
  };
}
