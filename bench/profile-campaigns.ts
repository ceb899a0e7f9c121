// Plays random campaigns of the flagship for a few seconds, for a CPU profile:
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/bundled.mjs bench/profile-campaigns.ts [policy] [seconds]
// or a fixed number of them (seeds 0 to N-1), the same work every run, for counts of
// instructions that the machine's other work does not move:
//   perf stat -e instructions:u node bench/bundled.mjs bench/profile-campaigns.ts random 0 300
import { loadScenarioDir, resolveScenarioDir } from '../src/node/scenario-dir';
import { policyByName } from '../src/ai';
import { runCampaign } from '../src/analysis/campaign';

const name = process.argv[2] ?? 'random';
const seconds = Number(process.argv[3] ?? 5);
const count = Number(process.argv[4] ?? 0);
const loaded = loadScenarioDir(resolveScenarioDir('red-mexico-1945'));
if (!loaded.ok) throw new Error('the flagship does not load');
const scenario = loaded.scenario;
const policy = policyByName(name)!;
const policies = Object.fromEntries(scenario.index.playable.map((f) => [f, policy]));
const t0 = performance.now();
let n = 0;
if (count > 0) while (n < count) runCampaign(scenario, n++, policies);
else while (performance.now() - t0 < seconds * 1000) runCampaign(scenario, n++, policies);
console.log(`${name}: ${(n / ((performance.now() - t0) / 1000)).toFixed(0)} campaigns/s`);
