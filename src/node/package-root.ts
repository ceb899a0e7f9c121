// The folder of the uchronia package, found from a file inside it: the same answer whether a
// module runs from its TypeScript source or from the command's bundle (bin/uchronia.js), which
// lives elsewhere in the package.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

export function packageRoot(): string {
  if (cached !== undefined) return cached;
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && isUchronia(manifest)) return (cached = dir);
    if (dirname(dir) === dir) throw new Error('uchronia: cannot find the package folder');
  }
}

function isUchronia(manifest: string): boolean {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'uchronia';
  } catch {
    return false;
  }
}
