// `uchronia new <dir>`: a small working scenario to start from, written into a new folder.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Command } from 'commander';
import { fail } from '../fail';
import { writeOutput } from './output';
import { starterFiles } from './starter';

const ID = /^[a-z][a-z0-9_-]*$/;

/** The scenario id a folder's name gives (`My Scenario 1848` → `my-scenario-1848`). */
export function idFromFolder(dir: string): string {
  const id = basename(resolve(dir))
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[^a-z]+|-+$/g, '');
  return ID.test(id) ? id : 'my-scenario';
}

/** Writes the starter scenario into `dir` (absent or empty); returns the files written. */
export function writeStarter(dir: string, id = idFromFolder(dir)): string[] {
  if (!ID.test(id))
    fail(
      `--id: "${id}" is not a scenario id`,
      'a lowercase letter, then lowercase letters, digits, _ or -',
    );
  if (existsSync(dir) && readdirSync(dir).length > 0)
    fail(`${dir} already holds files`, 'give a new folder, or an empty one');
  const files = starterFiles(id);
  for (const [path, text] of Object.entries(files)) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeOutput(file, text);
  }
  return Object.keys(files);
}

export const newCommand = new Command('new')
  .description('write a small working scenario into a new folder, to start from')
  .argument('<dir>', 'the folder to create (it must be new or empty)')
  .option('--id <id>', 'the scenario id (default: from the folder name)')
  .action((dir: string, opts: { id?: string }) => {
    const files = writeStarter(dir, opts.id);
    process.stdout.write(
      `wrote ${files.length} files to ${dir}: ${files.join(', ')}\n` +
        `next:\n  uchronia validate ${dir}\n  uchronia play ${dir}\n  uchronia dev ${dir}      # the browser game, reloaded on every save\n`,
    );
  });
