import { describe, expect, it } from 'vitest';
import type { AnalysisSpec } from '../../analysis/chunk';
import { analysisResult } from '../../analysis/report';
import { analyzeHere } from '../../analysis/run';
import { tallyLayout } from '../../analysis/stats/tally';
import { loadMini } from '../../../test/helpers';
import { endingsCsv, eventsCsv, optionsCsv, resultTable, tracksCsv } from './analyze-text';

const mini = loadMini();
const spec: AnalysisSpec = {
  seed: 1,
  runs: 100,
  policies: { red: 'random', blue: 'random' },
  tracks: mini.tracks.map((t) => t.id),
  from: null,
};
const result = analysisResult(
  mini,
  spec,
  tallyLayout(mini, spec.tracks),
  analyzeHere(mini, spec),
  null,
);

describe('analysis as text', () => {
  it('prints endings with counts, shares and intervals, then events, decisions and tracks', () => {
    const t = resultTable(result);
    expect(t).toMatch(/^Mini: 100 campaigns from seed 1 · red=random blue=random$/m);
    expect(t).toMatch(/^Ending +count +share +95% CI +months +id$/m);
    expect(t).toMatch(/^Stalemate +\d+ +[\d.]+% +[\d.]+–[\d.]+% +24\.0 +stalemate$/m);
    expect(t).toMatch(/^Events: 8 of 8 fired\. Rarest:$/m);
    expect(t).toMatch(/^ {2}Reform: +Accept [\d.]+% · Refuse [\d.]+% · Delay 0\.0%$/m);
    expect(t).toMatch(/^Never fired: $\n^ {2}options: reform_debate\.delay$/m);
    expect(t).toMatch(/^ +1900-01 +1900-09 +1901-04 +1901-12$/m);
    expect(t).toMatch(/^Tension +0 \/ 0 \/ 0 /m);
  });

  it('writes CSV with a header and one row per ending, event, option and track-month', () => {
    const endings = endingsCsv(result).trim().split('\n');
    expect(endings[0]).toBe('ending,title,count,share,ci95_low,ci95_high,mean_months');
    expect(endings.slice(1).map((l) => l.split(',')[0])).toEqual([
      'red_falls',
      'blue_strikes',
      'stalemate',
    ]);
    expect(endings.slice(1).reduce((n, l) => n + Number(l.split(',')[2]), 0)).toBe(100);
    expect(eventsCsv(result).trim().split('\n')).toHaveLength(1 + mini.events.length);
    expect(optionsCsv(result)).toMatch(/^reform_debate,accept,Accept,\d+,[\d.]+$/m);
    expect(tracksCsv(result).trim().split('\n')).toHaveLength(
      1 + result.tracks.reduce((n, t) => n + t.months.length, 0),
    );
  });

  it('quotes CSV fields that need it', () => {
    const odd = { ...result, endings: [{ ...result.endings[0]!, title: 'Red "falls", hard' }] };
    expect(endingsCsv(odd)).toMatch(/^red_falls,"Red ""falls"", hard",/m);
  });
});
