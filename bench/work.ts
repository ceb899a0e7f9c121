// The work per campaign of one policy's play, counted on the engine now and the frozen one
// before it (see work-counts.ts):
//   node bench/bundled.mjs bench/work.ts [policy] [campaigns]
import { contenders } from './engines';
import { resolveScenarioDir } from '../src/node/scenario-dir';
import { printWork, workPerCampaign } from './work-counts';

const name = process.argv[2] ?? 'random';
const n = Number(process.argv[3] ?? 200);
const dir = resolveScenarioDir('red-mexico-1945');
const { now, before } = await contenders();
const a = workPerCampaign(now.engine, dir, now.engine.policyByName(name)!, n);
let b: ReturnType<typeof workPerCampaign> | null = null;
try {
  b = workPerCampaign(before.engine, dir, before.engine.policyByName(name)!, n);
} catch {
  // content that uses what the engine before did not read yet: the counts of now alone
}
console.log(
  `work per campaign, ${name} play, seeds 0-${n - 1}: now${b ? ` | ${before.name}` : ' (the engine before cannot load the flagship)'}`,
);
printWork(a, b);
