// `analyze --out DIR`: the result as files — CSV tables, the JSON, and charts as SVG and PNG.
// They are written into a temporary folder beside DIR, which then takes DIR's place: killed at
// any moment, the command leaves DIR complete (old or new), never half-written.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fsyncPath, temporaryBeside, writeDurable } from '../../node/atomic-write';
import { parseHTML } from 'linkedom';
import { endingsChart, keyTracks, trackChart } from '../../analysis/charts';
import type { AnalysisResult } from '../../analysis/report';
import type { Scenario } from '../../engine';
import { endingsCsv, eventsCsv, optionsCsv, tracksCsv } from './analyze-text';
import { fail } from '../fail';
import { svgToPng } from './png';

/** Writes every file; returns their names. Charts cover `chartTracks`, or the key tracks. */
export function writeResultDir(
  dir: string,
  scenario: Scenario,
  result: AnalysisResult,
  chartTracks?: readonly string[],
): string[] {
  const files = resultFiles(scenario, result, chartTracks);
  const previous = existingResult(dir);
  const tmp = temporaryBeside(dir);
  const why = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;
  try {
    mkdirSync(dirname(resolve(dir)), { recursive: true });
    mkdirSync(tmp);
    for (const [name, content] of files) writeDurable(join(tmp, name), content);
    fsyncPath(tmp);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    fail(`cannot write the results beside ${dir}: ${why(e)}`);
  }
  // A folder can only be renamed over an empty one: a previous result steps aside first.
  const aside = previous ? temporaryBeside(dir) : null;
  let stepped = false;
  try {
    if (aside) renameSync(dir, aside);
    stepped = aside !== null;
    renameSync(tmp, dir);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    if (stepped) renameSync(aside!, dir);
    fail(`cannot write ${dir}: ${why(e)}`);
  }
  fsyncPath(dirname(resolve(dir)));
  if (aside) rmSync(aside, { recursive: true, force: true });
  return files.map(([name]) => name);
}

/** The names `writeResultDir` may write, and so may replace. */
const RESULT_FILE =
  /^(result\.json|(endings|events|options|tracks)\.csv|(endings|track-[a-z0-9_]+)\.(svg|png))$/;

/** Whether `dir` holds a previous result (true), nothing (false), or refuses to be replaced. */
function existingResult(dir: string): boolean {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) fail(`--out ${dir} is a file, not a folder`);
    names = readdirSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return false;
    if (!code) throw e;
    fail(`cannot write ${dir}: ${code}`);
  }
  const other = names.filter((n) => !RESULT_FILE.test(n));
  if (other.length)
    fail(
      `--out ${dir} holds files other than an analysis's results (${other.slice(0, 3).join(', ')}${other.length > 3 ? ', …' : ''})`,
      'give a new folder, or the folder of an earlier analysis, which is then replaced whole',
    );
  return names.length > 0;
}

function resultFiles(
  scenario: Scenario,
  result: AnalysisResult,
  chartTracks?: readonly string[],
): [string, string | Uint8Array][] {
  const files: [string, string | Uint8Array][] = [
    ['result.json', `${JSON.stringify(result, null, 2)}\n`],
    ['endings.csv', endingsCsv(result)],
    ['events.csv', eventsCsv(result)],
    ['options.csv', optionsCsv(result)],
    ['tracks.csv', tracksCsv(result)],
  ];
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  const charts: [string, string][] = [
    ['endings', endingsChart(result, document as unknown as Document)],
  ];
  const wanted = new Set((chartTracks ?? keyTracks(scenario)).slice(0, 8));
  for (const track of result.tracks)
    if (wanted.has(track.id) && track.months.length > 0)
      charts.push([
        `track-${track.id}`,
        trackChart(result, track, scenario, document as unknown as Document),
      ]);
  for (const [name, svg] of charts) {
    files.push([`${name}.svg`, svg]);
    const png = svgToPng(svg);
    if (png) files.push([`${name}.png`, png]);
  }
  return files;
}
