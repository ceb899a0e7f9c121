// The command against hostile input: escapes in a scenario's texts, a save that asks for an
// arbitrarily expensive AI, and counts and seeds past what they can mean.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINI_DIR } from '../helpers';
import { runCli, type CliRun } from './run-cli';

const tmp = mkdtempSync(join(tmpdir(), 'uchronia-hostile-'));
const run = (args: readonly string[], input = ''): Promise<CliRun> => runCli(args, 90_000, input);

/** Every control character a terminal acts on, but the line break. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f]/;
const ESCAPES = String.raw`\e]0;owned\a\e[31m\e[2J`;

/** The mini scenario with a terminal's title, colour and clear-screen escapes in every text. */
function hostileMini(): string {
  const dir = join(tmp, 'hostile');
  cpSync(MINI_DIR, dir, { recursive: true });
  const texts = join(dir, 'texts/en.yaml');
  const hostile = readFileSync(texts, 'utf8').replace(
    /\b(title|name|body|label|chronicle|summary|description): ([^{},\n"]+)/g,
    (_, key: string, value: string) => `${key}: "${ESCAPES}${value.trim()}\\x9b2J\\x07"`,
  );
  expect(hostile).not.toBe(readFileSync(texts, 'utf8'));
  writeFileSync(texts, hostile);
  return dir;
}

// One test at a time: each starts several commands at once already.
describe('uchronia, given hostile input', () => {
  const mini = hostileMini();

  it('never lets a scenario text reach the terminal as control characters', async () => {
    const save = join(tmp, 'hostile.save.json');
    const [simulate, analyze, played, canon] = await Promise.all([
      run(['simulate', mini, '--runs', '5']),
      run(['analyze', mini, '--runs', '5']),
      run(
        ['play', mini, '--as', 'red', '--seed', '3', '--save', save],
        '1\nwhy support\n2\n'.repeat(30),
      ),
      run(['chronicle', '--canon', mini]),
    ]);
    const fromSave = await run(['chronicle', save, '--scenario', mini]);
    for (const r of [simulate, analyze, played, canon, fromSave]) {
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(CONTROL);
      expect(r.stderr).not.toMatch(CONTROL);
    }
    // The texts are still there, their escapes shown, not obeyed.
    expect(simulate.stdout).toContain('␛]0;owned␇␛[31m␛[2JMini');
    expect(analyze.stdout).toMatch(/␛\[2JStalemate/);
    expect(played.stdout).toMatch(/␛\[2JReform/);
    expect(canon.stdout).toMatch(/␛\\?\[2JThe Opening/);
    expect(fromSave.stdout).toMatch(/␛\\?\[2JMini/);
  }, 240_000);

  it('shows the escapes of a broken scenario or a forged save in its errors, never obeys them', async () => {
    const broken = join(tmp, 'broken-hostile');
    cpSync(MINI_DIR, broken, { recursive: true });
    const endings = join(broken, 'endings.yaml');
    writeFileSync(
      endings,
      readFileSync(endings, 'utf8').replace('"support <= 0"', `"supp${ESCAPES}ort <= 0"`),
    );
    const save = join(tmp, 'forged.save.json');
    const played = join(tmp, 'to-forge.save.json');
    expect((await run(['play', MINI_DIR, '--seed', '2', '--save', played], '2\n')).code).toBe(0);
    writeFileSync(
      save,
      readFileSync(played, 'utf8').replace('"id":"mini"', '"id":"mini\\u001b]0;owned\\u0007"'),
    );
    const [validate, loadBroken, forged] = await Promise.all([
      run(['validate', broken]),
      run(['simulate', broken, '--runs', '1']),
      run(['chronicle', save]),
    ]);
    for (const r of [validate, loadBroken, forged]) {
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr).not.toMatch(CONTROL);
    }
    expect(validate.stderr).toMatch(/^endings\.yaml:4:\d+ .*␛/m);
    expect(loadBroken.stderr).toMatch(/endings\.yaml:4:\d+ .*␛/);
    expect(forged.stderr).toMatch(/is a game of "mini␛\]0;owned␇"/);
  }, 240_000);

  it('refuses a save, or an option, that asks for an arbitrarily expensive AI', async () => {
    const finished = join(tmp, 'finished.save.json');
    const played = await run(
      ['play', MINI_DIR, '--as', 'red', '--seed', '3', '--save', finished],
      '2\n'.repeat(80),
    );
    expect(played.stdout).toMatch(/The finished game is saved/);
    const forged = join(tmp, 'expensive.save.json');
    const text = readFileSync(finished, 'utf8');
    expect(text).toContain('"blue":"random"');
    writeFileSync(forged, text.replace('"blue":"random"', '"blue":"search-all:99999"'));
    const [load, option] = await Promise.all([
      run(['play', '--load', forged, MINI_DIR]),
      run(['simulate', MINI_DIR, '--runs', '1', '--policy', 'blue=search:5000']),
    ]);
    expect(load.code).toBe(1);
    expect(load.stderr).toMatch(
      /^uchronia: cannot load .*expensive\.save\.json: blue: the policy "search-all:99999" asks for 99999 playouts a decision: it may ask for 1 to 1000$/m,
    );
    expect(option.code).toBe(1);
    expect(option.stderr).toMatch(/^uchronia: the policy "search:5000" asks for 5000 playouts/m);
  }, 240_000);

  it('bounds counts and seeds, with a clear line for each', async () => {
    const cases: [string[], RegExp][] = [
      [
        ['simulate', MINI_DIR, '--runs', '1000000000000'],
        /^uchronia: --runs is at most 1000000, got 1000000000000$/m,
      ],
      [
        ['analyze', MINI_DIR, '--runs', '99999999999999999999999'],
        /^uchronia: --runs is at most 1000000, got 99999999999999999999999$/m,
      ],
      [['reach', MINI_DIR, '--runs', '2000000'], /^uchronia: --runs is at most 1000000/m],
      [
        ['simulate', MINI_DIR, '--seed', '4294967297', '--runs', '1'],
        /^uchronia: --seed is at most 4294967295 \(seeds are 32-bit\), got 4294967297$/m,
      ],
      [
        ['analyze', MINI_DIR, '--seed', '4294967290', '--runs', '10'],
        /^uchronia: --seed 4294967290 with --runs 10 plays seeds up to 4294967299; seeds are at most 4294967295 \(32-bit\)$/m,
      ],
      [['play', MINI_DIR, '--seed', '4294967297'], /^uchronia: --seed is at most 4294967295/m],
      [
        ['chronicle', '--canon', MINI_DIR, '--seed', '4294967296'],
        /^uchronia: --seed is at most 4294967295/m,
      ],
    ];
    const runs = await Promise.all(cases.map(([args]) => run(args)));
    runs.forEach((r, i) => {
      expect(r.code, cases[i]![0].join(' ')).toBe(1);
      expect(r.stderr).toMatch(cases[i]![1]);
    });
    // The largest seed is a seed of its own, not seed 0's game again.
    const [last, first] = await Promise.all([
      run(['chronicle', '--canon', MINI_DIR, '--seed', '4294967295']),
      run(['simulate', MINI_DIR, '--seed', '4294967295', '--runs', '1', '--json']),
    ]);
    expect(last.code).toBe(0);
    const helps = await Promise.all(
      ['simulate', 'analyze', 'reach'].map((c) => run([c, '--help'])),
    );
    for (const help of helps) {
      expect(help.stdout).toMatch(/at most\s+1000000/);
      expect(help.stdout).toMatch(/0 to 4294967295/);
    }
    expect(JSON.parse(first.stdout)).toMatchObject({ seed: 4294967295, runs: 1 });
  }, 240_000);

  it('uses at most one worker per core, and says so', async () => {
    const cores = availableParallelism();
    const r = await run(['analyze', MINI_DIR, '--runs', '20', '--workers', String(cores + 62)]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      `uchronia: --workers ${cores + 62} is more than this machine's ${cores} core${cores === 1 ? '' : 's'}: using ${cores}`,
    );
  }, 240_000);
});
