// Freezes the engine of one commit into bench/frozen/, so that `npm run bench` can run it side
// by side with the engine of the working tree and report each figure as a ratio to it: the
// machine's noise then falls on both alike. The frozen files are built from that commit's
// sources alone (engine, AI, analysis and the scenario loader), never from the working tree;
// the libraries stay the package's own, pinned by its lock file.
//   node bench/freeze.mjs <commit> [dir]   the engine and the analysis worker, into bench/frozen/
//                                    (or into dir, a folder inside the package: the bench then
//                                    runs against it with BENCH_BEFORE=dir)
//   node bench/freeze.mjs --cli [dir] the whole command of the commit frozen in bench/frozen/ (or
//                                    in dir), bundled as bin/uchronia.js bundles it, into
//                                    node_modules/.cache/ (see frozenCliPath)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { nodeBundle } from '../bin/node-bundle.js';

/** Where the command of a frozen commit is bundled: one file per commit, so that a bench run
 *  against another frozen engine (BENCH_BEFORE) times that engine's own command. */
export const frozenCliPath = (commit) =>
  `node_modules/.cache/uchronia/frozen-cli-${commit.trim().slice(0, 10)}.mjs`;

const arg = process.argv[2];
if (!arg) throw new Error('usage: node bench/freeze.mjs <commit> | --cli');
const cli = arg === '--cli';
const into = process.argv[3] || 'bench/frozen';
const commit = cli ? readFileSync(join(into, 'COMMIT'), 'utf8').trim() : arg;
const full = execFileSync('git', ['rev-parse', commit], { encoding: 'utf8' }).trim();
const tree = mkdtempSync(join(tmpdir(), 'uchronia-frozen-'));
try {
  execFileSync('sh', ['-c', `git archive ${full} src package.json | tar -x -C ${tree}`]);
  // the libraries resolve from the package's own node_modules
  execFileSync('ln', ['-s', join(process.cwd(), 'node_modules'), join(tree, 'node_modules')]);
  const banner = `// The engine of commit ${full}, frozen by bench/freeze.mjs for the benchmarks. Generated: do not edit.`;
  if (cli) {
    mkdirSync('node_modules/.cache/uchronia', { recursive: true });
    await build({ ...nodeBundle(join(tree, 'src/cli/main.ts')), outfile: frozenCliPath(full) });
  } else {
    // What the benchmarks call, from that commit's modules.
    writeFileSync(
      join(tree, 'frozen-engine.ts'),
      [
        "export * from './src/engine';",
        "export { DIFFICULTIES, POLICIES, canonPolicy, policyByName, priorityPolicy, randomPolicy } from './src/ai';",
        "export { runCampaign } from './src/analysis/campaign';",
        "export { analyzeHere, chunkSize } from './src/analysis/run';",
        "export { chunksOf } from './src/analysis/chunk';",
        "export { OrderedMerge } from './src/analysis/stats/merge';",
        "export { tallyLayout } from './src/analysis/stats/tally';",
        "export { loadScenarioDir, readScenarioFiles } from './src/node/scenario-dir';",
        '',
      ].join('\n'),
    );
    const options = (entry, out) => ({
      ...nodeBundle(join(tree, entry), banner),
      // the scenario loader finds the package from its own file: bench/frozen/ is inside it
      outfile: join(into, out),
      packages: 'external',
      logLevel: 'warning',
    });
    await build(options('frozen-engine.ts', 'engine.mjs'));
    await build(options('src/cli/analyze/analyze-worker.ts', 'analyze-worker.mjs'));
    writeFileSync(join(into, 'COMMIT'), `${full}\n`);
    console.log(`froze the engine of ${full} into ${into}/`);
  }
} finally {
  rmSync(tree, { recursive: true, force: true });
}
