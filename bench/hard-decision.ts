// How long the hardest difficulty takes to decide at the states of one game the priority bots
// play (as bench/run.ts measures it, on the engine now alone): its worst and median decision,
// in CPU time, which leaves out the time other work on the machine takes from it; and a digest of
// the decisions, to tell that a faster engine decides the same.
//   node bench/bundled.mjs bench/hard-decision.ts [seed]
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { loadScenarioDir, resolveScenarioDir } from '../src/node/scenario-dir';
import { DIFFICULTIES, policyByName, priorityPolicy } from '../src/ai';
import {
  generatorFrom,
  initialState,
  legalActions,
  seedRng,
  stepInPlace,
  viewFor,
  waitingFor,
} from '../src/engine';

const seed = Number(process.argv[2] ?? 7);
const loaded = loadScenarioDir(resolveScenarioDir('red-mexico-1945'));
if (!loaded.ok) throw new Error('the flagship does not load');
const scenario = loaded.scenario;
const hard = policyByName(DIFFICULTIES.hard)!;
const state = initialState(scenario, seed);
const rng = generatorFrom(seedRng(seed));
const times: number[] = [];
const decisions: string[] = [];
while (state.phase !== 'ended') {
  const f = waitingFor(scenario, state)[0]!;
  const view = viewFor(scenario, state, f);
  const legal = legalActions(scenario, view);
  if (f === scenario.player) {
    const t0 = process.cpuUsage();
    decisions.push(JSON.stringify(hard.decide(scenario, view, legal, rng)));
    const { user, system } = process.cpuUsage(t0);
    times.push((user + system) / 1000);
  }
  stepInPlace(scenario, state, priorityPolicy.decide(scenario, view, legal, rng));
}
times.sort((a, b) => a - b);
console.log(
  `hard (${DIFFICULTIES.hard}): worst ${times[times.length - 1]!.toFixed(0)} ms, median ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms over ${times.length} decisions (digest ${bytesToHex(sha256(utf8ToBytes(decisions.join('\n')))).slice(0, 16)})`,
);
