// The second bundled scenario, played by the day: it loads clean, every ending and event can
// happen, the canon line retells October 1962 on its dates, and the terminal, the chronicle and
// the analysis all speak of days.
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadScenarioDir, readScenarioFiles, resolveScenarioDir } from '../src/node/scenario-dir';
import { parseScenario, turnOfTick, turnName, type Scenario } from '../src/engine';
import { canonPolicy } from '../src/ai';
import { runCampaign } from '../src/analysis/campaign';
import { reachLineups, searchReach } from '../src/analysis/reach';
import { analyzeHere } from '../src/analysis/run';
import { analysisResult } from '../src/analysis/report';
import { tallyLayout } from '../src/analysis/stats/tally';
import { buildChronicle, chronicleEntries } from '../src/chronicle';
import { chronicleMarkdown } from '../src/chronicle/render/markdown';
import { resultTable } from '../src/cli/analyze/analyze-text';
import { playCommand } from '../src/cli/play/play';

const ID = 'cuban-missiles-1962';

function load(): Scenario {
  const r = loadScenarioDir(ID);
  if (!r.ok) throw new Error(`${ID} does not load`);
  return r.scenario;
}
const canon = (s: Scenario) =>
  runCampaign(s, 1, Object.fromEntries(s.index.playable.map((f) => [f, canonPolicy])));

describe('the Cuban Missile Crisis', () => {
  it('loads with no error and no warning, played by the day from 16 October to 20 November', () => {
    const r = parseScenario(readScenarioFiles(resolveScenarioDir(ID)));
    expect(r.ok && r.warnings).toEqual([]);
    const s = load();
    expect(s.calendar).toEqual({ unit: 'day', length: 1 });
    expect(turnName(s, 0)).toBe('16 October 1962');
    expect(turnName(s, turnOfTick(s, s.end))).toBe('20 November 1962');
  });

  it('reaches every ending and every event by ordinary play', () => {
    const s = load();
    const reach = searchReach(s, reachLineups(s), 3000);
    expect(reach.unreachedEndings).toEqual([]);
    expect(reach.unreachedEvents).toEqual([]);
  });

  it('played canon, retells the crisis in order, each event on its day, to the trade', () => {
    const s = load();
    const game = canon(s);
    expect(game.state.ending).toBe('the_trade');
    const dated = s.events.filter((e) => e.canon);
    expect(dated.length).toBeGreaterThan(20);
    for (const e of dated) expect(game.state.fired[e.id], e.id).toEqual([turnOfTick(s, e.date!)]);
    // In the log, the canon events come in the order of their dates.
    const order = game.state.log.flatMap((e) =>
      e.kind === 'event' && s.index.event.get(e.event)!.canon ? [e.event] : [],
    );
    const byDate = [...order].sort(
      (a, b) => s.index.event.get(a)!.date! - s.index.event.get(b)!.date!,
    );
    expect(order).toEqual(byDate);
    expect(order.slice(0, 3)).toEqual([
      'the_photographs',
      'gromyko_at_the_white_house',
      'excomm_decides',
    ]);
    expect(order.at(-1)).toBe('quarantine_lifted');
  });

  it('has a chronicle dated by the day', () => {
    const s = load();
    const ch = buildChronicle(s, canon(s).state);
    expect(ch.divergences).toEqual([]);
    const entries = chronicleEntries(ch);
    const date = (id: string) => entries.find((e) => e.kind === 'event' && e.id === id)?.date;
    expect(date('address_to_the_nation')).toBe('22 October 1962');
    expect(date('black_saturday_letter')).toBe('27 October 1962');
    expect(date('quarantine_lifted')).toBe('20 November 1962');
    const md = chronicleMarkdown(ch);
    expect(md).toContain('The Quarantine');
    expect(md).toContain('28 October 1962');
  });

  it('is analysed in days: track dates by the day, lengths in days', () => {
    const s = load();
    const spec = {
      seed: 1,
      runs: 40,
      policies: { usa: 'priority', ussr: 'priority', cuba: 'priority' },
      tracks: ['alert', 'talks'],
      from: null,
    };
    const tally = analyzeHere(s, spec);
    const r = analysisResult(s, spec, tallyLayout(s, spec.tracks), tally, null);
    expect(r.turns).toBe('days');
    expect(r.meanMonths).toBeGreaterThan(10);
    expect(r.meanMonths).toBeLessThanOrEqual(36);
    const alert = r.tracks.find((t) => t.id === 'alert')!;
    expect(alert.months[0]!.month).toBe('1962-10-16');
    expect(alert.months[6]!.month).toBe('1962-10-22');
    const table = resultTable(r);
    expect(table).toMatch(/Mean length: [\d.]+ days\./);
    expect(table).toContain('1962-10-16');
  });
});

describe('the Cuban Missile Crisis in the terminal', () => {
  const out: string[] = [];
  afterEach(() => vi.restoreAllMocks());

  it('plays a whole game from piped answers, day by day', async () => {
    // Every answer is 2: "End day" on the orders menu, the second option at a decision.
    const stdin = Readable.from(['2\n'.repeat(200)]);
    vi.spyOn(process, 'stdin', 'get').mockReturnValue(stdin as unknown as typeof process.stdin);
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out.push(String(chunk));
      return true;
    });
    await playCommand.parseAsync(
      [ID, '--as', 'usa', '--seed', '5', '--policy', 'ussr=canon', '--policy', 'cuba=canon'],
      { from: 'user' },
    );
    const text = out.join('');
    expect(text).toContain('16 October 1962 · your orders');
    expect(text).toMatch(/day 1 of 36/);
    expect(text).toMatch(/day 2 of 36/);
    expect(text).toContain('17 October 1962');
    expect(text).toContain('End day');
    expect(text).not.toContain('End month');
    expect(text).toContain('After 20 November 1962, if nothing else has ended it');
    expect(text).toMatch(/, after \d+ days?\./);
  });
});
