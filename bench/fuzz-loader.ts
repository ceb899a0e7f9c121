// The loader fuzz, run on demand: mutants of the bundled scenarios and of the mini fixture, each
// loaded and judged (test/fuzz/mutate.ts). A mutant that throws, hangs, or gives an untyped or
// unlocated problem or a NaN is a failure, printed with the seed that reproduces it.
//   node --import tsx bench/fuzz-loader.ts [mutants=10000] [first-seed=1]
// Each mutant runs in a worker watched by a clock: one that takes more than HANG_MS is a hang.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { join } from 'node:path';
import {
  listBundledScenarios,
  readScenarioFiles,
  bundledScenarios,
} from '../src/node/scenario-dir';
import { judge, mutant } from '../test/fuzz/mutate';
import type { ScenarioFileText } from '../src/engine';

const HANG_MS = 30_000;
const MINI = new URL('../test/fixtures/mini', import.meta.url).pathname;

interface Job {
  readonly from: number;
  readonly to: number;
}
type Report =
  | { kind: 'start'; seed: number }
  | {
      kind: 'done';
      seed: number;
      corpus: string;
      valid: boolean;
      ms: number;
      failure?: string;
      steps: string[];
    };

function corpora(): { name: string; files: ScenarioFileText[] }[] {
  return [
    ...listBundledScenarios().map((name) => ({
      name,
      files: readScenarioFiles(join(bundledScenarios(), name)),
    })),
    { name: 'mini', files: readScenarioFiles(MINI) },
  ];
}

if (!isMainThread) {
  const { from, to } = workerData as Job;
  const all = corpora();
  for (let seed = from; seed < to; seed++) {
    // Mini loads ten times faster than a full scenario: it takes three mutants in four.
    const corpus = seed % 4 === 0 ? all[(seed / 4) % (all.length - 1)]! : all[all.length - 1]!;
    parentPort!.postMessage({ kind: 'start', seed } satisfies Report);
    const m = mutant(corpus.files, seed);
    const t0 = performance.now();
    const v = judge(m.files);
    parentPort!.postMessage({
      kind: 'done',
      seed,
      corpus: corpus.name,
      valid: v.ok && v.valid,
      ms: performance.now() - t0,
      steps: [...m.steps],
      ...(v.ok ? {} : { failure: v.failure }),
    } satisfies Report);
  }
} else {
  const total = Number(process.argv[2] ?? 10_000);
  const first = Number(process.argv[3] ?? 1);
  const end = first + total;
  const failures: string[] = [];
  let tried = 0;
  let valid = 0;
  let slowest = { ms: 0, seed: 0 };
  const t0 = performance.now();

  const runFrom = (from: number): Promise<void> =>
    new Promise((done) => {
      if (from >= end) return done();
      const worker = new Worker(new URL(import.meta.url), {
        workerData: { from, to: end } satisfies Job,
      });
      let current = from;
      let clock: NodeJS.Timeout | null = null;
      worker.on('message', (r: Report) => {
        if (clock) clearTimeout(clock);
        if (r.kind === 'start') {
          current = r.seed;
          clock = setTimeout(() => {
            failures.push(`seed ${current}: hang (no result in ${HANG_MS} ms)`);
            tried++;
            void worker.terminate().then(() => runFrom(current + 1).then(done));
          }, HANG_MS);
          return;
        }
        tried++;
        if (r.valid) valid++;
        if (r.ms > slowest.ms) slowest = { ms: r.ms, seed: r.seed };
        if (r.failure) {
          const line = `seed ${r.seed} (${r.corpus}: ${r.steps.join('; ')}): ${r.failure}`;
          failures.push(line);
          process.stdout.write(`  failed: ${line.split('\n')[0]}\n`);
        }
        if (tried % 1000 === 0)
          process.stdout.write(`  ${tried} tried, ${failures.length} failed\n`);
      });
      worker.on('error', (e) => {
        if (clock) clearTimeout(clock);
        failures.push(`seed ${current}: the worker died: ${e.message}`);
        tried++;
        void runFrom(current + 1).then(done);
      });
      worker.on('exit', (code) => {
        if (clock) clearTimeout(clock);
        if (code === 0) done();
      });
    });

  await runFrom(first);
  const s = ((performance.now() - t0) / 1000).toFixed(0);
  process.stdout.write(
    `loader fuzz: ${tried} mutants (seeds ${first}..${end - 1}), ${valid} still valid, ` +
      `${failures.length} failed, in ${s} s; slowest ${slowest.ms.toFixed(0)} ms (seed ${slowest.seed})\n`,
  );
  for (const f of failures.slice(0, 40)) process.stdout.write(`  ${f}\n`);
  if (failures.length) process.exitCode = 1;
}
