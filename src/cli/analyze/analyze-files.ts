// `analyze --out DIR`: the result as files — CSV tables, the JSON, and charts as SVG and PNG.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    fail(`cannot create ${dir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
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
  for (const [name, content] of files) {
    try {
      writeFileSync(join(dir, name), content);
    } catch (e) {
      fail(
        `cannot write ${join(dir, name)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      );
    }
  }
  return files.map(([name]) => name);
}
