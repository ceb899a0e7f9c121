// Worker threads start fast from one bundled JavaScript file. Loading the TypeScript sources
// through tsx in every worker costs seconds (the loader hooks resolve each of hundreds of
// modules); bundling once with esbuild (which tsx already brings) costs a few hundred ms.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Without esbuild, workers load the TypeScript through tsx (slower to start, same results). */
const FALLBACK = fileURLToPath(new URL('./analyze-worker.mjs', import.meta.url));
const SOURCE = fileURLToPath(new URL('./analyze-worker.ts', import.meta.url));

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
    const dir = mkdtempSync(join(tmpdir(), 'uchronia-worker-'));
    const filename = join(dir, 'analyze-worker.mjs');
    writeFileSync(filename, out.outputFiles[0]!.text);
    return { filename, dispose: () => rmSync(dir, { recursive: true, force: true }) };
  } catch {
    return { filename: FALLBACK, dispose: () => {} };
  }
}
