// `uchronia simulate <scenario> --runs N`: many campaigns played by policies, ending by ending.
import { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { runCampaign } from '../../analysis/campaign';
import { text } from '../../engine';

import {
  collectPolicy,
  loadScenarioOrFail,
  policiesFor,
  runsOption,
  seedOption,
} from '../scenario';
import { MAX_RUNS, MAX_SEED, policyNames } from '../scenario';
import { bold, pad } from '../style';

interface SimulateOptions {
  runs?: string;
  seed?: string;
  policy: string[];
  json?: boolean;
}

export const simulateCommand = new Command('simulate')
  .description('play many campaigns with AI policies and count how each ends')
  .argument('<scenario>', 'a bundled scenario name or a scenario folder')
  .option('--runs <n>', `how many campaigns (seeds seed, seed+1, …; at most ${MAX_RUNS})`, '100')
  .option('--seed <n>', `the first seed (0 to ${MAX_SEED})`, '1')
  .option(
    '--policy <faction=policy>',
    `who plays a faction: ${policyNames()} (default random); repeatable`,
    collectPolicy,
    [],
  )
  .option('--json', 'print the result as JSON')
  .action((scenarioArg: string, opts: SimulateOptions) => {
    const runs = runsOption(opts.runs, 100);
    const seed = seedOption(opts.seed, 1, runs);
    const scenario = loadScenarioOrFail(scenarioArg);
    const policies = policiesFor(scenario, opts.policy, 'random');
    const bar = process.stderr.isTTY
      ? new SingleBar(
          {
            stream: process.stderr,
            format: 'simulating [{bar}] {value}/{total} · {eta}s left',
            hideCursor: true,
            clearOnComplete: true,
          },
          Presets.shades_classic,
        )
      : null;
    bar?.start(runs, 0);
    const endings: Record<string, number> = {};
    for (const e of scenario.endings) endings[e.id] = 0;
    let turns = 0;
    for (let i = 0; i < runs; i++) {
      const { state } = runCampaign(scenario, seed + i, policies);
      endings[state.ending!] = (endings[state.ending!] ?? 0) + 1;
      turns += state.turn + 1;
      if (bar && (i % 50 === 0 || i === runs - 1)) bar.update(i + 1);
    }
    bar?.stop();
    const meanTurns = Math.round((turns / runs) * 100) / 100;
    const policyNames = Object.fromEntries(Object.entries(policies).map(([f, p]) => [f, p.name]));
    if (opts.json) {
      process.stdout.write(
        JSON.stringify(
          { scenario: scenario.id, runs, seed, policies: policyNames, endings, meanTurns },
          null,
          2,
        ) + '\n',
      );
      return;
    }
    const rows = Object.entries(endings).sort((a, b) => b[1] - a[1]);
    const width =
      Math.max(6, ...rows.map(([id]) => text(scenario, `ending.${id}.title`).length)) + 2;
    const out = [
      `${bold(text(scenario, 'scenario.title'))}: ${runs} campaign${runs === 1 ? '' : 's'} from seed ${seed} · ${Object.entries(
        policyNames,
      )
        .map(([f, p]) => `${f}=${p}`)
        .join(' ')}`,
      '',
      `${pad('Ending', width)}${'count'.padStart(7)}${'share'.padStart(9)}   id`,
      ...rows.map(
        ([id, n]) =>
          `${pad(text(scenario, `ending.${id}.title`), width)}${String(n).padStart(7)}${`${((n / runs) * 100).toFixed(1)}%`.padStart(9)}   ${id}`,
      ),
      '',
      `Mean length: ${meanTurns} months.`,
    ];
    process.stdout.write(out.join('\n') + '\n');
  });
