#!/usr/bin/env node
// The `uchronia` command. It runs one JavaScript bundle of the command's TypeScript sources,
// built with esbuild on the first run and again whenever a source file has changed: loading
// hundreds of TypeScript modules through tsx costs over a second at every start, the bundle a
// tenth of that. Without esbuild, or if the build fails, it runs the sources through tsx.
import { closeSync, mkdirSync, openSync, readdirSync, readSync, renameSync } from 'node:fs';
import { statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import module from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { nodeBundle } from './node-bundle.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'src/cli/main.ts');
const bundle = join(root, 'node_modules/.cache/uchronia/cli.mjs');

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

/** The stamp written on the bundle's first line, or null if there is no bundle. */
function bundleStamp() {
  let fd;
  try {
    fd = openSync(bundle, 'r');
  } catch {
    return null;
  }
  try {
    const head = Buffer.alloc(100);
    const line = head
      .subarray(0, readSync(fd, head, 0, 100, 0))
      .toString()
      .split('\n')[0];
    return line.startsWith('// stamp ') ? line.slice('// stamp '.length) : null;
  } finally {
    closeSync(fd);
  }
}

async function freshBundle() {
  const stamp = sourceStamp();
  if (bundleStamp() === stamp) return bundle;
  const { build } = await import('esbuild');
  const out = await build({ ...nodeBundle(entry, `// stamp ${stamp}`), write: false });
  mkdirSync(dirname(bundle), { recursive: true });
  // written whole, then renamed: a command started meanwhile reads the old bundle or the new one
  const partial = `${bundle}.${process.pid}`;
  writeFileSync(partial, out.outputFiles[0].text);
  renameSync(partial, bundle);
  return bundle;
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
