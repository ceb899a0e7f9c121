// The `uchronia` command, run as a child process the way users run it.
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../../test/cli/run-cli';

const ROOT = resolve(import.meta.dirname, '../..');
const MINI = join(ROOT, 'test/fixtures/mini');
const tmp = mkdtempSync(join(tmpdir(), 'uchronia-cli-'));

type Run = CliRun;

/** Runs `uchronia …` with `input` piped to standard input (closed at once when there is none). */
const run = (args: readonly string[], input = ''): Promise<Run> => runCli(args, 20_000, input);

const answers = (line: string, n: number) => `${line}\n`.repeat(n);
/** Temporary files a save left beside it (`.NAME.<random>.tmp`). */
const temporaryFiles = (save: string) =>
  readdirSync(dirname(save)).filter((f) => f.startsWith(`.${basename(save)}.`));
const noStack = (r: Run) => expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);

/** A copy of the mini scenario with two misspelt variables. */
function brokenMini(): string {
  const dir = join(tmp, 'broken');
  cpSync(MINI, dir, { recursive: true });
  const orders = join(dir, 'orders.yaml');
  writeFileSync(
    orders,
    readFileSync(orders, 'utf8').replace('0.5 + support / 200', '0.5 + suport / 200'),
  );
  const endings = join(dir, 'endings.yaml');
  writeFileSync(endings, readFileSync(endings, 'utf8').replace('"support <= 0"', '"supprt <= 0"'));
  return dir;
}

describe.concurrent('uchronia', () => {
  it('validates a good scenario with a summary', async () => {
    const r = await run(['validate', MINI]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /mini is valid: 3 factions, 4 tracks, 3 regions, 8 events \(2 decisions\), 4 orders, 3 endings, 0 warnings/,
    );
    const json = await run(['validate', MINI, '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: true,
      scenario: 'mini',
      summary: { factions: 3, events: 8, decisions: 2, warnings: 0 },
    });
  });

  it('lists every error of a broken scenario as file:line:col CODE message (hint)', async () => {
    const dir = brokenMini();
    const r = await run(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^orders\.yaml:12:20 E_UNKNOWN_NAME unknown variable `suport` \(did you mean `support`\?\)$/m,
    );
    expect(r.stderr).toMatch(
      /^endings\.yaml:4:12 E_UNKNOWN_NAME unknown variable `supprt` \(did you mean `support`\?\)$/m,
    );
    const json = await run(['validate', dir, '--json']);
    expect(json.code).toBe(1);
    const out = JSON.parse(json.stdout);
    expect(out.ok).toBe(false);
    expect(
      out.errors.map((e: { file: string; code: string }) => `${e.file} ${e.code}`).sort(),
    ).toEqual(['endings.yaml E_UNKNOWN_NAME', 'orders.yaml E_UNKNOWN_NAME']);
    const play = await run(['play', dir]);
    expect(play.code).toBe(1);
    expect(play.stderr).toMatch(/has 2 errors/);
    noStack(play);
  });

  it('plays a whole game from piped answers, saving every month', async () => {
    const save = join(tmp, 'whole.json');
    const r = await run(
      ['play', MINI, '--as', 'red', '--seed', '3', '--save', save],
      answers('2', 80),
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/January 1900 · your orders \(0 of at most 2\)/);
    expect(r.stdout).toMatch(/── Reform ──/);
    expect(r.stdout).toMatch(/═══ (Red falls|Blue strikes|Stalemate) ═══/);
    expect(r.stdout).toMatch(/^THE OPENING|^The Opening$/m);
    expect(r.stdout).not.toMatch(/\x1b\[/);
    const saved = JSON.parse(readFileSync(save, 'utf8'));
    expect(saved).toMatchObject({
      format: 'uchronia-save',
      seed: 3,
      players: { red: 'human', blue: 'random' },
    });
    expect(temporaryFiles(save)).toEqual([]);
  });

  it('gives orders with targets by name, explains figures, and saves then resumes', async () => {
    const save = join(tmp, 'resume.json');
    const first = await run(
      ['play', MINI, '--as', 'red', '--seed', '4', '--save', save],
      '1\n2\nnorth\nwhy support\n2\n2\n',
    );
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Police: where\?/);
    expect(first.stdout).toMatch(/your orders \(1 of at most 2\): Police in The North/);
    expect(first.stdout).toMatch(
      /Support is 50; at the end of this month it drifts by -2:\n {2}War weariness +-1/,
    );
    expect(first.stdout).toMatch(/Input ended: game saved to .*resume\.json/);
    const turn = JSON.parse(readFileSync(save, 'utf8')).turn;
    expect(turn).toBe(2);
    const second = await run(['play', MINI, '--load', save, '--save', save], answers('2', 2));
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/Resumed · seed 4 · you play red/);
    expect(second.stdout).toMatch(/March 1900 +month 3 of 24/);
    expect(JSON.parse(readFileSync(save, 'utf8')).turn).toBeGreaterThan(turn);
  });

  it('tells the last month again right after --load, as it was told when played', async () => {
    const save = join(tmp, 'report.json');
    const first = await run(['play', MINI, '--as', 'red', '--seed', '4', '--save', save], '2\n');
    expect(first.stdout).toMatch(/News of January 1900\n• Founding/);
    const resumed = await run(['play', MINI, '--load', save]);
    expect(resumed.stdout).toMatch(
      /News of January 1900\n• Founding\n {4}The republic is founded\./,
    );
    expect(resumed.stdout).not.toMatch(/Nothing you know of/);
  });

  it('refuses a corrupt save with one clear line and leaves it as it was', async () => {
    const save = join(tmp, 'corrupt.json');
    const text = '{"format":"uchronia-save","formatVersion":1, "actions": [';
    writeFileSync(save, text);
    const r = await run(['play', MINI, '--load', save, '--save', save], answers('2', 3));
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(
      /^uchronia: cannot load .*corrupt\.json: the save is damaged or cut short/,
    );
    expect(readFileSync(save, 'utf8')).toBe(text);
    expect(temporaryFiles(save)).toEqual([]);
  });

  it('names unknown factions, policies and scenarios with a suggestion', async () => {
    const faction = await run(['play', MINI, '--as', 'blu']);
    expect(faction.code).toBe(1);
    expect(faction.stderr).toMatch(/unknown faction "blu" \(did you mean `blue`\?\)/);
    const policy = await run(['simulate', MINI, '--policy', 'blue=canno']);
    expect(policy.code).toBe(1);
    expect(policy.stderr).toMatch(/unknown policy "canno" \(did you mean `canon`\?\)/);
    const scenario = await run(['simulate', 'red-mexico-1954', '--runs', '1']);
    expect(scenario.code).toBe(1);
    expect(scenario.stderr).toMatch(
      /no scenario "red-mexico-1954" \(did you mean `red-mexico-1945`\?\)/,
    );
    for (const r of [faction, policy, scenario]) noStack(r);
  });

  it('sets the opponents by difficulty, and refuses one the scenario cannot give', async () => {
    const [unknown, noWeights, normal] = await Promise.all([
      run(['play', MINI, '--difficulty', 'extreme']),
      run(['play', MINI, '--difficulty', 'hard']),
      run(
        [
          'play',
          'red-mexico-1945',
          '--seed',
          '4',
          '--difficulty',
          'normal',
          '--save',
          join(tmp, 'normal.save.json'),
        ],
        answers('2', 3),
      ),
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('unknown difficulty `extreme`: choose easy, normal, hard');
    expect(noWeights.code).toBe(1);
    expect(noWeights.stderr).toContain("hard needs the bot's weights");
    expect(normal.code).toBe(0);
    const saved = JSON.parse(readFileSync(join(tmp, 'normal.save.json'), 'utf8')) as {
      players: Record<string, string>;
    };
    expect(saved.players).toEqual({ mexico: 'human', usa: 'priority', ussr: 'priority' });
  });

  it('simulates reproducibly, with counts adding up to --runs', async () => {
    const args = [
      'simulate',
      MINI,
      '--runs',
      '40',
      '--seed',
      '7',
      '--policy',
      'blue=canon',
      '--json',
    ];
    const [a, b] = await Promise.all([run(args), run(args)]);
    expect(a.code).toBe(0);
    expect(a.stderr).toBe('');
    expect(a.stdout).toBe(b.stdout);
    const out = JSON.parse(a.stdout);
    expect(out).toMatchObject({
      scenario: 'mini',
      runs: 40,
      seed: 7,
      policies: { red: 'random', blue: 'canon' },
    });
    expect(Object.values(out.endings as Record<string, number>).reduce((x, y) => x + y, 0)).toBe(
      40,
    );
    expect(out.meanTurns).toBeGreaterThan(0);
  });

  it('tells the canon as a chronicle, and the chronicle of a save', async () => {
    const r = await run(['chronicle', '--canon', MINI]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^## The Opening$/m);
    expect(r.stdout).toMatch(/^## The Crisis$/m);
    const html = await run(['chronicle', '--canon', MINI, '--format', 'html']);
    expect(html.stdout).toMatch(/<h2>The Opening<\/h2>/);
    const save = join(tmp, 'for-chronicle.json');
    await run(['play', MINI, '--seed', '2', '--save', save], answers('2', 4));
    const fromSave = await run(['chronicle', save, '--scenario', MINI]);
    expect(fromSave.code).toBe(0);
    expect(fromSave.stdout).toMatch(/^# Mini$/m);
    const noScenario = await run(['chronicle', save]);
    expect(noScenario.code).toBe(1);
    expect(noScenario.stderr).toMatch(/is a game of "mini", which is not a bundled scenario/);
  });

  it('prints the JSON Schema, and help for every subcommand', async () => {
    const r = await run(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).definitions).toHaveProperty('events');
    const commands = ['validate', 'play', 'simulate', 'analyze', 'reach', 'chronicle', 'schema'];
    const helps = await Promise.all(commands.map((cmd) => run([cmd, '--help'])));
    commands.forEach((cmd, i) => {
      expect(helps[i]!.code).toBe(0);
      expect(helps[i]!.stdout).toMatch(new RegExp(`^Usage: uchronia ${cmd}`));
    });
  });
});
