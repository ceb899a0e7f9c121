// How the command (bin/uchronia.js) and the bench (bench/bundled.mjs) bundle TypeScript sources
// into one ES module for Node with esbuild.

/** esbuild options for a bundle of `entry`; `firstLine`, if given, opens the file. */
export function nodeBundle(entry, firstLine = null) {
  return {
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Native code, the build tools and the worker pool (it starts workers from its own files)
    // stay outside; everything else goes in one file, which spares Node resolving and loading
    // hundreds of modules at every start.
    external: [
      '@resvg/resvg-js',
      'esbuild',
      'tsx',
      'vite',
      'piscina',
      'better-sqlite3',
      'pg-native',
    ],
    logLevel: 'silent',
    // dependencies written as CommonJS call `require`, which an ES module lacks
    banner: {
      js: `${firstLine === null ? '' : `${firstLine}\n`}import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);`,
    },
  };
}
