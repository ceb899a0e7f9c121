// The work per campaign of one policy's play, counted on the engine now and the frozen one
// before it (see work-counts.ts):
//   node bench/bundled.mjs bench/work.ts [policy] [campaigns]
import { contenders, scenarioDirFor } from './engines';
import { resolveScenarioDir } from '../src/node/scenario-dir';
import { printWork, workPerCampaign } from './work-counts';

const name = process.argv[2] ?? 'random';
const n = Number(process.argv[3] ?? 200);
const dir = resolveScenarioDir('red-mexico-1945');
const { now, before } = await contenders();
const a = workPerCampaign(now.engine, dir, now.engine.policyByName(name)!, n);
// the flagship as the engine before can read it (see scenarioDirFor), if it can
const dirBefore = scenarioDirFor(before, dir);
const b =
  dirBefore === null
    ? null
    : workPerCampaign(before.engine, dirBefore, before.engine.policyByName(name)!, n);
console.log(
  `work per campaign, ${name} play, seeds 0-${n - 1}: now${b ? ` | ${before.name}` : ' (the engine before cannot load the flagship)'}`,
);
printWork(a, b);
