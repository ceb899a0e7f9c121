// Worker threads start fast from one bundled JavaScript file. Loading the TypeScript sources
// through tsx in every worker costs seconds (the loader hooks resolve each of hundreds of
// modules); bundling once with esbuild (which tsx already brings) costs a few hundred ms.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { packageRoot } from './package-root';

export interface WorkerEntry {
  readonly filename: string;
  /** Removes the bundle once the pool is done. */
  dispose(): void;
}

/** A worker's entry: `source` (a TypeScript file, from the package's folder) bundled, or,
 *  without esbuild, `fallback` (a module that loads the TypeScript through tsx: slower to
 *  start, same results). */
export async function workerEntry(source: string, fallback: string): Promise<WorkerEntry> {
  try {
    const { build } = await import('esbuild');
    const out = await build({
      entryPoints: [join(packageRoot(), source)],
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
      // native code stays outside, as in the command's bundle
      external: ['better-sqlite3', 'pg-native', '@resvg/resvg-js'],
    });
    // inside the package, where the bundled modules find its scenarios (see packageRoot)
    const cache = join(packageRoot(), 'node_modules/.cache/uchronia');
    mkdirSync(cache, { recursive: true });
    const dir = mkdtempSync(join(cache, 'worker-'));
    const filename = join(dir, basename(source).replace(/\.ts$/, '.mjs'));
    writeFileSync(filename, out.outputFiles[0]!.text);
    return { filename, dispose: () => rmSync(dir, { recursive: true, force: true }) };
  } catch {
    return { filename: join(packageRoot(), fallback), dispose: () => {} };
  }
}
