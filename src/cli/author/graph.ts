// `uchronia graph <scenario>`: the event graph, generated from the data and laid out by dagre;
// the canon line highlighted and, after a reachability search, what it did not reach marked.
import { Command } from 'commander';
import { buildGraph, type Unreached } from '../../analysis/graph/build';
import { GRAPH_FORMATS, toDot, toHtml, toSvg, type GraphFormat } from '../../analysis/graph/render';
import { reachLineups, searchReach } from '../../analysis/reach';
import type { Scenario } from '../../engine';
import { fail } from '../fail';
import { writeOutput } from './output';
import { intOption, loadScenarioOrFail, MAX_RUNS } from '../scenario';

/** What `runs` seeded campaigns did not reach (none searched when `runs` is 0). */
export function unreachedIn(scenario: Scenario, runs: number): Unreached | undefined {
  if (runs === 0) return undefined;
  const r = searchReach(scenario, reachLineups(scenario), runs, 1);
  return { events: r.unreachedEvents, endings: r.unreachedEndings, runs: r.runs };
}

export function reachNote(unreached: Unreached | undefined): string {
  if (!unreached) return 'No reachability search was run (--runs 0).';
  const n = unreached.events.length + unreached.endings.length;
  return `${unreached.runs} campaigns searched: ${n ? `${n} unreached (dashed red).` : 'everything reached.'}`;
}

/** The graph of a scenario in one format. */
export function renderGraph(scenario: Scenario, format: GraphFormat, runs: number): string {
  const unreached = unreachedIn(scenario, runs);
  const graph = buildGraph(scenario, unreached);
  if (format === 'dot') return toDot(graph);
  if (format === 'svg') return toSvg(graph);
  return toHtml(graph, reachNote(unreached));
}

export const graphCommand = new Command('graph')
  .description(
    'draw the event graph: events, options, follow-ups, flags set and read, endings; the canon line highlighted, what reach cannot reach marked',
  )
  .argument('<scenario>', 'a bundled scenario name or a scenario folder')
  .option('--format <format>', `one of ${GRAPH_FORMATS.join(', ')}`, 'html')
  .option('--out <file>', 'write it to this file (default: standard output)')
  .option(
    '--runs <n>',
    'campaigns the reachability search plays to find what is unreached (0: no search)',
    '500',
  )
  .addHelpText(
    'after',
    '\nExamples:\n  uchronia graph red-mexico-1945 --out graph.html\n  uchronia graph my-scenario --format dot | dot -Tpng > graph.png',
  )
  .action((dir: string, opts: { format: string; out?: string; runs: string }) => {
    const format = opts.format as GraphFormat;
    if (!GRAPH_FORMATS.includes(format))
      fail(`--format: unknown format "${opts.format}"`, `formats: ${GRAPH_FORMATS.join(', ')}`);
    const runs = intOption(opts.runs, '--runs', 500, 0, MAX_RUNS);
    const out = renderGraph(loadScenarioOrFail(dir), format, runs);
    if (opts.out) {
      writeOutput(opts.out, out);
      process.stderr.write(`wrote ${opts.out}\n`);
    } else process.stdout.write(out);
  });
