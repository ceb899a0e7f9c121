// CI: every ending and every event of every bundled scenario is reachable by ordinary play.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBundledScenarios } from '../src/node/scenario-dir';
import { runCli } from './cli/run-cli';

const out = mkdtempSync(join(tmpdir(), 'uchronia-reach-ci-'));

describe('bundled scenarios', () => {
  it('has some', () => expect(listBundledScenarios().length).toBeGreaterThan(0));

  it.each(listBundledScenarios())('%s: uchronia reach finds nothing unreachable', async (name) => {
    const r = await runCli(['reach', name, '--out', join(out, name)], 60_000);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Not reached: nothing\.$/m);
    expect(r.code).toBe(0);
  });
});
