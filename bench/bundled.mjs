// Runs a benchmark the way the product runs its code: bundled into one file by esbuild, as the
// `uchronia` command and the analysis workers are (loading the TypeScript modules one by one
// through tsx measures a slower program than the one users run).
//   node bench/bundled.mjs bench/run.ts
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { nodeBundle } from '../bin/node-bundle.js';

const entry = process.argv[2];
const outfile = join('node_modules/.cache/uchronia', `bench-${basename(entry, '.ts')}.mjs`);
mkdirSync('node_modules/.cache/uchronia', { recursive: true });
await build({ ...nodeBundle(entry), outfile, logLevel: 'warning' });
process.argv.splice(2, 1);
await import(pathToFileURL(outfile).href);
