// The seats' views as the server keeps them: `GAMES` games of red-mexico-1945 played by the
// random bot, stepped in place, each of the three seats' viewers called after every action (as
// the server does for each update). Reports the CPU time of the viewers' calls per action.
//   node bench/bundled.mjs bench/server/views.ts
import { randomPolicy } from '../../src/ai';
import {
  generatorFrom,
  initialState,
  legalActions,
  makeViewer,
  seedRng,
  stepInPlace,
  viewFor,
  waitingFor,
} from '../../src/engine';
import { loadScenarioDir } from '../../src/node/scenario-dir';

const GAMES = Number(process.env.BENCH_GAMES ?? 60);
const loaded = loadScenarioDir('red-mexico-1945');
if (!loaded.ok) throw new Error('red-mexico-1945 does not load');
const scenario = loaded.scenario;
/** Plays the games, calling the seats' viewers after every action when `viewing`: the CPU
 *  time in µs and the actions played. */
function play(viewing: boolean): { cpu: number; actions: number; changes: number } {
  let actions = 0;
  let changes = 0;
  const t = process.cpuUsage();
  for (let g = 0; g < GAMES; g++) {
    const state = initialState(scenario, g);
    const rng = generatorFrom(seedRng(g));
    const viewers = scenario.index.playable.map((f) => makeViewer(scenario, f));
    while (state.phase !== 'ended') {
      if (viewing) for (const v of viewers) changes += v(state).changes.length;
      const f = waitingFor(scenario, state)[0]!;
      const view = viewFor(scenario, state, f);
      const error = stepInPlace(
        scenario,
        state,
        randomPolicy.decide(scenario, view, legalActions(scenario, view), rng),
      );
      if (error) throw new Error(error);
      actions++;
    }
  }
  const used = process.cpuUsage(t);
  return { cpu: used.user + used.system, actions, changes };
}

// the same games with and without the viewers, alternately: the difference is theirs
play(true);
let without = 0;
let withViews = 0;
let last = play(true);
for (let i = 0; i < 3; i++) {
  without += play(false).cpu;
  last = play(true);
  withViews += last.cpu;
}
console.log(
  `${last.actions} actions of ${GAMES} games: the three seats' views ${((withViews - without) / 3 / last.actions).toFixed(1)} µs of CPU per action (${(last.changes / last.actions / 3).toFixed(0)} known changes in each on average)`,
);
