// `uchronia schema`: the JSON Schema of the scenario files, for editors.
import { Command } from 'commander';
import { jsonSchema } from '../engine';

export const schemaCommand = new Command('schema')
  .description('print the JSON Schema of scenario files (for editor autocompletion)')
  .action(() => {
    process.stdout.write(JSON.stringify(jsonSchema(), null, 2) + '\n');
  });
