// The command against hostile input: escapes in a scenario's texts, a save that asks for an
// arbitrarily expensive AI, and counts and seeds past what they can mean.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINI_DIR } from './helpers';
import { runCli, type CliRun } from './run-cli';

const tmp = mkdtempSync(join(tmpdir(), 'uchronia-hostile-'));
const run = (args: readonly string[], input = ''): Promise<CliRun> => runCli(args, 30_000, input);

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

describe.concurrent('uchronia, given hostile input', () => {
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
  });

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
  });
});
