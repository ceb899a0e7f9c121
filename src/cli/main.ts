// The `uchronia` command: one subcommand per file, errors as one clear line on stderr.
import { Command, CommanderError } from 'commander';
import { analyzeCommand } from './analyze/analyze';
import { chronicleCommand } from './chronicle';
import { CliError } from './fail';
import { devCommand } from './author/dev';
import { graphCommand } from './author/graph';
import { newCommand } from './author/new';
import { textsCommand } from './author/texts';
import { playCommand } from './play/play';
import { reachCommand } from './analyze/reach';
import { schemaCommand } from './author/schema';
import { serveCommand } from './serve';
import { simulateCommand } from './analyze/simulate';
import { printable } from './style';
import { validateCommand } from './author/validate';

// A reader that goes away (`uchronia … | head`) ends the command quietly, not with a stack.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const program = new Command('uchronia')
  .description('Uchronia: play, check and study alternate histories')
  .version('0.1.0')
  .showHelpAfterError('(add --help for usage)')
  .showSuggestionAfterError(true);

for (const cmd of [
  playCommand,
  validateCommand,
  simulateCommand,
  analyzeCommand,
  reachCommand,
  chronicleCommand,
  schemaCommand,
  graphCommand,
  devCommand,
  newCommand,
  textsCommand,
  serveCommand,
]) {
  cmd.showHelpAfterError('(add --help for usage)');
  program.addCommand(cmd);
}

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CliError) {
    // Messages quote what they refuse (a save's fields, a scenario's names): printed, not obeyed.
    process.stderr.write(
      `uchronia: ${printable(e.message)}\n${e.details.map((d) => `  ${printable(d)}\n`).join('')}`,
    );
    process.exitCode = e.exitCode;
  } else if (e instanceof CommanderError) {
    process.exitCode = e.exitCode;
  } else {
    process.stderr.write(
      `uchronia: internal error: ${printable((e as Error).message ?? String(e))}\n`,
    );
    if (process.env.UCHRONIA_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
    else
      process.stderr.write(
        '  (this is a bug in Uchronia; run with UCHRONIA_DEBUG=1 for details)\n',
      );
    process.exitCode = 2;
  }
}
