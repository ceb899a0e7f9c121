// The two engines the benchmarks run side by side: the working tree's, and the one frozen in
// bench/frozen/ by bench/freeze.mjs (the engine before the compiled core). Each figure is
// measured on both in the same run, taking turns, so that the machine's noise (other work on
// its two cores) falls on both alike and their ratio holds even when the figures do not.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { packageRoot } from '../src/node/package-root';
import * as engine from '../src/engine';
import * as ai from '../src/ai';
import { runCampaign } from '../src/analysis/campaign';
import { analyzeHere, chunkSize } from '../src/analysis/run';
import { chunksOf } from '../src/analysis/chunk';
import { OrderedMerge } from '../src/analysis/stats/merge';
import { tallyLayout } from '../src/analysis/stats/tally';
import { loadScenarioDir, readScenarioFiles } from '../src/node/scenario-dir';

const current = {
  ...engine,
  DIFFICULTIES: ai.DIFFICULTIES,
  POLICIES: ai.POLICIES,
  canonPolicy: ai.canonPolicy,
  policyByName: ai.policyByName,
  priorityPolicy: ai.priorityPolicy,
  randomPolicy: ai.randomPolicy,
  runCampaign,
  analyzeHere,
  chunkSize,
  chunksOf,
  OrderedMerge,
  tallyLayout,
  loadScenarioDir,
  readScenarioFiles,
};

/** What the benchmarks call of an engine. The frozen one is typed as the current one: each is
 *  only ever handed its own scenarios and states, so their inner shapes may differ. */
export type Engine = typeof current;

export interface Contender {
  readonly name: string;
  readonly engine: Engine;
  /** The analysis worker thread's entry, for a pool of this engine. */
  readonly worker: string | null;
}

// BENCH_BEFORE names another frozen engine (see bench/freeze.mjs) to measure against.
const FROZEN = join(packageRoot(), process.env.BENCH_BEFORE ?? 'bench/frozen');

export const frozenCommit = readFileSync(join(FROZEN, 'COMMIT'), 'utf8').trim().slice(0, 10);

/** The whole command of the frozen commit, for `uchronia validate` timed start to end: bundled
 *  by `bench/freeze.mjs --cli` (its `frozenCliPath`) on first use. */
export function frozenCli(): string {
  const cli = `node_modules/.cache/uchronia/frozen-cli-${frozenCommit}.mjs`;
  if (!existsSync(cli)) execFileSync(process.execPath, ['bench/freeze.mjs', '--cli', FROZEN]);
  return cli;
}

export async function contenders(): Promise<{ now: Contender; before: Contender }> {
  const frozen = (await import(pathToFileURL(join(FROZEN, 'engine.mjs')).href)) as Engine;
  return {
    now: { name: 'now', engine: current, worker: null },
    before: {
      name: `before (${frozenCommit})`,
      engine: frozen,
      worker: join(FROZEN, 'analyze-worker.mjs'),
    },
  };
}

/** `now / before` for a figure where more is better, `before / now` where less is: above 1 is
 *  the speed-up. */
export const speedup = (now: number, before: number, higherIsBetter: boolean) =>
  higherIsBetter ? now / before : before / now;

/**
 * The folder of scenario `dir` that the contender can load. The engine before the compiled core
 * reads an ending's score as a number only; where the content scores an ending by an expression
 * (which no bot reads: random, canon and priority play the same games whatever the scores),
 * it is handed a copy whose expressions are replaced by the middle score, so that both engines
 * play the same campaigns. Null if even that copy does not load.
 */
export function scenarioDirFor(c: Contender, dir: string): string | null {
  if (c.engine.loadScenarioDir(dir).ok) return dir;
  const copy = mkdtempSync(join(tmpdir(), 'uchronia-bench-'));
  cpSync(dir, copy, { recursive: true });
  const file = join(copy, 'endings.yaml');
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const endings = doc.get('endings');
  if (isSeq(endings))
    for (const ending of endings.items) {
      const score = isMap(ending) ? ending.get('score') : null;
      if (!isMap(score)) continue;
      for (const pair of score.items)
        if (isScalar(pair.value) && typeof pair.value.value === 'string') pair.value.value = 50;
    }
  writeFileSync(file, doc.toString());
  return c.engine.loadScenarioDir(copy).ok ? copy : null;
}
