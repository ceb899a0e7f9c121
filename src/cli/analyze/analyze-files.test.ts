// `analyze --out DIR`, killed at any moment, leaves DIR complete or not at all; it replaces a
// previous result whole and never mixes its files into a folder of other things.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, watch } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINI_DIR } from '../../../test/helpers';
import { ROOT, runCli } from '../../../test/cli/run-cli';

const tmp = mkdtempSync(join(tmpdir(), 'uchronia-out-'));
const args = (out: string, seed = 1) => [
  'analyze',
  MINI_DIR,
  '--runs',
  '40',
  '--seed',
  String(seed),
  '--out',
  out,
];

/** Every file of a result folder, by name. */
const contents = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'latin1')]),
  );

/** Runs the command and kills it `delayMs` after the folder `out` appears in its parent. */
function killedOnceOutAppears(out: string, delayMs: number): Promise<void> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/uchronia.js'), ...args(out)], {
      cwd: ROOT,
      stdio: 'ignore',
    });
    const name = out.slice(out.lastIndexOf('/') + 1);
    const watcher = watch(join(out, '..'), (_, file) => {
      if (file === name) setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('exit', () => {
      watcher.close();
      done();
    });
  });
}

describe('analyze --out', () => {
  it('is complete or absent, killed at any moment while it writes', async () => {
    const reference = join(tmp, 'reference');
    expect((await runCli(args(reference), 90_000)).code).toBe(0);
    const complete = contents(reference);
    expect(Object.keys(complete)).toContain('result.json');
    for (const delay of [0, 0, 1, 2, 4]) {
      const parent = join(tmp, `killed-${Math.random().toString(36).slice(2)}`);
      mkdirSync(parent);
      const out = join(parent, 'results');
      await killedOnceOutAppears(out, delay);
      if (existsSync(out)) expect(contents(out)).toEqual(complete);
    }
  }, 300_000);

  it('replaces a previous result whole, and refuses a folder holding other files', async () => {
    const out = join(tmp, 'again');
    expect((await runCli(args(out, 1), 90_000)).code).toBe(0);
    expect((await runCli(args(out, 2), 90_000)).code).toBe(0);
    const fresh = join(tmp, 'fresh');
    expect((await runCli(args(fresh, 2), 90_000)).code).toBe(0);
    expect(contents(out)).toEqual(contents(fresh));
    const mine = join(tmp, 'mine');
    mkdirSync(mine);
    writeFileSync(join(mine, 'notes.md'), 'my notes');
    const r = await runCli(args(mine), 90_000);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--out .*mine holds files other than an analysis's results/);
    expect(readdirSync(mine)).toEqual(['notes.md']);
  }, 300_000);
});
