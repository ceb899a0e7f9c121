#!/usr/bin/env node
// The `uchronia` command. It runs a JavaScript bundle of the command's TypeScript sources,
// built with esbuild on the first run and again whenever a source file has changed: loading
// hundreds of TypeScript modules through tsx costs over a second at every start, the bundle a
// tenth of that. The bundle is split where the command loads a module only when it runs (each
// subcommand), so that a short command reads only the code it runs. Without esbuild, or if the
// build fails, it runs the sources through tsx.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import module from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { nodeBundle } from './node-bundle.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'src/cli/main.ts');
const cache = join(root, 'node_modules/.cache/uchronia');
/** Bundles kept: the newest few, so that a command still running when the sources change can
 *  still load the parts of its own bundle it has not loaded yet. */
const KEEP_BUNDLES = 3;

/** What the bundle was built from: the path, size and modification time of every file under
 *  src/, of the lock file (dependencies) and of this file and node-bundle.js (how it builds),
 *  hashed. */
function sourceStamp() {
  const hash = createHash('sha1');
  const add = (path) => {
    const { size, mtimeMs } = statSync(path);
    hash.update(`${path}\0${size}\0${mtimeMs}\n`);
  };
  add(join(root, 'package-lock.json'));
  add(fileURLToPath(import.meta.url));
  add(fileURLToPath(new URL('./node-bundle.js', import.meta.url)));
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    ))
      if (e.isDirectory()) walk(join(dir, e.name));
      else add(join(dir, e.name));
  };
  walk(join(root, 'src'));
  return hash.digest('hex');
}

/** The bundle built from the sources as they are now (its folder is named by their stamp). */
async function freshBundle() {
  const dir = join(cache, `cli-${sourceStamp().slice(0, 20)}`);
  const main = join(dir, 'main.mjs');
  if (existsSync(main)) return main;
  const { build } = await import('esbuild');
  const out = await build({
    ...nodeBundle(entry),
    splitting: true,
    outdir: dir,
    entryNames: 'main',
    chunkNames: '[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    write: false,
  });
  // written whole in a folder of its own, then renamed: a command started meanwhile finds the
  // bundle complete or not at all
  const partial = `${dir}.${process.pid}`;
  mkdirSync(partial, { recursive: true });
  for (const f of out.outputFiles) writeFileSync(f.path.replace(dir, partial), f.text);
  try {
    renameSync(partial, dir);
  } catch {
    rmSync(partial, { recursive: true, force: true }); // another command built it first
  }
  pruneBundles(dir);
  return main;
}

/** Removes all but the newest bundles, never `current`. */
function pruneBundles(current) {
  try {
    const old = readdirSync(cache)
      .filter((n) => /^cli-[0-9a-f]+$/.test(n) && join(cache, n) !== current)
      .map((n) => ({ n, t: statSync(join(cache, n)).mtimeMs }))
      .sort((a, b) => b.t - a.t)
      .slice(KEEP_BUNDLES - 1);
    for (const { n } of old) rmSync(join(cache, n), { recursive: true, force: true });
  } catch {
    // another command pruned them first
  }
}

// V8 keeps the code it compiles from the bundle beside it, so a start after the first skips
// compiling megabytes of JavaScript again (Node drops the cache by itself when the file changes).
module.enableCompileCache?.(join(root, 'node_modules/.cache/uchronia/compiled'));

let file = null;
try {
  file = await freshBundle();
} catch {
  // no esbuild, or a source it cannot build: tsx reports what is wrong, or runs it
}
if (file) await import(pathToFileURL(file).href);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(entry).href);
}
