// `uchronia schema [<dir>]`: the JSON Schemas of scenario files, for editors. Given a scenario,
// they know its names (tracks, flags, events, regions, factions, text keys), so the editor
// completes them and flags misspellings; `--out` writes one root schema per kind of file and
// prints the editor settings that use them.
import { mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Command } from 'commander';
import {
  FILE_GLOBS,
  FILE_KINDS,
  combinedSchema,
  namesOf,
  rootSchema,
  type ScenarioNames,
} from '../../engine';
import { writeFileAtomic } from '../../node/atomic-write';
import { resolveScenarioDir } from '../../node/scenario-dir';
import { loadScenarioOrFail } from '../scenario';

/** The file name `--out` gives each kind's schema. */
export const schemaFileName = (kind: string) => `${kind}.schema.json`;

/** The names of the scenario at `dir` (which must load), or none for the generic schema. */
export function scenarioNames(dir: string | undefined): ScenarioNames | undefined {
  return dir === undefined ? undefined : namesOf(loadScenarioOrFail(dir));
}

/**
 * Writes one root schema per kind of file into `out` and returns the `yaml.schemas` setting of
 * yaml-language-server (VS Code's YAML extension) that maps them to the scenario's files, the
 * globs relative to the folder the editor opens (`workspace`).
 */
export function writeSchemas(
  out: string,
  names: ScenarioNames | undefined,
  scenarioDir: string,
  workspace: string,
): Record<string, string[]> {
  mkdirSync(out, { recursive: true });
  const settings: Record<string, string[]> = {};
  const under = relative(resolve(workspace), resolve(scenarioDir)).split('\\').join('/');
  for (const kind of FILE_KINDS) {
    const file = join(out, schemaFileName(kind));
    writeFileAtomic(file, JSON.stringify(rootSchema(kind, names), null, 2) + '\n');
    const where = relative(resolve(workspace), resolve(file)).split('\\').join('/');
    settings[`./${where}`] = [under ? `${under}/${FILE_GLOBS[kind]}` : FILE_GLOBS[kind]];
  }
  return settings;
}

export const schemaCommand = new Command('schema')
  .description(
    'print the JSON Schema of scenario files (for editor autocompletion); given a scenario, with its own names',
  )
  .argument('[scenario-dir]', 'a scenario folder (or bundled name) whose names the schema offers')
  .option(
    '--out <folder>',
    'write one schema per kind of file there, and print the editor settings',
  )
  .option('--workspace <folder>', 'the folder the editor opens, for the settings paths', '.')
  .action((dir: string | undefined, opts: { out?: string; workspace: string }) => {
    const names = scenarioNames(dir);
    if (!opts.out) {
      process.stdout.write(JSON.stringify(combinedSchema(names), null, 2) + '\n');
      return;
    }
    const settings = writeSchemas(
      opts.out,
      names,
      dir === undefined ? '.' : resolveScenarioDir(dir),
      opts.workspace,
    );
    process.stdout.write(
      `wrote ${FILE_KINDS.length} schemas to ${opts.out}\n` +
        'add to .vscode/settings.json (with the YAML extension, yaml-language-server):\n' +
        JSON.stringify({ 'yaml.schemas': settings }, null, 2) +
        '\n',
    );
  });
