// A fast run of the loader fuzz (the full one: bench/fuzz-loader.ts): every mutant of the
// fixture and of a bundled scenario gives a typed, located error or a valid scenario.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import {
  bundledScenarios,
  listBundledScenarios,
  readScenarioFiles,
} from '../../src/node/scenario-dir';
import { miniFiles } from '../helpers';
import { judge, mutant } from './mutate';

describe('the loader on mutated folders (property)', () => {
  it('judges the unmutated folders valid', () => {
    expect(judge(miniFiles())).toEqual({ ok: true, valid: true });
  });

  it('never throws and locates every problem, on the mini fixture', () => {
    const files = miniFiles();
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const m = mutant(files, seed);
        expect(judge(m.files), m.steps.join('; ')).toMatchObject({ ok: true });
      }),
      // Past counterexamples run first: an author's `NaN` quoted outside backticks.
      { numRuns: 60, examples: [[-2039206714]] },
    );
  });

  it('never throws and locates every problem, on a bundled scenario', () => {
    const name = listBundledScenarios()[0]!;
    const files = readScenarioFiles(join(bundledScenarios(), name));
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const m = mutant(files, seed);
        expect(judge(m.files), m.steps.join('; ')).toMatchObject({ ok: true });
      }),
      { numRuns: 5 },
    );
  });
});
