// `uchronia analyze <scenario> --runs N`: Monte Carlo over many seeded campaigns on a worker
// pool — ending odds with confidence intervals, event and option frequencies, tracks over time.
import { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import type { AnalysisSpec } from '../../analysis/chunk';
import { analysisResult } from '../../analysis/report';
import { tallyLayout } from '../../analysis/stats/tally';
import type { Scenario } from '../../engine';
import { didYouMean } from '../../engine/suggest';
import { resolveScenarioDir } from '../../node/scenario-dir';
import { startWorkers, boundWorkers, defaultWorkers, type AnalysisWorkers } from './analyze-pool';
import { analyzeHere } from '../../analysis/run';
import { endingsCsv, resultTable } from './analyze-text';
import { writeResultDir } from './analyze-files';
import { fail } from '../fail';
import {
  collectPolicy,
  intOption,
  loadScenarioOrFail,
  policiesFor,
  runsOption,
  seedOption,
  MAX_RUNS,
  MAX_SEED,
  policyNames,
} from '../scenario';

import { readSaveFile, stateFromSave } from '../saves/save-file';

interface AnalyzeOptions {
  from?: string;
  runs?: string;
  seed?: string;
  workers?: string;
  policy: string[];
  tracks?: string;
  json?: boolean;
  csv?: boolean;
  out?: string;
}

export const analyzeCommand = new Command('analyze')
  .description(
    'run many seeded campaigns and report ending odds (95% CI), event and option frequencies, and tracks over time',
  )
  .argument('<scenario>', 'a bundled scenario name or a scenario folder')
  .option('--from <save>', 'continue a saved game instead: "from here, what are the odds?"')
  .option('--runs <n>', `how many campaigns (seeds seed, seed+1, …; at most ${MAX_RUNS})`, '1000')
  .option('--seed <n>', `the first seed (0 to ${MAX_SEED})`, '1')
  .option(
    '--workers <k>',
    'worker threads, at most one per core (default: one per core; one for under 1000 runs); results do not depend on it',
  )
  .option(
    '--policy <faction=policy>',
    `who plays a faction: ${policyNames()} (default random); repeatable`,
    collectPolicy,
    [],
  )
  .option(
    '--tracks <ids>',
    'comma-separated tracks to follow over time (default: all; charts: the key ones)',
  )
  .option('--json', 'print the whole result as JSON')
  .option('--csv', 'print the ending odds as CSV')
  .option(
    '--out <dir>',
    'also write endings/events/options/tracks CSV, result.json and charts (SVG, PNG) to a folder: a new one, or an earlier result, replaced whole once complete',
  )
  .addHelpText(
    'after',
    '\nExamples:\n  uchronia analyze red-mexico-1945 --runs 10000 --out results\n  uchronia analyze red-mexico-1945 --from mexico.save.json --runs 2000 --policy usa=canon',
  )
  .action(async (scenarioArg: string, opts: AnalyzeOptions) => {
    if (opts.json && opts.csv) fail('give either --json or --csv, not both');
    const runs = runsOption(opts.runs, 1000);
    const seed = seedOption(opts.seed, 1, runs);
    const { workers, warning } = boundWorkers(
      intOption(opts.workers, '--workers', defaultWorkers(runs), 1),
    );
    if (warning) process.stderr.write(`uchronia: ${warning}\n`);
    // the workers load the scenario while this thread loads its own and reads the options
    const pool = workers > 1 ? await startWorkers(resolveScenarioDir(scenarioArg), workers) : null;
    try {
      await analyzeWith(pool, scenarioArg, opts, runs, seed);
    } finally {
      await pool?.close();
    }
  });

async function analyzeWith(
  pool: AnalysisWorkers | null,
  scenarioArg: string,
  opts: AnalyzeOptions,
  runs: number,
  seed: number,
): Promise<void> {
  const scenario = loadScenarioOrFail(scenarioArg);
  const policies = policiesFor(scenario, opts.policy, 'random');
  const tracks =
    opts.tracks === undefined ? scenario.tracks.map((t) => t.id) : trackList(scenario, opts.tracks);
  let from: AnalysisSpec['from'] = null;
  let fromTurn: number | null = null;
  if (opts.from) {
    const save = readSaveFile(opts.from);
    const state = stateFromSave(scenario, save, opts.from);
    if (state.phase === 'ended')
      fail(`the game in ${opts.from} has already ended (${state.ending})`);
    from = { seed: save.seed, actions: save.actions };
    fromTurn = state.turn;
  }
  const spec: AnalysisSpec = {
    seed,
    runs,
    policies: Object.fromEntries(Object.entries(policies).map(([f, p]) => [f, p.name])),
    tracks,
    from,
  };
  const tally = await withProgress(runs, (progress) =>
    pool
      ? pool.run(scenario, spec, progress)
      : Promise.resolve(analyzeHere(scenario, spec, progress)),
  );
  const result = analysisResult(scenario, spec, tallyLayout(scenario, tracks), tally, fromTurn);
  if (opts.out) {
    const written = writeResultDir(
      opts.out,
      scenario,
      result,
      opts.tracks === undefined ? undefined : tracks,
    );
    process.stderr.write(`Wrote ${written.join(', ')} to ${opts.out}\n`);
  }
  process.stdout.write(
    opts.json
      ? `${JSON.stringify(result, null, 2)}\n`
      : opts.csv
        ? endingsCsv(result)
        : resultTable(result),
  );
}

function trackList(scenario: Scenario, list: string): string[] {
  const ids = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const known = scenario.tracks.map((t) => t.id);
  for (const id of ids)
    if (!known.includes(id)) {
      const hint = didYouMean(id, known);
      fail(
        `--tracks: unknown track "${id}"${hint ? ` (${hint})` : ''}`,
        `tracks: ${known.join(', ')}`,
      );
    }
  return [...new Set(ids)];
}

/** A progress bar on stderr, only when it is a terminal. */
async function withProgress<T>(
  total: number,
  work: (progress: (done: number) => void) => Promise<T>,
): Promise<T> {
  if (!process.stderr.isTTY) return work(() => {});
  const bar = new SingleBar(
    {
      stream: process.stderr,
      format: 'analyzing [{bar}] {value}/{total} campaigns · {eta_formatted} left',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 20,
    },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  try {
    return await work((done) => bar.update(done));
  } finally {
    bar.stop();
  }
}
