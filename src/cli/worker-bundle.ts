// Worker threads start fast from one bundled JavaScript file. Loading the TypeScript sources
// through tsx in every worker costs seconds (the loader hooks resolve each of hundreds of
// modules); bundling once with esbuild (which tsx already brings) costs a few hundred ms.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../node/package-root';

/** Without esbuild, workers load the TypeScript through tsx (slower to start, same results). */
const FALLBACK = join(packageRoot(), 'src/cli/analyze/analyze-worker.mjs');
const SOURCE = join(packageRoot(), 'src/cli/analyze/analyze-worker.ts');

export interface WorkerEntry {
  readonly filename: string;
  /** Removes the bundle once the pool is done. */
  dispose(): void;
}

export async function workerEntry(): Promise<WorkerEntry> {
  try {
    const { build } = await import('esbuild');
    const out = await build({
      entryPoints: [SOURCE],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      write: false,
      logLevel: 'silent',
      // Dependencies written as CommonJS call `require`, which an ES module lacks.
      banner: {
        js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
      },
    });
    // inside the package, where the bundled modules find its scenarios (see packageRoot)
    const cache = join(packageRoot(), 'node_modules/.cache/uchronia');
    mkdirSync(cache, { recursive: true });
    const dir = mkdtempSync(join(cache, 'worker-'));
    const filename = join(dir, 'analyze-worker.mjs');
    writeFileSync(filename, out.outputFiles[0]!.text);
    return { filename, dispose: () => rmSync(dir, { recursive: true, force: true }) };
  } catch {
    return { filename: FALLBACK, dispose: () => {} };
  }
}
