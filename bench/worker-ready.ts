// The worker's start-up, in Node on its own code path (src/web/worker/compile.ts): from the
// bundled scenario's module, as the build makes it, to the title screen's facts the worker's
// `init` answers with. Each run is a fresh process, so the figure is cold, as a worker starts.
//   node --import tsx bench/worker-ready.ts            the figures (spawns the runs)
//   node --import tsx bench/worker-ready.ts <module.json> yaml|shipped   one run, in ms
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile, compileBundled, type BundledModule } from '../src/web/worker/compile';
import { scenarioInfo } from '../src/web/worker/session';

const BUDGET_MS = 30;
const RUNS = 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

if (process.argv[2]) {
  const module = JSON.parse(readFileSync(process.argv[2], 'utf8')) as BundledModule;
  const t0 = performance.now();
  const scenario =
    process.argv[3] === 'shipped'
      ? compileBundled(module, 'bench').scenario
      : compile(module.default, 'bench');
  scenarioInfo(scenario);
  process.stdout.write(String(performance.now() - t0));
} else {
  const dir = mkdtempSync(join(tmpdir(), 'uchronia-ready-'));
  try {
    console.log(
      `\nWeb: worker start to ready, in Node (cold: median of ${RUNS} fresh processes each)`,
    );
    for (const id of ['red-mexico-1945', 'cuban-missiles-1962']) {
      const made = execFileSync(
        process.execPath,
        ['--import', 'tsx', 'scripts/shipped-scenario.ts', id],
        { encoding: 'utf8', maxBuffer: 64 << 20 },
      );
      const file = join(dir, `${id}.json`);
      writeFileSync(file, made.replace(/^\{"files":/, '{"default":'));
      const run = (how: string) =>
        Number(
          execFileSync(process.execPath, ['--import', 'tsx', 'bench/worker-ready.ts', file, how], {
            encoding: 'utf8',
          }),
        );
      const yaml: number[] = [];
      const shipped: number[] = [];
      // interleaved, so the machine's noise falls on both alike
      for (let i = 0; i < RUNS; i++) (yaml.push(run('yaml')), shipped.push(run('shipped')));
      const [y, s] = [median(yaml), median(shipped)];
      console.log(
        `  ${id.padEnd(22)} from YAML ${y.toFixed(0).padStart(4)} ms, shipped pre-checked ${s.toFixed(0).padStart(4)} ms (×${(y / s).toFixed(1)})${id === 'red-mexico-1945' ? ` — budget ${BUDGET_MS} ms: ${s <= BUDGET_MS ? 'within budget' : 'OVER BUDGET'}` : ''}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
