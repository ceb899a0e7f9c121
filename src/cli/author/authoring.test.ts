// The authoring commands, called in process (one is also run as a command, the way users do).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { priorityPolicy, randomPolicy } from '../../ai';
import { runCampaign } from '../../analysis/campaign';
import { searchReach, reachLineups } from '../../analysis/reach';
import { loadScenarioDir } from '../../node/scenario-dir';
import { runCli } from '../../../test/cli/run-cli';
import { loadMini } from '../../../test/helpers';
import { CliError } from '../fail';
import { renderGraph } from './graph';
import { idFromFolder, writeStarter } from './new';
import { coverage, missingTexts, withSkeleton } from './texts';

const tmp = mkdtempSync(join(tmpdir(), 'uchronia-author-'));

describe('uchronia new', () => {
  const dir = join(tmp, 'Révolution de 1848');
  writeStarter(dir);
  const loaded = loadScenarioDir(dir);

  it('writes a scenario that validates with no error and no warning', () => {
    expect(loaded.ok ? loaded.warnings : loaded.errors).toEqual([]);
    expect(loaded.ok && loaded.scenario.id).toBe('revolution-de-1848');
  });

  it('writes a scenario that plays to each of its endings, by both bots', () => {
    if (!loaded.ok) throw new Error('starter does not load');
    const s = loaded.scenario;
    const reach = searchReach(s, reachLineups(s), 400);
    expect(reach.unreachedEndings).toEqual([]);
    expect(reach.unreachedEvents).toEqual([]);
    const bots = { government: priorityPolicy, opposition: randomPolicy };
    expect(runCampaign(s, 1, bots).state.ending).not.toBeNull();
  });

  it('refuses a folder that holds files, and a bad id', () => {
    expect(() => writeStarter(dir)).toThrow(CliError);
    expect(() => writeStarter(join(tmp, 'other'), 'Bad Id')).toThrow(/not a scenario id/);
    expect(idFromFolder('/x/2024 ---')).toBe('my-scenario');
  });
});

describe('uchronia texts', () => {
  const mini = loadMini();

  it('prints each language’s coverage of the keys the scenario reads', () => {
    const [en, fr] = coverage(mini, ['en', 'fr']);
    expect(en!.requiredPresent).toBe(en!.required);
    expect(en!.present).toBeLessThanOrEqual(en!.total);
    expect(fr).toMatchObject({ lang: 'fr', present: 0, requiredPresent: 0 });
  });

  it('gives the skeleton of every missing key, with its English beside it', () => {
    const missing = missingTexts(mini, 'fr');
    expect(missing).toContainEqual({ key: 'event.reform_debate.title', english: 'Reform' });
    const skeleton = withSkeleton(null, missing);
    const read = parse(skeleton) as Record<string, Record<string, Record<string, string>>>;
    expect(read.event!.reform_debate!.title).toBe('');
    expect(skeleton).toMatch(/title: "" # en: Reform\n/);
  });

  it('merges into an existing texts file, keeping what is there and its comments', () => {
    const merged = withSkeleton('# French\nscenario:\n  title: Mini en français\n', [
      { key: 'scenario.title', english: 'Mini' },
      { key: 'scenario.summary', english: 'A test.' },
    ]);
    expect(merged).toMatch(/^# French\n/);
    expect(merged).toMatch(/summary: "" # en: A test\./);
    const file = join(tmp, 'fr.yaml');
    writeFileSync(file, merged);
    expect(parse(readFileSync(file, 'utf8')).scenario.summary).toBe('');
  });
});

describe('uchronia graph and new, as commands', () => {
  it('draws the mini scenario in every format', () => {
    expect(renderGraph(loadMini(), 'dot', 0)).toMatch(/^digraph/);
    expect(renderGraph(loadMini(), 'html', 20)).toMatch(
      /\d+ campaigns searched: everything reached/,
    );
  });

  it('runs: new, then validate of what it wrote', async () => {
    const dir = join(tmp, 'spawned');
    const made = await runCli(['new', dir], 30_000);
    expect(made.code).toBe(0);
    const checked = await runCli(['validate', dir], 30_000);
    expect(checked.stdout).toMatch(/is valid: .* 0 warnings/);
  });
});
