// `uchronia analyze` and `uchronia reach`, run as users run them. Each run costs a Node start,
// so the table and CSV are tested in-process (analyze-text.test.ts) and runs here are few.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCampaign } from '../../analysis/campaign';
import type { AnalysisSpec } from '../../analysis/chunk';
import { analysisResult } from '../../analysis/report';
import { tallyLayout } from '../../analysis/stats/tally';
import { canonPolicy, randomPolicy } from '../../ai';
import { gameFromReplay, loadSave, parseSave, saveGame } from '../../engine';
import { loadMini, MINI_DIR } from '../../../test/helpers';
import { runCli } from '../../../test/cli/run-cli';
import { analyzeOnPool } from './analyze-pool';

const tmp = mkdtempSync(join(tmpdir(), 'uchronia-analyze-'));
const mini = loadMini();
const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);

/** A save file of a mini game, stopped when turn `turn` begins (or played to its end). */
function miniSave(name: string, seed: number, turn: number | null): string {
  const { actions } = runCampaign(mini, seed, { red: randomPolicy, blue: canonPolicy });
  const game = gameFromReplay(
    mini,
    seed,
    turn === null
      ? actions
      : actions.slice(
          0,
          actions.findIndex((a) => a.turn === turn),
        ),
  );
  if (!game.ok) throw new Error('the campaign does not replay');
  const file = join(tmp, name);
  writeFileSync(file, saveGame(game.value, { red: 'human', blue: 'canon' }));
  return file;
}

describe.concurrent('uchronia analyze', () => {
  it('prints the same JSON, byte for byte, whatever the number of workers', async () => {
    const spec: AnalysisSpec = {
      seed: 5,
      runs: 1200,
      policies: { red: 'random', blue: 'canon' },
      tracks: mini.tracks.map((t) => t.id),
      from: null,
    };
    // the progress the workers count as they play, read while they play and once at the end
    const progress: number[] = [];
    const json = async (workers: number) =>
      `${JSON.stringify(analysisResult(mini, spec, tallyLayout(mini, spec.tracks), await analyzeOnPool(MINI_DIR, mini, spec, workers, workers === 3 ? (done) => progress.push(done) : undefined), null), null, 2)}\n`;
    const [cli, one, three] = await Promise.all([
      runCli([
        'analyze',
        MINI_DIR,
        '--runs',
        '1200',
        '--seed',
        '5',
        '--policy',
        'blue=canon',
        '--workers',
        '2',
        '--json',
      ]),
      json(1),
      json(3),
    ]);
    expect(cli.code).toBe(0);
    expect(cli.stderr).toBe('');
    expect(cli.stdout).toBe(one);
    expect(three).toBe(one);
    expect(progress.at(-1)).toBe(1200);
    expect(progress.every((n, i) => i === 0 || n >= progress[i - 1]!)).toBe(true);
    const r = JSON.parse(cli.stdout);
    expect(r).toMatchObject({
      scenario: { id: 'mini' },
      runs: 1200,
      seed: 5,
      policies: { red: 'random', blue: 'canon' },
      from: null,
    });
    expect(r.endings.reduce((n: number, e: { count: number }) => n + e.count, 0)).toBe(1200);
    expect(r.neverFired.options).toContain('reform_debate.delay');
  });

  it('prints ending odds as CSV and writes CSV, JSON and charts (SVG, PNG) with --out', async () => {
    const out = join(tmp, 'out');
    const r = await runCli(['analyze', MINI_DIR, '--runs', '150', '--csv', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^Wrote result\.json, endings\.csv, .*endings\.png, .* to .*out$/m);
    expect(r.stdout).toBe(readFileSync(join(out, 'endings.csv'), 'utf8'));
    expect(r.stdout).toMatch(
      /^ending,title,count,share,ci95_low,ci95_high,mean_months\nred_falls,Red falls,\d+,/,
    );
    expect(JSON.parse(readFileSync(join(out, 'result.json'), 'utf8'))).toMatchObject({
      runs: 150,
      scenario: { id: 'mini' },
    });
    expect(readFileSync(join(out, 'events.csv'), 'utf8')).toMatch(
      /^event,title,campaigns,share,ci95_low,ci95_high,fires\nfounding,Founding,150,1,/,
    );
    expect(readFileSync(join(out, 'options.csv'), 'utf8')).toMatch(
      /^reform_debate,delay,Delay,0,0$/m,
    );
    expect(readFileSync(join(out, 'tracks.csv'), 'utf8')).toMatch(/^tension,1900-01,0,150,0,0,0$/m);
    const svg = readFileSync(join(out, 'endings.svg'), 'utf8');
    expect(svg).toMatch(/<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('Stalemate');
    expect(readFileSync(join(out, 'track-tension.svg'), 'utf8')).toContain('Tension over time');
    for (const png of ['endings.png', 'track-tension.png'])
      expect([...readFileSync(join(out, png)).subarray(0, 8)]).toEqual([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
      ]);
  });

  it('answers "from here, what are the odds?" for a save', async () => {
    const r = await runCli([
      'analyze',
      MINI_DIR,
      '--from',
      miniSave('mid.save.json', 3, 5),
      '--runs',
      '200',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Continuing a save from 1900-06 \(turn 5\), with fresh dice for each campaign\.$/m,
    );
    expect(r.stdout).toMatch(/^ +1900-06 /m);
    expect(r.stdout).toMatch(/^campaigns +200 /m);
  });

  it('refuses a finished game and an unknown track with one clear line', async () => {
    const [ended, track] = await Promise.all([
      runCli(['analyze', MINI_DIR, '--from', miniSave('ended.save.json', 3, null)]),
      runCli(['analyze', MINI_DIR, '--tracks', 'suport']),
    ]);
    expect(ended.stderr).toMatch(
      /^uchronia: the game in .*ended\.save\.json has already ended \(\w+\)$/m,
    );
    expect(track.stderr).toMatch(
      /^uchronia: --tracks: unknown track "suport" \(did you mean `support`\?\)$/m,
    );
    for (const r of [ended, track]) {
      expect(r.code).toBe(1);
      noStack(r.stderr);
    }
  });
});

describe.concurrent('uchronia reach', () => {
  it('finds a playthrough for every ending and event, as saves that replay', async () => {
    const r = await runCli(['reach', MINI_DIR, '--out', join(tmp, 'reach'), '--json']);
    expect(r.code).toBe(0);
    const res = JSON.parse(r.stdout);
    expect(res.unreached).toEqual({ endings: [], events: [] });
    expect(res.endings.map((e: { id: string }) => e.id)).toEqual(mini.endings.map((e) => e.id));
    expect(res.events.map((e: { id: string }) => e.id)).toEqual(mini.events.map((e) => e.id));
    for (const e of res.endings as { id: string; save: string }[]) {
      const save = parseSave(readFileSync(e.save, 'utf8'));
      if (!save.ok) throw new Error(save.error.message);
      const state = loadSave(mini, save.value);
      expect(state.ok && state.value.ending, e.id).toBe(e.id);
    }
    for (const e of res.events as { id: string; save: string }[]) {
      const save = parseSave(readFileSync(e.save, 'utf8'));
      const state = save.ok ? loadSave(mini, save.value) : null;
      expect(state?.ok && state.value.fired[e.id]?.length, e.id).toBeGreaterThan(0);
    }
  });

  it('lists what it cannot reach and exits with code 1', async () => {
    const dir = join(tmp, 'unreachable');
    cpSync(MINI_DIR, dir, { recursive: true });
    const events = join(dir, 'events/main.yaml');
    writeFileSync(
      events,
      `${readFileSync(events, 'utf8')}  - id: golden_age\n    when: "support > 150"\n    effects: []\n`,
    );
    const texts = join(dir, 'texts/en.yaml');
    writeFileSync(
      texts,
      readFileSync(texts, 'utf8').replace(
        /^event:\n/m,
        'event:\n  golden_age: { title: Golden Age, body: Never. }\n',
      ),
    );
    const r = await runCli(['reach', dir, '--runs', '30', '--out', join(tmp, 'unreachable-out')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^Mini: 1 ending or event not reached in 30 campaigns \(seeds 1–30\)\.$/m,
    );
    expect(r.stdout).toMatch(
      /^ {2}stalemate +seed \d+ +seed-\d+\.save\.json +red=\w+ blue=\w+ +— Stalemate$/m,
    );
    expect(r.stdout).toMatch(/^Not reached:\n {2}events: golden_age$/m);
  });
});
