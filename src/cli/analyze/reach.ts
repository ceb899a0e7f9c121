// `uchronia reach <scenario>`: for every ending and every event, a seeded playthrough that
// reaches it, written as a save that replays; and what no playthrough reached (exit code 1).
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { reachLineups, searchReach, type Playthrough } from '../../analysis/reach';
import { gameFromReplay, saveGame, text, type Scenario } from '../../engine';
import { fail } from '../fail';
import { loadScenarioOrFail, MAX_RUNS, MAX_SEED, runsOption, seedOption } from '../scenario';
import { writeAtomic } from '../saves/save-file';
import { bold, pad } from '../style';

interface ReachOptions {
  runs?: string;
  seed?: string;
  out?: string;
  json?: boolean;
}

export const reachCommand = new Command('reach')
  .description(
    'search, for every ending and event, a playthrough that reaches it; list what none reaches (exit code 1)',
  )
  .argument('<scenario>', 'a bundled scenario name or a scenario folder')
  .option('--runs <n>', `the most campaigns to try (at most ${MAX_RUNS})`, '5000')
  .option('--seed <n>', `the first seed (0 to ${MAX_SEED})`, '1')
  .option(
    '--out <dir>',
    'where to write one save per playthrough found (default: a new temporary folder)',
  )
  .option('--json', 'print the result as JSON')
  .addHelpText(
    'after',
    '\nExamples:\n  uchronia reach red-mexico-1945 --out reach\n  uchronia chronicle reach/seed-3.save.json   # the story of one of them',
  )
  .action((scenarioArg: string, opts: ReachOptions) => {
    const runs = runsOption(opts.runs, 5000);
    const seed = seedOption(opts.seed, 1, runs);
    const scenario = loadScenarioOrFail(scenarioArg);
    const dir = outDir(opts.out);
    const reach = searchReach(scenario, reachLineups(scenario), runs, seed);
    const saves = new Map<number, string>();
    const saveOf = (p: Playthrough): string => {
      let file = saves.get(p.seed);
      if (!file) {
        file = join(dir, `seed-${p.seed}.save.json`);
        const game = gameFromReplay(scenario, p.seed, p.actions);
        if (!game.ok)
          throw new Error(`playthrough of seed ${p.seed} does not replay (${game.error.code})`);
        writeAtomic(file, saveGame(game.value, p.policies));
        saves.set(p.seed, file);
      }
      return file;
    };
    const found = (m: ReadonlyMap<string, Playthrough>, ids: readonly string[]) =>
      ids
        .filter((id) => m.has(id))
        .map((id) => {
          const p = m.get(id)!;
          return { id, seed: p.seed, policies: p.policies, save: saveOf(p) };
        });
    const endings = found(
      reach.endings,
      scenario.endings.map((e) => e.id),
    );
    const events = found(
      reach.events,
      scenario.events.map((e) => e.id),
    );
    const unreached = { endings: reach.unreachedEndings, events: reach.unreachedEvents };
    if (opts.json) {
      process.stdout.write(
        `${JSON.stringify({ scenario: scenario.id, runs: reach.runs, seed, dir, endings, events, unreached }, null, 2)}\n`,
      );
    } else {
      const title = text(scenario, 'scenario.title');
      const missing = unreached.endings.length + unreached.events.length;
      const out = [
        missing
          ? `${bold(title)}: ${missing} ending${missing === 1 ? '' : 's'} or event${missing === 1 ? '' : 's'} not reached in ${reach.runs} campaigns (seeds ${seed}–${seed + reach.runs - 1}).`
          : `${bold(title)}: every ending and every event reached in ${reach.runs} campaign${reach.runs === 1 ? '' : 's'} (seeds ${seed}–${seed + reach.runs - 1}).`,
        `Saves in ${dir} — replay one with: uchronia chronicle <save> --scenario ${scenarioArg}`,
        '',
        `${bold('Endings')} (${endings.length} of ${scenario.endings.length})`,
        ...rows(scenario, 'ending', endings, dir),
        '',
        `${bold('Events')} (${events.length} of ${scenario.events.length})`,
        ...rows(scenario, 'event', events, dir),
        '',
        missing ? `${bold('Not reached')}:` : `${bold('Not reached')}: nothing.`,
        ...(unreached.endings.length ? [`  endings: ${unreached.endings.join(', ')}`] : []),
        ...(unreached.events.length ? [`  events: ${unreached.events.join(', ')}`] : []),
      ];
      process.stdout.write(out.join('\n') + '\n');
    }
    if (unreached.endings.length + unreached.events.length > 0) process.exitCode = 1;
  });

function rows(
  scenario: Scenario,
  kind: 'ending' | 'event',
  items: readonly {
    id: string;
    seed: number;
    policies: Readonly<Record<string, string>>;
    save: string;
  }[],
  dir: string,
): string[] {
  const w = Math.max(...items.map((i) => i.id.length), 4) + 2;
  return items.map((i) => {
    const who = Object.entries(i.policies)
      .map(([f, p]) => `${f}=${p}`)
      .join(' ');
    const title = text(scenario, `${kind}.${i.id}.title`);
    return `  ${pad(i.id, w)}${`seed ${i.seed}`.padEnd(11)} ${i.save.slice(dir.length + 1).padEnd(20)} ${who}  ${title === `${kind}.${i.id}.title` ? '' : `— ${title}`}`.trimEnd();
  });
}

function outDir(out: string | undefined): string {
  if (!out) return mkdtempSync(join(tmpdir(), 'uchronia-reach-'));
  try {
    mkdirSync(out, { recursive: true });
  } catch (e) {
    fail(`cannot create ${out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return resolve(out);
}
