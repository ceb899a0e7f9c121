// bin/uchronia.js runs a bundle of the command's sources, rebuilt whenever a source changes: a
// stale bundle would run yesterday's code. Checked on a tiny package of the same layout.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  readFileSync,
  readdirSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './run-cli';

describe('the uchronia command', () => {
  const pkg = mkdtempSync(join(tmpdir(), 'uchronia-bin-'));
  afterAll(() => rmSync(pkg, { recursive: true, force: true }));
  mkdirSync(join(pkg, 'bin'));
  mkdirSync(join(pkg, 'src/cli'), { recursive: true });
  for (const file of ['bin/uchronia.js', 'bin/node-bundle.js'])
    copyFileSync(join(ROOT, file), join(pkg, file));
  copyFileSync(join(ROOT, 'package-lock.json'), join(pkg, 'package-lock.json'));
  writeFileSync(join(pkg, 'package.json'), '{ "name": "uchronia", "type": "module" }');
  // its own node_modules (the bundle is cached there), lending only the build tools
  mkdirSync(join(pkg, 'node_modules'));
  for (const tool of ['esbuild', 'tsx'])
    symlinkSync(join(ROOT, 'node_modules', tool), join(pkg, 'node_modules', tool));
  const cache = join(pkg, 'node_modules/.cache/uchronia');
  // one folder per source stamp, `cli-<stamp>/main.mjs` and its parts
  const bundles = () =>
    existsSync(cache)
      ? readdirSync(cache)
          .filter((n) => n.startsWith('cli-'))
          .map((n) => readFileSync(join(cache, n, 'main.mjs'), 'utf8'))
      : [];
  const main = join(pkg, 'src/cli/main.ts');
  writeFileSync(join(pkg, 'src/cli/greeting.ts'), "export const greeting: string = 'hello';\n");
  const say = (words: string, mtime: number) => {
    writeFileSync(
      main,
      `import { greeting } from './greeting';\nconsole.log(greeting, ${JSON.stringify(words)});\n`,
    );
    utimesSync(main, mtime, mtime); // whatever the clock says: a checkout may set any time
  };
  const run = () =>
    execFileSync(process.execPath, [join(pkg, 'bin/uchronia.js')])
      .toString()
      .trim();

  it('runs its sources from a bundle, and rebuilds the bundle when a source changes', () => {
    say('first', 1_000_000);
    expect(run()).toBe('hello first');
    expect(bundles()).toHaveLength(1);
    expect(bundles()[0]).toContain('"first"');
    expect(run()).toBe('hello first'); // from the bundle, unchanged
    expect(bundles()).toHaveLength(1);
    say('second', 2_000_000);
    expect(run()).toBe('hello second');
    expect(bundles().filter((b) => b.includes('"second"'))).toHaveLength(1);
    // the newest three are kept
    for (const [i, words] of ['third', 'fourth'].entries()) {
      say(words, 3_000_000 + i);
      expect(run()).toBe(`hello ${words}`);
    }
    expect(bundles()).toHaveLength(3);
    expect(bundles().some((b) => b.includes('"first"'))).toBe(false);
    rmSync(join(pkg, 'src/cli/greeting.ts')); // a deleted file counts too: the build now fails
    expect(() =>
      execFileSync(process.execPath, [join(pkg, 'bin/uchronia.js')], { stdio: 'pipe' }),
    ).toThrow();
  });
});
