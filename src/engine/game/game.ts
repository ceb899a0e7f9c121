// A game in progress as front ends hold it: the scenario, the seed, every action taken and the
// state they lead to. Undo is replay to an earlier point, never past revealed randomness.
import { makeSave, stateHash, type SaveData } from './save';
import { initialState } from '../rules/state';
import { step } from '../rules/step';
import type { Action, GameState, LogEntry, Result, Scenario, StepError } from '../types';

export interface Game {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly state: GameState;
  readonly actions: readonly Action[];
  /** Random numbers drawn before each action: undo may not cross a draw. */
  readonly drawsBefore: readonly number[];
}

export function newGame(scenario: Scenario, seed: number): Game {
  return { scenario, seed, state: initialState(scenario, seed), actions: [], drawsBefore: [] };
}

export function play(
  game: Game,
  action: Action,
): Result<{ game: Game; log: readonly LogEntry[] }, StepError> {
  const r = step(game.scenario, game.state, action);
  if (!r.ok) return r;
  return {
    ok: true,
    value: {
      game: {
        ...game,
        state: r.value.state,
        actions: [...game.actions, action],
        drawsBefore: [...game.drawsBefore, game.state.draws],
      },
      log: r.value.log,
    },
  };
}

/** How many of the last actions can be taken back without revealing new randomness. */
export function undoableActions(game: Game): number {
  let n = 0;
  for (let i = game.actions.length - 1; i >= 0 && game.drawsBefore[i] === game.state.draws; i--)
    n++;
  return n;
}

export function gameFromReplay(
  scenario: Scenario,
  seed: number,
  actions: readonly Action[],
): Result<Game, { index: number; code: StepError }> {
  let game = newGame(scenario, seed);
  for (let i = 0; i < actions.length; i++) {
    const r = play(game, actions[i]!);
    if (!r.ok) return { ok: false, error: { index: i, code: r.error } };
    game = r.value.game;
  }
  return { ok: true, value: game };
}

/** The game with its last `n` actions taken back (replayed from the start). */
export function undo(game: Game, n = 1): Game {
  const keep = game.actions.slice(0, Math.max(0, game.actions.length - n));
  const r = gameFromReplay(game.scenario, game.seed, keep);
  return r.ok ? r.value : game;
}

export function saveGame(game: Game, players: Readonly<Record<string, string>>): string {
  const data: SaveData = {
    scenario: { id: game.scenario.id, contentHash: game.scenario.contentHash },
    seed: game.seed,
    players,
    actions: game.actions,
    stateHash: stateHash(game.state),
    turn: game.state.turn,
  };
  return makeSave(data);
}
